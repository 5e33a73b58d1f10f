/**
 * Whether a candidate alias on a page is really the film's person, character or company.
 * Pure functions over the page's text: the ledger's `accept_when` for each ambiguous alias,
 * made concrete (see `AliasRule` in schema.ts for the list).
 */
import type { AliasRule } from './schema';

export const BLOCK_SEPARATOR = '\u2029';

/** What a rule may ask about the page around a candidate. Built once per page by `detect.ts`. */
export interface RuleContext {
  text: string;
  /** Film anchors found on the page: [start, end) spans, ascending. */
  anchors: Array<[number, number]>;
  /** Entities named in full (by an `always` alias) somewhere on the page. */
  namedInFull: ReadonlySet<string>;
  /** Spans set as titles (italics, <cite>, <q>), ascending by start. */
  titled: Array<[number, number]>;
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

/** Words that show the "Role Model" on a page is the musician (ledger, person.tucker_pillsbury). */
const MUSIC_OR_CAST = /\b(?:singer|songwriter|musician|music|album|song|Tucker|Pillsbury|Sally|Kansas Anymore|Good Sex|acting debut|cast|stars?|starring|Portman|Dunham)\b/u;
/** Words of the film's synopsis, which make a character's first name the character. */
const SYNOPSIS = /\b(?:therapist|hipster|Brooklyn|Manhattan|fifty-something|50-something|twenty-something|20-something|rom-com|Good Sex)\b/u;
const PRODUCER = /\b(?:Good Thing Going|Dunham|produc\w*)\b/u;

/** Capitalised words that start clauses rather than name a person: "When Ryan…", "Director Dunham…". */
const NOT_A_NAME = new Set(
  ('A An The And But Or Nor So Yet For When While As If Then Also Both Meanwhile Still Later After Before Since ' +
    'Although Though Because Here There This That These Those In On At By With Without From Into Of To Per ' +
    'Director Writer Producer Actress Actor Star Co-star Singer Musician Filmmaker Creator Says Said Dear Ms Mrs Mr ' +
    'Oscar-winner Oscar-winning Star-studded Netflix Hollywood Like Unlike Even Only Just Why How What Who')
    .split(' '),
);

/** The capitalised word just before a name; an honorific keeps its full stop ("Dr. Ryan" is someone else). */
const WORD_BEFORE = /(\p{Lu}[\p{L}’'-]*(?:(?<=^|[^\p{L}](?:Dr|Mr|Mrs|Ms|Prof|St|Sen|Rep|Gov|Gen|Sgt))\.)?)[ \u00a0]+$/u;
const WORD_AFTER = /^[ \u00a0]+(\p{Lu}[\p{L}’'-]*)/u;

export function blockAround(text: string, start: number, end: number): [number, number] {
  const s = text.lastIndexOf(BLOCK_SEPARATOR, start - 1) + 1;
  const e = text.indexOf(BLOCK_SEPARATOR, end);
  return [s, e === -1 ? text.length : e];
}

/** The sentence holding [start, end): bounded by ". ", "! ", "? " (closing quotes allowed), line and block breaks. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  const [bs, be] = blockAround(text, start, end);
  let s = start;
  while (s > bs) {
    const c = text.charAt(s - 1);
    if (c === '\n') break;
    if (/\s/u.test(c) && /[.!?…]["'”’)\]]*$/u.test(text.slice(Math.max(bs, s - 4), s - 1))) break;
    s--;
  }
  let e = end;
  while (e < be) {
    const c = text.charAt(e);
    if (c === '\n') break;
    if (/[.!?…]/u.test(c) && (e + 1 >= be || /[\s"'”’)\]]/u.test(text.charAt(e + 1)))) { e++; break; }
    e++;
  }
  return [s, e];
}

function anchorWithin(ctx: RuleContext, from: number, to: number, self: RuleCandidate): boolean {
  // Anchors are few per page; a linear scan is cheaper than it looks next to building an index.
  for (const [s, e] of ctx.anchors) {
    if (s >= to) break;
    if (e <= from) continue;
    if (s < self.end && e > self.start) continue; // the candidate does not vouch for itself
    return true;
  }
  return false;
}

function isTitled(ctx: RuleContext, c: RuleCandidate): boolean {
  for (const [s, e] of ctx.titled) {
    if (s > c.start) break;
    if (e >= c.end) return true;
  }
  const before = ctx.text.slice(Math.max(0, c.start - 1), c.start);
  const after = ctx.text.slice(c.end, c.end + 1);
  return /["“‘'«]/u.test(before) && /["”’'»,.]/u.test(after);
}

/** True when the capitalised word beside the name makes it someone else: "Paul Ryan", "Ally McBeal", "Portman Road". */
function besideAnotherName(ctx: RuleContext, c: RuleCandidate): boolean {
  const before = WORD_BEFORE.exec(ctx.text.slice(Math.max(0, c.start - 40), c.start));
  if (before && (before[1]?.endsWith('.') || !NOT_A_NAME.has(before[1] ?? ''))) return true;
  const after = WORD_AFTER.exec(ctx.text.slice(c.end, c.end + 40));
  return after !== null;
}

/** "Bridget Jones" in the same paragraph makes a bare "Jones" unsafe (ledger: person.rashida_jones). */
function otherBearerInBlock(ctx: RuleContext, c: RuleCandidate): boolean {
  const parts = c.entityName.split(' ');
  if (parts.length < 2 || parts[parts.length - 1] !== c.text) return false;
  const [bs, be] = blockAround(ctx.text, c.start, c.end);
  const re = new RegExp(`(\\p{Lu}[\\p{L}'’-]*)[ \\u00a0]+${c.text}(?![\\p{L}])`, 'gu');
  const block = ctx.text.slice(bs, be);
  for (let m = re.exec(block); m; m = re.exec(block)) if (m[1] !== parts[0] && !NOT_A_NAME.has(m[1] ?? '')) return true;
  return false;
}

/** A few hundred characters either side, so a heading is read with the paragraph under it. */
const TITLE_WINDOW = 250;

export function accepts(ctx: RuleContext, c: RuleCandidate): boolean {
  const [bs, be] = blockAround(ctx.text, c.start, c.end);
  switch (c.rule) {
    case 'always':
      return true;
    case 'never':
      return false;
    case 'quoted-film-context':
      return isTitled(ctx, c) && anchorWithin(ctx, bs, be, c);
    case 'film-context': {
      const from = Math.min(bs, c.start - TITLE_WINDOW);
      const to = Math.max(be, c.end + TITLE_WINDOW);
      if (anchorWithin(ctx, from, to, c)) return true;
      return isTitled(ctx, c) && anchorWithin(ctx, 0, ctx.text.length, c);
    }
    case 'backreference-or-context': {
      if (besideAnotherName(ctx, c) || otherBearerInBlock(ctx, c)) return false;
      if (ctx.namedInFull.has(c.entityId)) return true;
      const [ss, se] = sentenceAround(ctx.text, c.start, c.end);
      return anchorWithin(ctx, ss, se, c);
    }
    case 'backreference':
      return ctx.namedInFull.has(c.entityId) && !besideAnotherName(ctx, c) && !otherBearerInBlock(ctx, c);
    case 'role-model':
      return MUSIC_OR_CAST.test(ctx.text.slice(bs, be));
    case 'producer-context': {
      const [ss, se] = sentenceAround(ctx.text, c.start, c.end);
      return PRODUCER.test(ctx.text.slice(ss, se));
    }
    case 'character': {
      if (besideAnotherName(ctx, c)) return false;
      return anchorWithin(ctx, bs, be, c) || SYNOPSIS.test(ctx.text.slice(bs, be));
    }
  }
}
