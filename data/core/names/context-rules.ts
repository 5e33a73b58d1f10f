/**
 * Whether a candidate alias on a page is really the film's person, character or company.
 * Pure functions over the page's text: the ledger's `accept_when` for each ambiguous alias,
 * made concrete (see `AliasRule` in schema.ts for the list).
 */
import { partitionPoint } from '../algo/partition-point';
import { BLOCK_SEPARATOR } from '../text/blocks';
import { isWordChar } from '../text/char-classes';
import { sentenceAt, type SentenceOptions } from '../text/sentences';
import { capitalisedBefore, hyphenatedBefore, possessiveTitleAfter, titleCased, wordAfter, wordBefore } from '../text/neighbour-words';
import type { AliasRule } from '../facts/schema';
import {
  COMPANY_BLOCK,
  INDEFINITE_BEFORE,
  MUSIC_OR_CAST,
  NOT_A_NAME_WORDS,
  NOUN_BEFORE_NAME,
  OTHER_MEDIUM,
  PRODUCER_SENTENCE,
  SYNOPSIS,
} from '../../film/context-words';
import { GENERIC_FILM_ANCHORS } from '../../film/editorial';

/** What a rule may ask about the page around a candidate. Built once per page by `detect.ts`. */
export interface RuleContext {
  text: string;
  /** Film anchors found on the page: [start, end) spans, ascending. */
  anchors: Array<[number, number]>;
  /** Entities named in full (by an `always` alias) somewhere on the page. */
  namedInFull: ReadonlySet<string>;
  /** Spans set as titles (italics, <cite>, <q>), ascending by start. */
  titled: Array<[number, number]>;
  /** Filled lazily: where names sharing a word with a candidate occur ("Paul Ryan", "Ryan Gosling"). */
  bearers?: Map<string, Bearer[]>;
  /** Filled lazily: whether the page is about the film. */
  filmPage?: boolean;
}

export interface RuleCandidate {
  start: number;
  end: number;
  text: string;
  entityId: string;
  /** The entity's canonical name, for telling "Paul Ryan" from "Meg Ryan". */
  entityName: string;
  rule: AliasRule;
}

/**
 * Capitalised words that start clauses rather than name a person: "When Ryan…", "Director
 * Dunham…", and their kind in the other five languages ("La Portman", "Regisseurin Dunham").
 */
const NOT_A_NAME = new Set(
  (
    'A An The And But Or Nor So Yet For When While As If Then Also Both Meanwhile Still Later After Before Since ' +
    'Although Though Because Here There This That These Those In On At By With Without From Into Of To Per ' +
    'Director Writer Producer Actress Actor Star Co-star Singer Musician Filmmaker Creator Says Said Dear Ms Mrs Mr ' +
    'Oscar-winner Oscar-winning Star-studded Netflix Hollywood Like Unlike Even Only Just Why How What Who Is Was ' +
    'Did Does Will Would Could Should Can Has Have Had Where Which Whose Plus Actually Sadly Luckily Now Today'
  )
    .split(' ')
    .concat(NOT_A_NAME_WORDS),
);

/**
 * How far each side of a name its block is looked for. A paragraph is far shorter; a longer
 * "block" (one 10 MB text node) is no paragraph, and its context is this window: each rule
 * reads the block whole, so on such a page every name cost a copy of megabytes (260 ms for one
 * step of 64 rule checks in Firefox).
 */
export const BLOCK_REACH = 8192;

/** [start, end) of the block holding [start, end), within `BLOCK_REACH` each side. */
export function blockAround(text: string, start: number, end: number): [number, number] {
  const from = Math.max(0, start - BLOCK_REACH);
  const s = from + text.slice(from, start).lastIndexOf(BLOCK_SEPARATOR) + 1;
  const e = text.slice(end, end + BLOCK_REACH).indexOf(BLOCK_SEPARATOR);
  return [s, e === -1 ? Math.min(text.length, end + BLOCK_REACH) : end + e];
}

/** A name's sentence ends at a line break too: a list's or a poem's line carries its own context. */
const LINES: SentenceOptions = { lineBreaks: true };

