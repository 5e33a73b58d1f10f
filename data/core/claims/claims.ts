/**
 * Sentences where a page states (or denies) one of the ledger's claims that are not confirmed:
 * what the claim notes mark. Pure string work over page text, shared by the content script and
 * the scan command; the rules are in `claim-rules.ts`.
 */
import { BLOCK_SEPARATOR } from '../names/context-rules';
import { CLAIM_RULES, OTHER_WORK, type ClaimRule } from '../../film/claim-rules';
import { isLetter, isUpper } from '../text/char-classes';
import { sentenceAt } from '../text/sentences';
import { lastAtOrBefore, partitionPoint } from '../algo/partition-point';
import { runToEnd } from '../algo/steps';

export type Stance = 'states' | 'denies';

export interface ClaimNote {
  claim: string;
  stance: Stance;
  /** The sentence: [start, end) in the page text. */
  start: number;
  end: number;
  text: string;
}

/** The film's own names (group 1), another work of its people's (group 2), or the film's name lowercase (group 3). */
const TOPIC_FILM = /\bGood\s+Sex\b|\bGOOD\s+SEX\b|\b[Dd]unham\b|\b[Pp]ortman\b/;
const TOPIC = new RegExp(
  `(\\bGood\\s+Sex\\b|\\bGOOD\\s+SEX\\b|\\b[Dd]unham\\b|\\b[Pp]ortman\\b)|(${OTHER_WORK.source})|(\\bgood\\s+sex\\b)`,
  'g',
);
/** A block this short with no full stop reads as a heading. */
const HEADING_CHARS = 80;
/** How far back a naming of the film still sets the topic: a long article's sections, not the next page. */
const TOPIC_REACH = 4000;
/** After the claim, in the same sentence: "... is false", "... isn't true". */
const DENIED_AFTER =
  /\b(?:(?:is|are|was|were)\s+(?:simply\s+|just\s+|completely\s+|entirely\s+|also\s+|plainly\s+)?(?:false|untrue|wrong|incorrect|inaccurate|a\s+myth|unfounded|mistaken|baseless|misinformation|not\s+(?:true|accurate|correct|the\s+case))|(?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+(?:true|accurate|correct|the\s+case))\b/i;
/** Before it: "It is not true that ...", "the false rumour that ...", "denied reports that ...". */
const DENIED_BEFORE =
  /(?:\b(?:it\s+is|it['’]s|that\s+is|that['’]s)\s+(?:not\s+true|untrue|false|a\s+myth)|\b(?:false|untrue|wrong|incorrect|inaccurate|mistaken|debunked|unfounded|baseless)\s+(?:claims?|reports?|rumou?rs?|stories|story|idea|notion|suggestions?)|\b(?:debunk(?:s|ed|ing)?|den(?:y|ies|ied)|refut(?:e|es|ed)|dismiss(?:es|ed)?|shot\s+down|knock(?:s|ed)?\s+down)\s+(?:the\s+)?(?:claims?|reports?|rumou?rs?|stories|idea|notion|suggestions?))\b[^.;]*$/i;

const QUESTION =
  /^["'“‘(]*(?:(?:wait|so|ok|okay|but|and|hm+|um+|lol|honestly|seriously|sorry|hold\s+on)[,!]*\s+)?(?:(?:Is|Are|Was|Were|Does|Do|Did|Would|Could|Should|Has|Have|Had)(?:n['’]t)?|Will|Won['’]t|Can|Can['’]t|Who|What|When|Where|Why|How|Which)\b[^]*\?[?!]*["'”’)\]]*$/i;
/** Just before the claim: "not", "never", "don't expect" ("this is not Meg Ryan's return"). */
/** "Rashida Jones, not Lena Dunham, plays ...": a negation before a first name. Case-sensitive: "not sure" is doubt. */
const NEGATED_NAME_BEFORE = /\b(?:not|never)\s+[A-Z][a-z'’-]+\s+$/;
const NEGATED_BEFORE =
  /(?:\b(?:not|never|no)|n['’]t)\s+(?:(?:really|actually|quite|exactly|necessarily|expect|count\s+on|anticipate|going\s+to\s+be)\s+)*(?:(?:a|an|the)\s+)?$/i;

/** A pattern source's alternatives at its top level: "a|(?:b|c)|d" gives a, (?:b|c), d. */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * Every rule's trigger words as one pattern, each distinct alternative its own group, so that a
 * match says which rules it may start (one scan of the page; no pattern per rule to compile).
 */
const ALTERNATIVES: string[] = [];
const RULES_OF: ClaimRule[][] = [];
for (const rule of CLAIM_RULES) {
  for (const alt of topLevelAlternatives(rule.trigger)) {
    let i = ALTERNATIVES.indexOf(alt);
    if (i === -1) {
      i = ALTERNATIVES.push(alt) - 1;
      RULES_OF.push([]);
    }
    if (!RULES_OF[i]!.includes(rule)) RULES_OF[i]!.push(rule);
  }
}
const TRIGGER = new RegExp(ALTERNATIVES.map((a) => `(${a})`).join('|'), 'g');

const ANY_TRIGGER = new RegExp(TRIGGER.source);

/** False when no rule could start anywhere in `text`: most blocks a page adds (a feed's posts). */
export function mayClaim(text: string): boolean {
  return ANY_TRIGGER.test(text);
}

/** The rules a trigger match may start. */
function rulesOf(m: RegExpExecArray): readonly ClaimRule[] {
  for (let g = 1; g < m.length; g++) if (m[g] !== undefined) return RULES_OF[g - 1]!;
  return [];
}

/** Where each block starts, for the block of any offset by a binary search: `lastIndexOf` would walk back over a giant block each time. */
interface Blocks {
  starts: number[];
}

function blocksOf(text: string): Blocks {
  const starts = [0];
  for (let i = text.indexOf(BLOCK_SEPARATOR); i !== -1; i = text.indexOf(BLOCK_SEPARATOR, i + 1)) starts.push(i + 1);
  return { starts };
}

const blockIndex = (blocks: Blocks, offset: number): number => lastAtOrBefore(blocks.starts, offset);

const blockStart = (blocks: Blocks, offset: number): number => blocks.starts[blockIndex(blocks, offset)]!;

/** Where the block holding `offset` ends (its separator, or the text's end). */
function blockEnd(blocks: Blocks, offset: number, length: number): number {
  const next = blocks.starts[blockIndex(blocks, offset) + 1];
  return next === undefined ? length : next - 1;
}

interface Topics {
  /** Where each naming starts, ascending. */
  at: number[];
  /** The film's (true) or another work's. */
  film: boolean[];
  /** The start of the block it is in. */
  block: number[];
  /** Whether that block reads as a heading: short, with no full stop. */
  heading: boolean[];
}

const isHeading = (block: string) => block.length > 0 && block.length <= HEADING_CHARS && !/[.!?]["'”’)]*$/.test(block);

/** Words a title may hold in lower case ("The Quiet Season", "Harbour of the Lost"). */
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'and',
  'or',
  'to',
  'for',
  'at',
  'by',
  'with',
  'from',
  'vs',
  '&',
  '-',
  '–',
  '—',
]);
/** Headings that name a section of an article about the film, not another title. */
const SECTION_HEADINGS = new Set(
  (
    'cast|the cast|cast and crew|cast & crew|crew|production|release|release date|plot|synopsis|story|the story|premise|' +
    'trailer|the trailer|what to expect|what to expect next|what we know|everything we know|what we know so far|music|' +
    'reception|background|development|filming|marketing|details|overview|summary|trivia|comments|related|latest|' +
    'updates|sources|references|see also|faq|more|read more|about|credits|key facts|at a glance|the film|the movie|' +
    'timeline|news|status|rumours|rumors|the rumours|the rumors|verdict|the verdict|the facts|fact check|conclusion'
  ).split('|'),
);
/** The film's people: a heading naming one ("Meg Ryan") opens a part of the article about the film. */
const FILM_PEOPLE =
  /\b(?:Ruffalo|Ryan|Rashida|Jones|Pillsbury|Role\s+Model|Tillman|Ally|Alan|Netflix|Sophie\s+Mas|Cohen|MountainA|FilmNation|Good\s+Thing\s+Going)\b/i;

/** A heading that names some other title: short, in title case (two capitalised words at least), not a section of an article, naming nobody of the film. */
function titleHeading(block: string): boolean {
  if (!isHeading(block) || SECTION_HEADINGS.has(block.toLowerCase().replace(/[:\s]+$/, '')) || FILM_PEOPLE.test(block)) return false;
  const words = block.split(/\s+/).filter((w) => [...w].some((c) => isLetter(c.codePointAt(0)!)));
  const capitalised = (w: string) => isUpper(w.codePointAt(0)!);
  // Two capitalised words at least: "Harbour Lights" is a title; "Correction", "Born" are labels.
  if (words.length > 6 || words.filter(capitalised).length < 2) return false;
  return words.every((w, i) => capitalised(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase())));
}

/**
 * Where the page names the film (one of its names), another work of its people's, or heads a
 * section with another title ("Harbour Lights" in a streaming guide). In steps: a long page's
 * text is read a slice at a time.
 */
function* topicSteps(text: string, blocks: Blocks): Generator<void, Topics> {
  const events: Array<{ at: number; film: boolean; block: number; heading: boolean }> = [];
  // A page that writes the film lowercase ("she plays natalie's best friend in good sex") names
  // its people too; a health column's "good sex" is not the film.
  const lowercaseFilm = /\b(?:dunham|portman)\b/i.test(text);
  const blockOf = (at: number) => {
    const bs = blockStart(blocks, at);
    const be = blockEnd(blocks, at, text.length);
    // Only a short block can be a heading: a giant one is not copied out to be told so.
    return { bs, block: be - bs <= HEADING_CHARS + 8 ? text.slice(bs, be).trim() : '' };
  };
  for (const [from, part, to] of slices(text)) {
    TOPIC.lastIndex = 0;
    for (let m = TOPIC.exec(part); m; m = TOPIC.exec(part)) {
      const at = from + m.index;
      if (at >= to) break;
      if (m[3] !== undefined && !lowercaseFilm) continue;
      const { bs, block } = blockOf(at);
      events.push({ at, film: m[2] === undefined, block: bs, heading: block !== '' && isHeading(block) });
    }
    yield;
  }
  // Short blocks only: a heading is short, and most blocks of a long page are not.
  let n = 0;
  for (let bs = 0; bs < text.length;) {
    const next = text.indexOf(BLOCK_SEPARATOR, bs);
    const be = next === -1 ? text.length : next;
    if (be - bs <= HEADING_CHARS + 8) {
      const block = text.slice(bs, be).trim();
      if (titleHeading(block) && !TOPIC_FILM.test(block)) events.push({ at: bs, film: false, block: bs, heading: true });
    }
    bs = be + 1;
    if (++n % BLOCKS_PER_STEP === 0) yield;
  }
  events.sort((a, b) => a.at - b.at);
  return {
    at: events.map((e) => e.at),
    film: events.map((e) => e.film),
    block: events.map((e) => e.block),
    heading: events.map((e) => e.heading),
  };
}

/** Text per step: the trigger pattern reads 64 kB in about a millisecond. */
const STEP_CHARS = 64 * 1024;
/** Steps overlap by more than any trigger word or name, so that none is cut in two. */
const STEP_OVERLAP = 120;
const BLOCKS_PER_STEP = 2000;
/** Sentences judged per step: a text full of trigger words has one to judge every few hundred characters. */
const SENTENCES_PER_STEP = 16;

/** [from, the slice to search, the end of what this step owns]: matches at or past the end belong to the next step. */
function* slices(text: string): Generator<[number, string, number]> {
  for (let from = 0; from < text.length; from += STEP_CHARS) {
    const to = Math.min(text.length, from + STEP_CHARS);
    yield [from, text.slice(from, Math.min(text.length, to + STEP_OVERLAP)), to];
  }
}

/**
 * Whether the film is what the sentence at [start, end) is about: it names the film, or the last
 * title named before it, where it counts, is the film's. In the sentence's own paragraph every
 * naming counts; before that, the film's names count, and another work only where a heading
 * names it ("Severance, season 3"): a paragraph comparing the film with "What Happens Later"
 * does not turn the rest of the page to that film. Another work named in the sentence itself is
 * each rule's business (`unless`): "before his series Task premiered" is part of a claim. Not
 * too far back: a long page's next article is another topic.
 */
function aboutTheFilm(topics: Topics, blocks: Blocks, start: number, end: number, otherwise: boolean): boolean {
  const lo = partitionPoint(topics.at.length, (i) => topics.at[i]! < end);
  const own = blockStart(blocks, start);
  for (let i = lo - 1; i >= 0 && end - topics.at[i]! <= TOPIC_REACH; i--) {
    if (topics.at[i]! >= start) {
      if (topics.film[i]) return true;
      continue;
    }
    if (topics.block[i] === own || topics.film[i] || topics.heading[i]) return topics.film[i]!;
  }
  return otherwise;
}

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

function stanceOf(sentence: string, m: RegExpExecArray): Stance {
  if (m.groups?.neg) return 'denies';
  if (DENIED_AFTER.test(sentence.slice(m.index + m[0].length))) return 'denies';
  const before = sentence.slice(0, m.index);
  if (DENIED_BEFORE.test(before)) return 'denies';
  if (NEGATED_BEFORE.test(before) && !/\bnot\s+only\s+$/i.test(before)) return 'denies';
  if (NEGATED_NAME_BEFORE.test(before)) return 'denies';
  return 'states';
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

/**
 * Every sentence of `page` that states or denies a claim, in reading order; one note per claim
 * and sentence. `filmNamedAround`: `page` is a part of a page that names the film elsewhere (a
 * block the content script reads again after it changed), which then sets the topic of its
 * sentences where nothing in the part does. In steps, for a caller that spreads the work over
 * idle periods (a long page's text a slice at a time).
 */
export function* claimSteps(page: { text: string }, filmNamedAround = false): Generator<void, ClaimNote[]> {
  const { text } = page;
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
      question ??= QUESTION.test(said);
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
      TRIGGER.lastIndex = next;
      const m = TRIGGER.exec(part);
      if (!m) break;
      next = m.index + 1;
      const at = from + m.index;
      if (at >= to) break;
      if (!sentence || at >= sentence.end) {
        yield* judgeSentence();
        const [start, end] = sentenceAt(text, at);
        sentence = { start, end: Math.max(end, at + 1), rules: new Set() };
      }
      for (const rule of rulesOf(m)) sentence.rules.add(rule);
    }
    yield;
  }
  yield* judgeSentence();
  return out;
}

/** `claimSteps` at once (the scan command, tests). */
export const detectClaims = (page: { text: string }, filmNamedAround = false): ClaimNote[] => runToEnd(claimSteps(page, filmNamedAround));
