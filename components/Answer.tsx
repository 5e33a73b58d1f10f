import { useState } from 'preact/hooks';
import type { AskedMatch } from '../data/contracts/messages';
import type { DatasetIndex } from '../data/core/facts/dataset-index';
import type { Fact } from '../data/core/facts/schema';
import { ClaimSources, knownClaims, shortened } from './ClaimNote';
import type { ComponentChildren } from 'preact';
import { FILM_TITLE } from '../data/film/editorial';
import { FactsFooter } from './FactsFooter';
import { useUi, withParts, type Ui } from './i18n';

/** Enough for a sentence that speaks of several points; the rest would be guesses at the tail. */
const MAX_SHOWN = 3;

const STANCE_HEADS: Record<AskedMatch['stance'], string> = {
  states: 'stanceStates',
  denies: 'stanceDenies',
  asks: 'stanceAsks',
};

/** The answer's name, for its heading and the dialog's label. */
export function answerTitle(asked: string, matches: readonly AskedMatch[], t: Ui['t']): string {
  if (asked.trim() === '') return t('answerSelectFirst');
  return matches.length === 0 ? t('answerNothing') : t('answerFound');
}

/**
 * What the sources say about text the person asked about (a selection, or a sentence pasted in
 * the popup): each ledger claim it is about, best first, with its status, its sources and how
 * many are independent, both sides of a dispute; or plainly that the dataset holds nothing
 * about it, with the film's overview one click away.
 */
export function Answer({
  asked,
  askedLang,
  matches,
  index,
  headingId,
  now = new Date(),
  overview: renderOverview,
}: {
  asked: string;
  /** The language of the page the text was selected on, where it says. */
  askedLang?: string;
  matches: readonly AskedMatch[];
  index: DatasetIndex;
  headingId?: string;
  now?: Date;
  /** The film's overview, shown on "Show the film's overview" (the popup's whole overview; on a page, the film's card). */
  overview: () => ComponentChildren;
}) {
  const { t } = useUi();
  const [overview, setOverview] = useState(false);
  const known = knownClaims(
    matches.map((m) => ({ id: m.claim, stance: m.stance })),
    index,
  );
  const kept = known.slice(0, MAX_SHOWN);
  const title = answerTitle(asked, kept.length ? matches : [], t);
  return (
    <article class="cc-card cc-answer-card" data-claim-id={kept.map((k) => k.fact.id).join(' ')}>
      <header class="cc-header">
        <p class="cc-kind">{t('askKind')}</p>
        <h2 class="cc-name" id={headingId}>
          {title}
        </h2>
      </header>
      <div class="cc-body">
        {asked.trim() === '' ? (
          <p class="cc-note">{t('askHowTo')}</p>
        ) : (
          <figure class="cc-said">
            <figcaption>{t('youAsked')}</figcaption>
            <blockquote lang={askedLang}>{shortened(asked)}</blockquote>
          </figure>
        )}
        {kept.map(({ fact, stance }) => (
          <ClaimSources
            key={fact.id}
            fact={fact}
            stance={stance}
            head={t(STANCE_HEADS[stance])}
            named={kept.length > 1}
            index={index}
            now={now}
          />
        ))}
        {asked.trim() !== '' && kept.length === 0 && (
          <div class="cc-nothing">
            <p class="cc-note">{withParts(t('nothingExplained', '$1'), <em>{FILM_TITLE}</em>)}</p>
            {overview ? (
              renderOverview()
            ) : (
              <button type="button" class="cc-link-button cc-overview-button" onClick={() => setOverview(true)}>
                {t('showOverview')}
              </button>
            )}
          </div>
        )}
      </div>
      <FactsFooter factsAsOf={index.dataset.factsAsOf} />
    </article>
  );
}

/** The answer as a labelled, non-modal dialog at the selection, as the cards are. */
export function AnswerDialog(props: Parameters<typeof Answer>[0]) {
  const { t } = useUi();
  const facts = props.matches.map((m) => props.index.fact(m.claim)).filter((f): f is Fact => f !== undefined);
  return (
    <div
      class="cc-dialog cc-answer-dialog"
      role="dialog"
      aria-label={answerTitle(props.asked, facts.length ? props.matches : [], t)}
      aria-modal="false"
      tabIndex={-1}
      data-answer=""
    >
      <Answer {...props} />
    </div>
  );
}