function anchorWithin(ctx: RuleContext, from: number, to: number, self: RuleCandidate): boolean {
  const { anchors } = ctx;
  // A long page has thousands of anchors and asks about each candidate's block: a scan from
  // the first anchor made this quadratic (4 ms of the 1 MB page). Anchors never overlap, so
  // their ends ascend with their starts, and the first one ending after `from` is found by halving.
  for (let i = partitionPoint(anchors.length, (k) => anchors[k]![1] <= from); i < anchors.length; i++) {
    const [s, e] = anchors[i]!;
    if (s >= to) break;
    if (s < self.end && e > self.start) continue; // the candidate does not vouch for itself
    return true;
  }
  return false;
}

/**
 * A page about the film names at least two of its people or companies; Netflix and "rom-com"
 * alone do not make one (health columns mention both).
 */
const FILM_PAGE_ANCHORS = 2;
const GENERIC_ANCHORS = new Set(['NETFLIX', ...GENERIC_FILM_ANCHORS.map((a) => a.toUpperCase())]);
function filmPage(ctx: RuleContext): boolean {
  if (ctx.filmPage === undefined) {
    const named = new Set<string>();
    for (const [s, e] of ctx.anchors) {
      const t = ctx.text.slice(s, e).replace(/\s+/gu, ' ');
      if (!GENERIC_ANCHORS.has(t.toUpperCase())) named.add(t.toUpperCase());
    }
    ctx.filmPage = named.size >= FILM_PAGE_ANCHORS;
  }
  return ctx.filmPage;
}

/** Capitalised in the middle of an ordinary sentence: a proper noun, here the title. */
function midSentenceTitle(ctx: RuleContext, c: RuleCandidate): boolean {
  const [ss, se] = sentenceAt(ctx.text, c.start, LINES, c.end);
  if (ctx.text.slice(ss, c.start).trim() === '') return false;
  return !titleCased(ctx.text.slice(ss, se));
}

/** Headings, list items, table cells, captions: too short to carry their own context. */
const SHORT_BLOCK = 80;

/** The block after this one, where a heading's context usually is. */
function nextBlock(text: string, end: number): [number, number] {
  let s = end;
  // Skip blocks that hold only whitespace (indentation between elements).
  while (s < text.length) {
    const [bs, be] = blockAround(text, s + 1, s + 1);
    if (text.slice(bs, be).trim()) return [bs, be];
    s = be;
  }
  return [text.length, text.length];
}

