/**
 * What runs once a page may name someone: the full reader and its marks, the card, the
 * pointer and keyboard, the badge count. Loaded by the session on first need (see marker-switch.ts).
 */
import { browser } from 'wxt/browser';
import { claimSteps, mayClaim } from '../../data/core/claims/claims';
import { matchedNoteSteps, type MatchedSentences, type SentenceToMatch } from '../../data/core/claims/matched-notes';
import { FILM_ENTITY_IDS } from '../../data/film/topic';
import { createDetector, type DetectionData, type Detector } from '../../data/core/names/detect';
import detection from '../../data/generated/detection.json';
import { HOVER_DELAY_MS, type Settings } from '../../data/core/settings';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createCardController } from './card-controller';
import { loadCardModule } from './load-card';
import { UI_TAG } from '../../data/contracts/page-names';
import { CLAIM_LOOK, createPainter } from './painter/painter';
import { markAt } from './hit-test';
import { readingOrder } from './mark-store';
import { INPUT_GLOBAL, type InputEvents, type World } from '../../data/contracts/world';
import { goToNextMention, onEscape } from './keyboard';
import { pointerHandlers } from './pointer';
import { COUNT_REPORT, MATCH_SENTENCES, type CountReport, type MatchSentencesReply } from '../../data/contracts/messages';
import { claimLayer, nameLayer, startScanner, type ClaimFinder } from './scanner';
import type { Marking } from '../../data/contracts/stages';

// Built once per page, on first need, and kept across off/on: the dataset does not change.
let detector: Detector | null = null;

/** The bench builds a copy without the matcher's claim notes (WXT_MATCHER_NOTES=off), to show what they cost. */
const MATCHER_NOTES = import.meta.env.WXT_MATCHER_NOTES !== 'off';
/** The statement matcher's answers kept per page at most (sentences asked about). */
const MAX_ANSWERED = 5000;

const isOurs = (n: Node) => (n instanceof Element ? n : n.parentElement)?.closest(UI_TAG) != null;

/**
 * Tells the background the tab's count, for the badge: when it changed, or when the page's
 * address did (the background clears a tab's badge when it starts loading, which a
 * single-page app's navigation may also do). A page with no mention never sends anything.
 */
function badgeReporter() {
  let sent = 0;
  let sentFor = location.href;
  return (count: number, force = false) => {
    if (count === sent && (count === 0 || (sentFor === location.href && !force))) return;
    sent = count;
    sentFor = location.href;
    const msg: CountReport = { type: COUNT_REPORT, count };
    // No background to answer (the extension is reloading): the badge simply stays as it was.
    // A copy an update left behind is cut off: there the call throws rather than rejects.
    try {
      browser.runtime.sendMessage(msg).catch(() => undefined);
    } catch {
      // Its tab's badge is the new copy's to set.
    }
  };
}

