import { useState } from 'preact/hooks';
import type { AskedMatch } from '../data/contracts/messages';
import type { DatasetIndex } from '../data/core/facts/dataset-index';
import type { Fact } from '../data/core/facts/schema';
import { ClaimSources, knownClaims, shortened } from './ClaimNote';
import type { ComponentChildren } from 'preact';
import { formatDate } from './format';

/** Enough for a sentence that speaks of several points; the rest would be guesses at the tail. */
const MAX_SHOWN = 3;

const STANCE_HEADS: Record<AskedMatch['stance'], string> = {
  states: 'It says this; the sources say',
  denies: 'It denies this; the sources say',
  asks: 'It asks this; the sources say',
};

/** The answer's name, for its heading and the dialog's label. */
export function answerTitle(asked: string, matches: readonly AskedMatch[]): string {
  if (asked.trim() === '') return 'Select some text first';
  return matches.length === 0 ? 'The dataset holds nothing about this' : 'What the sources say';
}

/**
 * What the sources say about text the person asked about (a selection, or a sentence pasted in
 * the popup): each ledger claim it is about, best first, with its status, its sources and how
 * many are independent, both sides of a dispute; or plainly that the dataset holds nothing
 * about it, with the film's overview one click away.
 */
export function Answer({
  asked,
  matches,
  index,
  headingId,
  now = new Date(),
  overview: renderOverview,
}: {
  asked: string;
  matches: readonly AskedMatch[];
  index: DatasetIndex;
  headingId?: string;
  now?: Date;
  /** The film's overview, shown on "Show the film's overview" (the popup's whole overview; on a page, the film's card). */
  overview: () => ComponentChildren;
}) {
  const [overview, setOverview] = useState(false);
  const known = knownClaims(
    matches.map((m) => ({ id: m.claim, stance: m.stance })),
    index,
  );
  const kept = known.slice(0, MAX_SHOWN);
  const title = answerTitle(asked, kept.length ? matches : []);
  return (
    <article class="cc-card cc-answer-card" data-claim-id={kept.map((k) => k.fact.id).join(' ')}>
      <header class="cc-header">
        <p class="cc-kind">Ask · Context Cards</p>
        <h2 class="cc-name" id={headingId}>
          {title}
        </h2>
      </header>
      <div class="cc-body">
        {asked.trim() === '' ? (
          <p class="cc-note">
            Select a sentence about the film on the page, then ask again: from the right-click menu or the keyboard shortcut.
          </p>
        ) : (
          <figure class="cc-said">
            <figcaption>You asked about</figcaption>
            <blockquote>{shortened(asked)}</blockquote>
          </figure>
        )}
        {kept.map(({ fact, stance }) => (
          <ClaimSources
            key={fact.id}
            fact={fact}
            stance={stance}
            head={STANCE_HEADS[stance]}
            named={kept.length > 1}
            index={index}
            now={now}
          />
        ))}
        {asked.trim() !== '' && kept.length === 0 && (
          <div class="cc-nothing">
            <p class="cc-note">
              None of the dataset's facts about the film <em>Good Sex</em> is about this text, so there is nothing to check it against: this
              says neither that it is true nor that it is false.
            </p>
            {overview ? (
              renderOverview()
            ) : (
              <button type="button" class="cc-link-button cc-overview-button" onClick={() => setOverview(true)}>
                Show the film's overview
              </button>
            )}
          </div>
        )}
      </div>
      <footer class="cc-footer">Facts as of {formatDate(index.dataset.factsAsOf)} · Context Cards</footer>
    </article>
  );
}

/** The answer as a labelled, non-modal dialog at the selection, as the cards are. */
export function AnswerDialog(props: Parameters<typeof Answer>[0]) {
  const facts = props.matches.map((m) => props.index.fact(m.claim)).filter((f): f is Fact => f !== undefined);
  return (
    <div
      class="cc-dialog cc-answer-dialog"
      role="dialog"
      aria-label={answerTitle(props.asked, facts.length ? props.matches : [])}
      aria-modal="false"
      tabIndex={-1}
      data-answer=""
    >
      <Answer {...props} />
    </div>
  );
}