/** "based on a book": a film's source, not another medium of the same name. */
const BASED_ON =
  /(?:based on|adapted from|tratto da|basad[ao] en|adaptad[ao] de|adapté d[eu']?|basé sur|basiert auf|nach dem|baseado em)\s+\p{L}+\s+\p{L}+/giu;

/** Words this close to a title say what it names. */
const MEDIUM_REACH = 24;

/**
 * The title names a column, a podcast or a book: "Good Sex (Podcast)", "Good Sex, la
 * chronique", "In dieser Folge von Good Sex", "a novel literally called Good Sex".
 */
function anotherMedium(ctx: RuleContext, c: RuleCandidate): boolean {
  const [ss, se] = sentenceAt(ctx.text, c.start, LINES, c.end);
  const before = ctx.text.slice(Math.max(ss, c.start - MEDIUM_REACH), c.start);
  const after = ctx.text.slice(c.end, Math.min(se, c.end + MEDIUM_REACH));
  // "Is Good Sex based on a book?" asks about the film.
  const said = after.split(/[.;:!?]/u)[0]!.replace(BASED_ON, '');
  return OTHER_MEDIUM.test(before) || OTHER_MEDIUM.test(said);
}

function isTitled(ctx: RuleContext, c: RuleCandidate): boolean {
  for (const [s, e] of ctx.titled) {
    if (s > c.start) break;
    if (e >= c.end) return true;
  }
  return isQuoted(ctx.text, c);
}

function isQuoted(text: string, c: RuleCandidate): boolean {
  return /["“‘'«„]/u.test(text.charAt(c.start - 1)) && /["”’'»“,.]/u.test(text.charAt(c.end));
}

/** True when the capitalised word beside the name makes it someone else: "Paul Ryan", "Ally McBeal", "Portman Road". */
export function besideAnotherName(ctx: RuleContext, c: RuleCandidate): boolean {
  const head = ctx.text.slice(Math.max(0, c.start - 40), c.start);
  // The capitalised word just before; an honorific keeps its full stop ("Dr. Ryan" is someone else).
  const before = wordBefore(head);
  if (before !== null && (before.endsWith('.') || !(NOT_A_NAME.has(before) || NOUN_BEFORE_NAME.test(before)))) return true;
  // "Zeta-Jones" is someone else; "Dunham-Portman Package" joins two of ours.
  if (hyphenatedBefore(head)) return !ctx.anchors.some(([, e]) => e === c.start - 1);
  const tail = ctx.text.slice(c.end, c.end + 40);
  // A possessive and a capitalised word read as a title or a brand: "Natalie's Rap" is a
  // sketch; "Dunham's Good Thing Going" is hers.
  if (possessiveTitleAfter(tail) && c.entityName.startsWith(`${c.text} `)) return true;
  return wordAfter(tail) !== null;
}

/** How often the full name must appear for its bearer to be the page's subject. */
const SUBJECT_MIN_NAMINGS = 3;

export interface Bearer {
  start: number;
  /** The whole name, e.g. "Paul Ryan". */
  name: string;
}

/**
 * Every "<Name> Word" and "Word <Name>" on the page: the people who share a surname or first
 * name. Found with indexOf and a look at the neighbouring words, not a regex over the page:
 * a pattern that starts with "any capitalised word" costs tens of ms per MB per name.
 */
function bearersOf(ctx: RuleContext, word: string): Bearer[] {
  ctx.bearers ??= new Map();
  const cached = ctx.bearers.get(word);
  if (cached) return cached;
  const out: Bearer[] = [];
  const { text } = ctx;
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    const end = i + word.length;
    // One UTF-16 unit each side: half a surrogate pair is no letter.
    if ((i > 0 && isWordChar(text.charCodeAt(i - 1))) || (end < text.length && isWordChar(text.charCodeAt(end)))) continue;
    const head = text.slice(Math.max(0, i - 40), i);
    const before = capitalisedBefore(head);
    if (before && !NOT_A_NAME.has(before.word)) out.push({ start: i - (head.length - before.start), name: `${before.word} ${word}` });
    const after = wordAfter(text.slice(end, end + 40));
    if (after !== null && !NOT_A_NAME.has(after)) out.push({ start: i, name: `${word} ${after}` });
  }
  out.sort((a, b) => a.start - b.start);
  ctx.bearers.set(word, out);
  return out;
}

/**
 * Whom a bare surname or first name refers to, when the page names more than one person who
 * bears it: the nearest one named before it in the same paragraph; failing that, the page's
 * subject if one bearer is named most and often (a biography), else the nearest before it.
 * Null when ours is the only bearer on the page.
 */
function bearerVerdict(ctx: RuleContext, c: RuleCandidate): boolean | null {
  const bearers = bearersOf(ctx, c.text);
  const ours = (b: Bearer) => b.name === c.entityName || b.name === c.entityName.toUpperCase();
  const others = new Map<string, number>();
  let own = 0;
  for (const b of bearers)
    if (ours(b)) own++;
    else others.set(b.name, (others.get(b.name) ?? 0) + 1);
  if (others.size === 0) return null;
  const [bs, be] = blockAround(ctx.text, c.start, c.end);
  const inBlock = bearers.filter((b) => b.start >= bs && b.start < be);
  const lastBefore = inBlock.filter((b) => b.start < c.start).pop();
  if (lastBefore) return ours(lastBefore);
  // Another bearer later in the paragraph makes it unsafe (ledger, person.rashida_jones).
  if (inBlock.some((b) => !ours(b))) return false;
  // The headings just above: "4. Paul Ryan", then a paragraph that says "Ryan".
  let from = bs - 1;
  for (let i = 0; i < HEADING_LOOKBACK && from > 0;) {
    const [ps, pe] = blockAround(ctx.text, from, from);
    const block = ctx.text.slice(ps, pe).trim();
    from = ps - 1;
    if (block === '') continue; // indentation between elements
    i++;
    if (block.length > SHORT_BLOCK) break;
    const named = bearers.filter((b) => b.start >= ps && b.start < pe).pop();
    if (named) return ours(named);
  }
  // A biography names its subject again and again, and her father a few times.
  if (own >= SUBJECT_MIN_NAMINGS && own > Math.max(...others.values())) return true;
  return null;
}

/** How many short blocks (headings, bylines) above a paragraph may name whom it is about. */
const HEADING_LOOKBACK = 3;

/** A poster's display name: a handle follows on its line ("Lena 🌙 @lenalunera · 12 ene."). */
const displayName = (ctx: RuleContext, c: RuleCandidate) => /^[^\n\u2029@]{0,16}@[\p{L}\p{N}_]/u.test(ctx.text.slice(c.end, c.end + 40));

function bareNameCounts(ctx: RuleContext, c: RuleCandidate): boolean {
  if (besideAnotherName(ctx, c) || isQuoted(ctx.text, c) || displayName(ctx, c)) return false;
  const verdict = bearerVerdict(ctx, c);
  return verdict ?? ctx.namedInFull.has(c.entityId);
}

export function accepts(ctx: RuleContext, c: RuleCandidate): boolean {
  const [bs, be] = blockAround(ctx.text, c.start, c.end);
  const shortBlock = ctx.text.slice(bs, be).trim().length <= SHORT_BLOCK;
  switch (c.rule) {
    case 'always':
      return true;
    case 'never':
      return false;
    case 'quoted-film-context':
      return isTitled(ctx, c) && anchorWithin(ctx, bs, be, c);
    case 'film-context': {
      if (anotherMedium(ctx, c)) return false;
      if (anchorWithin(ctx, bs, be, c)) return true;
      if (shortBlock) {
        const [ns, ne] = nextBlock(ctx.text, be);
        if (anchorWithin(ctx, ns, ne, c)) return true;
      }
      // On a page about the film: a heading or list item, a title in italics or quotes, or the
      // name capitalised mid-sentence ("I am begging Good Sex to get it right").
      // A title in italics or quotes needs only some anchor on the page (ledger: film.good_sex).
      if (isTitled(ctx, c) && anchorWithin(ctx, 0, ctx.text.length, c)) return true;
      return filmPage(ctx) && (shortBlock || midSentenceTitle(ctx, c));
    }
    case 'backreference-or-context': {
      if (besideAnotherName(ctx, c) || isQuoted(ctx.text, c)) return false;
      const verdict = bearerVerdict(ctx, c);
      if (verdict !== null) return verdict;
      if (ctx.namedInFull.has(c.entityId)) return true;
      const [ss, se] = sentenceAt(ctx.text, c.start, LINES, c.end);
      return anchorWithin(ctx, ss, se, c);
    }
    case 'backreference':
      return ctx.namedInFull.has(c.entityId) && bareNameCounts(ctx, c);
    case 'role-model': {
      // "a Role Model", "Be a Role Model", "un vero role model", "ein echtes Role Model": the noun, not the singer.
      if (INDEFINITE_BEFORE.test(ctx.text.slice(Math.max(0, c.start - 24), c.start))) return false;
      const block = ctx.text.slice(bs, be);
      if (MUSIC_OR_CAST.test(block) || anchorWithin(ctx, bs, be, c)) return true;
      return shortBlock && ctx.namedInFull.has(c.entityId);
    }
    case 'producer-context': {
      const [ss, se] = sentenceAt(ctx.text, c.start, LINES, c.end);
      return PRODUCER_SENTENCE.test(ctx.text.slice(ss, c.start) + ' ' + ctx.text.slice(c.end, se));
    }
    case 'company-context':
      if (COMPANY_BLOCK.test(ctx.text.slice(bs, c.start) + ' ' + ctx.text.slice(c.end, be))) return true;
      // In quotes it is the Sondheim song, not the company.
      return shortBlock && filmPage(ctx) && !isQuoted(ctx.text, c);
    case 'character': {
      if (besideAnotherName(ctx, c)) return false;
      if (anchorWithin(ctx, bs, be, c) || SYNOPSIS.test(ctx.text.slice(bs, be))) return true;
      // A heading or a short list item ("Characters", "Popular pages") on a page about the film.
      return shortBlock && filmPage(ctx);
    }
  }
}
