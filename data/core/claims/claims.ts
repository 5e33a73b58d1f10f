/**
 * Sentences where a page states (or denies) one of the ledger's claims that are not confirmed:
 * what the claim notes mark. Pure string work over page text, shared by the marker and the
 * scan command. The step driver: trigger words (trigger-index.ts) pick the sentences to read
 * closely, each rule of data/film/claim-rules.ts judges them, with the stance (stance.ts) and,
 * where a rule asks, the topic (topic.ts).
 */
import { heavyNext, runToEnd } from '../algo/steps';
import { BLOCK_SEPARATOR, blocksOf, type Blocks } from '../text/blocks';
import { sentenceAt } from '../text/sentences';
import { slices } from '../text/slices';
import { CLAIM_RULES, type ClaimRule } from '../../film/claim-rules';
import { isQuestion, stanceOf, type Stance } from './stance';
import { aboutTheFilm, topicSteps, type Topics } from './topic';
import { triggerIndex } from './trigger-index';

export type { Stance } from './stance';

export interface ClaimNote {
  claim: string;
  stance: Stance;
  /** The sentence: [start, end) in the page text. */
  start: number;
  end: number;
  text: string;
}

/**
 * Sentences judged per step: a text full of trigger words has one to judge every few hundred
 * characters, and 16 of them took up to 5 ms in a browser's content script.
 */
const SENTENCES_PER_STEP = 8;

const TRIGGERS = triggerIndex(CLAIM_RULES);

/** False when no rule could start anywhere in `text`: most blocks a page adds (a feed's posts). */
export const mayClaim = (text: string): boolean => TRIGGERS.any(text);

/** How many sentences back a pronoun's antecedent may be ("And MEG RYAN!!! The queen ... Her role ..."). */
const ANTECEDENT_SENTENCES = 2;

/** The sentences before the one at `start` (up to two, the paragraph before included: a paragraph may open with "Her role ..."). */
function sentencesBefore(text: string, start: number): string {
  let from = start;
  for (let i = 0; i < ANTECEDENT_SENTENCES; i++) {
    let p = from - 1;
    while (p >= 0 && (/\s/.test(text[p]!) || text[p] === BLOCK_SEPARATOR)) p--;
    if (p < 0) break;
    const [s] = sentenceAt(text, p);
    if (s >= from) break;
    from = s;
  }
  return text.slice(from, start);
}

/**
 * Whether `rule` holds for the sentence, and how, by what can be told from the sentence and
 * the text around it; `null` when not. The film as the topic is the caller's to check (it may
 * need the page's topics read first): `film` says the rule asks for it.
 */
function judge(rule: ClaimRule, text: string, start: number, end: number): { stance: Stance; film: boolean } | null {
  const sentence = text.slice(start, end);
  for (const p of rule.states) {
    const m = p.exec(sentence);
    if (!m) continue;
    const stance = stanceOf(sentence, m);
    // Another work in a sentence that denies the claim is its evidence ("this is not Meg Ryan's
    // return to rom-coms: she made What Happens Later in 2023"), not its topic.
    if (stance === 'states' && rule.unless?.test(sentence)) return null;
    if (rule.near && !rule.near.test(sentence) && !rule.near.test(sentencesBefore(text, start))) return null;
    return { stance, film: rule.film === true };
  }
  return null;
}

/** Whether a page's text has been through the claim rules yet (see `heavyNext`). */
let warmed = false;

/**
 * Every sentence of `page` that states or denies a claim, in reading order; one note per claim
 * and sentence. `filmNamedAround`: `page` is a part of a page that names the film elsewhere (a
 * block the content script reads again after it changed), which then sets the topic of its
 * sentences where nothing in the part does. In steps, for a caller that spreads the work over
 * idle periods (a long page's text a slice at a time).
 */
export function* claimSteps(page: { text: string }, filmNamedAround = false): Generator<void, ClaimNote[]> {
  const { text } = page;
  // The first run compiles the trigger pattern and the rules' patterns: a slice of its own.
  if (!warmed) {
    warmed = true;
    heavyNext();
    yield;
  }
  const out: ClaimNote[] = [];
  let topics: Topics | null = null;
  let blocks: Blocks | null = null;
  let judged = 0;
  /** The sentence being gathered: the rules its trigger words may start. */
  let sentence: { start: number; end: number; rules: Set<ClaimRule> } | null = null;
  function* judgeSentence(): Generator<void, void> {
    if (!sentence) return;
    const { start, end, rules } = sentence;
    sentence = null;
    if (++judged % SENTENCES_PER_STEP === 0) yield;
    const said = text.slice(start, end);
    // Each check only once something needs it: a browser compiles a pattern the first time it
    // runs, and most sentences with a trigger word state nothing.
    let question: boolean | null = null;
    // In the ledger's order, whichever trigger word came first.
    for (const rule of CLAIM_RULES) {
      if (!rules.has(rule) || (rule.needs && !rule.needs.test(said))) continue;
      const found = judge(rule, text, start, end);
      if (!found) continue;
      // A question asks; it states nothing ("Is Ruffalo's character called Alan?"). A statement
      // with a question tacked on ("... he's a musician, which, is that just Tucker??") still states.
      question ??= isQuestion(said);
      if (question) return;
      if (found.film) {
        blocks ??= blocksOf(text);
        topics ??= yield* topicSteps(text, blocks);
        if (!aboutTheFilm(topics, blocks, start, end, filmNamedAround)) continue;
      }
      if (!out.some((n) => n.start === start && n.claim === rule.claim))
        out.push({ claim: rule.claim, stance: found.stance, start, end, text: said });
    }
  }
  for (const [from, part, to] of slices(text)) {
    // The pattern is shared: its position is kept here, across the steps' yields. Matches may
    // overlap (each starts one character after the last), so that a long trigger hides no other.
    let next = 0;
    for (;;) {
      TRIGGERS.pattern.lastIndex = next;
      const m = TRIGGERS.pattern.exec(part);
      if (!m) break;
      next = m.index + 1;
      const at = from + m.index;
      if (at >= to) break;
      if (!sentence || at >= sentence.end) {
        yield* judgeSentence();
        const [start, end] = sentenceAt(text, at);
        sentence = { start, end: Math.max(end, at + 1), rules: new Set() };
      }
      for (const rule of TRIGGERS.rulesOf(m)) sentence.rules.add(rule);
    }
    yield;
  }
  yield* judgeSentence();
  return out;
}

/** `claimSteps` at once (the scan command, tests). */
export const detectClaims = (page: { text: string }, filmNamedAround = false): ClaimNote[] => runToEnd(claimSteps(page, filmNamedAround));