/** The page may name someone: read it all, mark, and answer the pointer and the keyboard. */
export function startMarking(ctx: ContentScriptContext, initial: Settings): Marking {
  let settings = initial;
  const detect = (detector ??= createDetector(detection as DetectionData));
  const report = badgeReporter();
  const painter = createPainter(settings.markStyle);
  const claimPainter = createPainter(settings.markStyle, document, CLAIM_LOOK);
  // The rules' notes, then the statement matcher's for the sentences they left: the matcher
  // runs in the background (see matched-notes.ts), asked once the page has settled.
  const answered: MatchedSentences = new Map();
  const unasked = new Map<string, SentenceToMatch>();
  const finder: ClaimFinder = MATCHER_NOTES
    ? {
        *steps(page, filmNamed) {
          const notes = yield* claimSteps(page, filmNamed);
          return yield* matchedNoteSteps(page.text, notes, answered, unasked, filmNamed);
        },
        mayClaim,
      }
    : { steps: claimSteps, mayClaim };
  const askMatcher = (filmNamed: boolean) => {
    const sentences = [...unasked.entries()];
    unasked.clear();
    // A page that does not name the film has no claim notes of the matcher's.
    if (!filmNamed || !sentences.length) return;
    // A feed read for hours asks about many sentences: what was answered long ago may be asked again.
    if (answered.size > MAX_ANSWERED) answered.clear();
    for (const [key] of sentences) answered.set(key, { notes: [] });
    let asked: Promise<MatchSentencesReply>;
    try {
      asked = browser.runtime.sendMessage({
        type: MATCH_SENTENCES,
        sentences: sentences.map(([, s]) => s),
      }) as Promise<MatchSentencesReply>;
    } catch {
      // A copy an update left behind is cut off from the extension: its notes stay the rules'.
      return;
    }
    asked
      .then((reply) => {
        let found = false;
        reply?.forEach((answer, i) => {
          // Nothing to add, re-stance or drop: the rules' notes stand as they are.
          if (!answer || (!answer.notes.length && !answer.stance && !answer.vetoed?.length)) return;
          found = true;
          answered.set(sentences[i]![0], answer);
        });
        if (found) scanner.rescanClaims();
      })
      .catch(() => undefined);
  };
  const scanner = startScanner({
    root: document.body,
    names: nameLayer(detect, painter, document),
    claims: claimLayer(finder, claimPainter, document),
    ignore: isOurs,
    onSettled: (names) => {
      report(names.size);
      askMatcher(names.namesAny(FILM_ENTITY_IDS));
      warmCard();
    },
  });
  /**
   * With "instant" cards the pointer's dwell gives the card's code no time to arrive: it is
   * fetched once the page's marks have settled, so the first hover finds it here. Its code
   * only, not the card: nothing is added to the page before a card is wanted.
   */
  function warmCard() {
    if (HOVER_DELAY_MS[settings.hoverDelay] === 0 && scanner.store.size > 0) loadCardModule().catch(() => undefined);
  }
  /** Names and claims' sentences together, in reading order: what the keyboard steps through. */
  const allMarks = () => [...scanner.store.all(), ...scanner.claims.all()].sort(readingOrder);
  // A name inside a claim's sentence opens the name's card; the rest of the sentence, its note.
  const markUnder = (x: number, y: number) => markAt(scanner.store, x, y) ?? markAt(scanner.claims, x, y);
  const cards = createCardController(ctx, loadCardModule, () => HOVER_DELAY_MS[settings.hoverDelay]);

  const listeners = new AbortController();
  // Through the content script's relay, which listens at the window from the document's start
  // (see input-relay.ts); on the document, in the capture phase, where there is none.
  const relay = (globalThis as World)[INPUT_GLOBAL];
  const on = <K extends keyof InputEvents>(type: K, fn: (e: InputEvents[K]) => void) => {
    if (relay) relay.on(type, fn, listeners.signal);
    else document.addEventListener(type, fn as EventListener, { passive: type !== 'keydown', capture: true, signal: listeners.signal });
  };
  const pointer = pointerHandlers(markUnder, cards, () => HOVER_DELAY_MS[settings.hoverDelay] === null);
  on('pointermove', pointer.onMove);
  on('pointerdown', pointer.onDown);
  on('pointerup', pointer.onUp);
  on('keydown', onEscape(cards));
  // Back from the back-forward cache: the browser may have reset the badge meanwhile.
  window.addEventListener('pageshow', (e) => e.persisted && report(scanner.store.size, true), { signal: listeners.signal });

  return {
    mentions: () => scanner.store.all(),
    claims: () => scanner.claims.all(),
    count: () => scanner.store.size,
    ready: () => scanner.ready(),
    update(next) {
      // A card opened under the old way of opening would not close the new way (a hover card
      // under "only on click" has no pointer-leave to end it).
      if (next.hoverDelay !== settings.hoverDelay) cards.close();
      settings = next;
      painter.setStyle(next.markStyle);
      claimPainter.setStyle(next.markStyle);
      warmCard();
    },
    next: () => goToNextMention(allMarks(), cards, { focus: true }),
    show: (entity) => goToNextMention(scanner.store.all(), cards, { entity, focus: false, flash: (r) => painter.flash(r) }),
    showClaim: (claim) => goToNextMention(scanner.claims.all(), cards, { claim, focus: false, flash: (r) => painter.flash(r) }),
    stop() {
      listeners.abort();
      scanner.stop();
      cards.destroy();
      painter.dispose();
      claimPainter.dispose();
      report(0);
    },
  };
}
