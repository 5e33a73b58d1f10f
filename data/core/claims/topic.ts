/**
 * Whether the film is what a sentence is about: where the page names the film, another work
 * of its people's, or heads a section with another title, and which of these the sentence
 * falls under. The film's names, works and headings are in data/film/topic.ts.
 */
import { partitionPoint } from '../algo/partition-point';
import { BLOCK_SEPARATOR, blockEnd, blockStart, type Blocks } from '../text/blocks';
import { isLetter, isUpper } from '../text/char-classes';
import { slices } from '../text/slices';
import { FILM_NAMES, FILM_PEOPLE, FILM_PEOPLE_LOWERCASE, FILM_TITLE_LOWERCASE, OTHER_WORK, SECTION_HEADINGS } from '../../film/topic';

/** A block this short with no full stop reads as a heading. */
const HEADING_CHARS = 80;
/** How far back a naming of the film still sets the topic: a long article's sections, not the next page. */
const TOPIC_REACH = 4000;
const BLOCKS_PER_STEP = 2000;

/** The film's own names (group 1), another work of its people's (group 2), or the film's title lowercase (group 3). */
const TOPIC = new RegExp(`(${FILM_NAMES.source})|(${OTHER_WORK.source})|(${FILM_TITLE_LOWERCASE.source})`, 'g');

export interface Topics {
  /** Where each naming starts, ascending. */
  at: number[];
  /** The film's (true) or another work's. */
  film: boolean[];
  /** The start of the block it is in. */
  block: number[];
  /** Whether that block reads as a heading: short, with no full stop. */
  heading: boolean[];
}

export const isHeading = (block: string) => block.length > 0 && block.length <= HEADING_CHARS && !/[.!?]["'”’)]*$/.test(block);

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
/** A round-up's item number before a heading: "3.", "#3", "3)". */
const ITEM_NUMBER = /^(?:#\s?)?\d{1,2}[.):]\s+/;

/**
 * A heading that names some other title: short, in title case (two capitalised words at least),
 * not a section of an article, naming nobody of the film. A round-up's numbered item may go on
 * in lower case after the title ("3. Blackwater Lane set drama"): its number says it is one of
 * several topics.
 */
export function titleHeading(block: string): boolean {
  if (!isHeading(block) || FILM_PEOPLE.test(block)) return false;
  const numbered = ITEM_NUMBER.test(block);
  const rest = block.replace(ITEM_NUMBER, '');
  if (SECTION_HEADINGS.has(rest.toLowerCase().replace(/[:\s]+$/, ''))) return false;
  const words = rest.split(/\s+/).filter((w) => [...w].some((c) => isLetter(c.codePointAt(0)!)));
  const capitalised = (w: string) => isUpper(w.codePointAt(0)!);
  // Two capitalised words at least: "Harbour Lights" is a title; "Correction", "Born" are labels.
  if (words.length > 6 || words.filter(capitalised).length < 2) return false;
  const inTitle = (w: string, i: number) => capitalised(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase()));
  if (words.every(inTitle)) return true;
  // A numbered item: its first two words are the title's.
  return numbered && words.slice(0, 2).every(capitalised);
}

/**
 * Where the page names the film (one of its names), another work of its people's, or heads a
 * section with another title ("Harbour Lights" in a streaming guide). In steps: a long page's
 * text is read a slice at a time.
 */
export function* topicSteps(text: string, blocks: Blocks): Generator<void, Topics> {
  const events: Array<{ at: number; film: boolean; block: number; heading: boolean }> = [];
  // A page that writes the film lowercase ("she plays natalie's best friend in good sex") names
  // its people too; a health column's "good sex" is not the film.
  const lowercaseFilm = FILM_PEOPLE_LOWERCASE.test(text);
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
      if (titleHeading(block) && !FILM_NAMES.test(block)) events.push({ at: bs, film: false, block: bs, heading: true });
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

/**
 * Whether the film is what the sentence at [start, end) is about: it names the film, or the last
 * title named before it, where it counts, is the film's. In the sentence's own paragraph every
 * naming counts; before that, the film's names count, and another work only where a heading
 * names it ("Severance, season 3"): a paragraph comparing the film with "What Happens Later"
 * does not turn the rest of the page to that film. Another work named in the sentence itself is
 * each rule's business (`unless`): "before his series Task premiered" is part of a claim. Not
 * too far back: a long page's next article is another topic.
 */
export function aboutTheFilm(topics: Topics, blocks: Blocks, start: number, end: number, otherwise: boolean): boolean {
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
