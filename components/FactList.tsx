import type { DatasetIndex } from '../data/core/facts/dataset-index';
import type { Fact } from '../data/core/facts/schema';
import { byTrust, expectationPassed } from './format';
import { useUi } from './i18n';
import { SourceList } from './SourceList';
import { StatusBadge } from './StatusBadge';

function newestSourceDate(fact: Fact, index: DatasetIndex): string | null {
  let best: string | null = null;
  for (const id of fact.sources) {
    const d = index.source(id)?.date ?? null;
    if (d && (!best || d > best)) best = d;
  }
  return best;
}

/**
 * A prediction reads as one until its window closes; after that, on the reader's clock, it says
 * the date has passed and that the dataset, as of its facts date, holds no confirmation.
 */
function Expectation({ fact, index, now }: { fact: Fact; index: DatasetIndex; now: Date }) {
  const ui = useUi();
  const predicted = ui.date(newestSourceDate(fact, index));
  if (fact.expectedBy && expectationPassed(fact, now)) {
    return (
      <p class="cc-note cc-aged" data-aged="">
        <strong>{ui.t('predictionPassed')}</strong>{' '}
        {ui.t('predictionPassedDetail', ui.date(fact.expectedBy), ui.date(index.dataset.factsAsOf), predicted)}
      </p>
    );
  }
  return <p class="cc-note">{ui.t('expectationAsOf', predicted)}</p>;
}

/** A fact's sentence, in the interface's language where it is translated, with its language said. */
function FactText({ fact }: { fact: Fact }) {
  const said = useUi().fact(fact);
  return (
    <span class="cc-fact-text" lang={said.lang}>
      {said.text}
    </span>
  );
}

function FactItem({ fact, index, now }: { fact: Fact; index: DatasetIndex; now: Date }) {
  const { t } = useUi();
  return (
    <li class={`cc-fact cc-fact-${fact.status}`} data-fact-id={fact.id}>
      <div class="cc-fact-line">
        <StatusBadge status={fact.status} />
        <FactText fact={fact} />
      </div>
      {fact.status === 'speculative' && <Expectation fact={fact} index={index} now={now} />}
      {fact.inferred && <p class="cc-note">{t('inferred')}</p>}
      <SourceList ids={fact.sources} index={index} />
    </li>
  );
}

/** Both sides of a conflict, the side the stronger sources favour first. Never a silent winner. */
function DisputedPair({ facts, index }: { facts: Fact[]; index: DatasetIndex }) {
  const { t } = useUi();
  const sides = [...facts].sort((a, b) => (a.weight === 'favoured' ? -1 : 0) - (b.weight === 'favoured' ? -1 : 0));
  return (
    <li class="cc-fact cc-fact-disputed" data-fact-id={sides.map((f) => f.id).join(' ')}>
      <div class="cc-fact-line">
        <StatusBadge status="disputed" />
        <span class="cc-fact-text">{t('sourcesDisagree')}</span>
      </div>
      <ul class="cc-sides">
        {sides.map((f) => (
          <li key={f.id} class="cc-side" data-fact-id={f.id}>
            <span class="cc-weight">{f.weight === 'favoured' ? t('strongerSources') : t('weakerSources')}</span>
            <FactText fact={f} />
            <SourceList ids={f.sources} index={index} />
          </li>
        ))}
      </ul>
    </li>
  );
}

/**
 * Facts in order of trust: confirmed, reported, disputed (both sides), expected. `now` is the
 * reader's clock (given in tests), against which predictions age.
 */
export function FactList({ facts, index, now = new Date() }: { facts: readonly Fact[]; index: DatasetIndex; now?: Date }) {
  const shown = new Set<string>();
  const items = [];
  for (const fact of byTrust(facts)) {
    if (shown.has(fact.id)) continue;
    shown.add(fact.id);
    if (fact.status === 'disputed' && fact.conflictsWith) {
      const others = fact.conflictsWith.map((id) => index.fact(id)).filter((f): f is Fact => f !== undefined);
      for (const o of others) shown.add(o.id);
      items.push(<DisputedPair key={fact.id} facts={[fact, ...others]} index={index} />);
    } else items.push(<FactItem key={fact.id} fact={fact} index={index} now={now} />);
  }
  return <ul class="cc-facts">{items}</ul>;
}
