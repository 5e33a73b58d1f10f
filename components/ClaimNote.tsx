import type { Stance } from '../data/core/claims/claims';
import type { DatasetIndex } from '../data/core/facts/dataset-index';
import type { Fact } from '../data/core/facts/schema';
import { FactList } from './FactList';
import { FactsFooter } from './FactsFooter';
import { expectationPassed } from './format';
import { useUi, type Ui } from './i18n';

/** What the note is called: by what the ledger says of the claims, the most cautionary first, so a screen reader hears the point first. */
export function noteTitle(facts: readonly Fact[], t: Ui['t'], now: Date = new Date()): string {
  const status = facts.some((f) => f.status === 'disputed')
    ? 'disputed'
    : facts.some((f) => f.status === 'speculative')
      ? 'speculative'
      : (facts[0]?.status ?? 'reported');
  switch (status) {
    case 'disputed':
      return t('noteDisputed');
    case 'speculative':
      // Aged as the fact list ages it: past its window, with no confirmation in the dataset.
      return facts.filter((f) => f.status === 'speculative').every((f) => expectationPassed(f, now))
        ? t('notePredictionPassed')
        : t('notePrediction');
    case 'reported':
      return t('noteReported');
    default:
      return t('noteConfirmed');
  }
}

/**
 * The facts of the claims a text speaks of, each once: a text may state both sides of one
 * dispute ("Rashida Jones, not Lena Dunham, plays the best friend"), and the dispute is shown
 * once, both sides in it.
 */
export function knownClaims<S extends string>(
  claims: ReadonlyArray<{ id: string; stance: S }>,
  index: DatasetIndex,
): Array<{ fact: Fact; stance: S }> {
  const shown = new Set<string>();
  return claims.flatMap((c) => {
    const fact = index.fact(c.id);
    if (!fact || shown.has(fact.id)) return [];
    for (const id of [fact.id, ...(fact.conflictsWith ?? [])]) shown.add(id);
    return [{ fact, stance: c.stance }];
  });
}

/** What the sources say on one claim a text speaks of: a disputed fact brings its other side (FactList pairs them). */
export function ClaimSources({
  fact,
  stance,
  head,
  named,
  index,
  now,
}: {
  fact: Fact;
  stance: string;
  head: string;
  /** Several claims in one note: each heading also names its claim, for a screen reader. */
  named: boolean;
  index: DatasetIndex;
  now: Date;
}) {
  const ui = useUi();
  const said = ui.fact(fact);
  return (
    <section class="cc-note-claim" data-claim-id={fact.id} data-stance={stance} aria-label={ui.t('sourcesOn', said.text)}>
      <h3 class="cc-subhead">
        {head}
        {named && (
          <span class="cc-visually-hidden" lang={said.lang}>
            : {said.text}
          </span>
        )}
      </h3>
      <FactList facts={[fact]} index={index} now={now} />
    </section>
  );
}

/** Long enough for a sentence, short enough that the sources stay in view. */
const SAID_CHARS = 150;

export function shortened(text: string, max = SAID_CHARS): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max - 1);
  return `${t.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

/**
 * A note on a sentence of the page that states (or denies) one of the ledger's claims that are
 * not confirmed: what the page says, the ledger's status, and the facts with their sources (both
 * sides of a dispute; for a prediction, whether its date has passed).
 */
export function ClaimNote({
  claims,
  said,
  saidLang,
  index,
  headingId,
  now = new Date(),
}: {
  /** The claims the sentence states or denies: usually one. */
  claims: ReadonlyArray<{ id: string; stance: Stance }>;
  /** The page's sentence. */
  said: string;
  /** The page's language, where it says (its sentence is read in it). */
  saidLang?: string;
  index: DatasetIndex;
  headingId?: string;
  now?: Date;
}) {
  const { t } = useUi();
  const known = knownClaims(claims, index);
  if (!known.length) return null;
  const denies = known.every((k) => k.stance === 'denies');
  return (
    <article class="cc-card cc-note-card" data-claim-id={known.map((k) => k.fact.id).join(' ')}>
      <header class="cc-header">
        <p class="cc-kind">{denies ? t('noteKindDenies') : known.length > 1 ? t('noteKindMany', known.length) : t('noteKindOne')}</p>
        <h2 class="cc-name" id={headingId}>
          {noteTitle(
            known.map((k) => k.fact),
            t,
            now,
          )}
        </h2>
      </header>
      <div class="cc-body">
        <figure class="cc-said">
          <figcaption>{t('pageSays')}</figcaption>
          <blockquote lang={saidLang}>{shortened(said)}</blockquote>
        </figure>
        {known.map(({ fact, stance }) => (
          <ClaimSources
            key={fact.id}
            fact={fact}
            stance={stance}
            head={stance === 'denies' ? t('headDenies') : t('headStates')}
            named={known.length > 1}
            index={index}
            now={now}
          />
        ))}
      </div>
      <FactsFooter factsAsOf={index.dataset.factsAsOf} />
    </article>
  );
}

/** The note as a labelled, non-modal dialog, as the cards are. */
export function ClaimNoteDialog(props: Parameters<typeof ClaimNote>[0]) {
  const { t } = useUi();
  const facts = props.claims.map((c) => props.index.fact(c.id)).filter((f): f is Fact => f !== undefined);
  if (!facts.length) return null;
  return (
    <div
      class="cc-dialog cc-note-dialog"
      role="dialog"
      aria-label={t('noteLabel', noteTitle(facts, t, props.now))}
      aria-modal="false"
      tabIndex={-1}
      data-claim-id={facts.map((f) => f.id).join(' ')}
    >
      <ClaimNote {...props} />
    </div>
  );
}
