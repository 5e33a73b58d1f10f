/**
 * Mentions of the film's people, characters and companies in a page's text: the matcher
 * finds every alias in one pass, the context rules keep the ones the page really means.
 * Shared by the content script, the popup and the scan command.
 */
import { heavyNext, runToEnd } from '../algo/steps';
import { BLOCK_SEPARATOR } from '../text/blocks';
import { accepts, besideAnotherName, type RuleContext } from './context-rules';
import { BLOCKERS } from '../../film/editorial';
import { wordAfter } from '../text/neighbour-words';
import { compileMatcher, matcherSource, quickSource, type Candidate, type MatchableAlias } from './matcher';
import type { Alias, AliasRule, Dataset, Entity } from '../facts/schema';

/**
 * What detection needs of the dataset, and no more: the content script ships this slice
 * (`data/generated/detection.json`, written by `npm run dataset`) rather than every fact and source.
 */
export interface DetectionData {
  filmAnchors: string[];
  entities: Array<Pick<Entity, 'id' | 'name' | 'marked'> & { aliases: Array<Pick<Alias, 'surface' | 'rule'>> }>;
  /** The matchers' regex sources, built ahead (`matcherSource`); built at once when absent. */
  compiled?: { names: string; anchors: string };
}

export function detectionData(dataset: Dataset): DetectionData {
  const slim: DetectionData = {
    filmAnchors: dataset.filmAnchors,
    entities: dataset.entities.map((e) => ({
      id: e.id,
      name: e.name,
      marked: e.marked,
      aliases: e.aliases.map((a) => ({ surface: a.surface, rule: a.rule })),
    })),
  };
  const t = tables(slim);
  return {
    ...slim,
    compiled: {
      names: matcherSource(t.aliases),
      // The first-character prefilter speeds the names up and slows the anchors down (Node,
      // 1 MB of article text: 3.9 ms with it, 4.4 without; anchors 4.7 with, 2.9 without).
      anchors: matcherSource(t.anchors, { prefilter: false }),
    },
  };
}

/**
 * The lookout's quick pattern (`quickSource`) over the aliases that can be marked alone. The
 * content script gets it built ahead, in a file of its own (data/generated/quick-pattern.json), so that
 * a page that names nobody never evaluates the rest of the detection data.
 */
export function quickPattern(dataset: DetectionData): string {
  return quickSource(tables(dataset).aliases.filter(standsAlone));
}

/**
 * Aliases that can be marked with no other name on the page: all but "never" and the bare
 * names that count only once the full name is there too ("Jones" after "Rashida Jones"). A
 * page none of these can match needs no closer reading.
 */
function standsAlone(a: DetectAlias): boolean {
  return a.marked && a.rule !== 'never' && a.rule !== 'backreference';
}

/** Every alias the names matcher knows (capitalised forms and blockers included) and the anchors'. */
function tables(dataset: DetectionData): { aliases: DetectAlias[]; anchors: MatchableAlias[] } {
  // Every alias takes part, marked or not, so that a longer unmarked name ("Meg Stalter",
  // "Warner Bros.") swallows the shorter marked one inside it; only marked entities come out.
  const given: DetectAlias[] = [
    ...dataset.entities.flatMap((e) =>
      e.aliases.map((a) => ({ surface: a.surface, entityId: e.id, rule: a.rule, marked: e.marked, entityName: e.name })),
    ),
    ...BLOCKERS.map((surface) => ({ surface, entityId: '', rule: 'never' as const, marked: false, entityName: surface })),
  ];
  // Headlines set names in capitals ("NATALIE PORTMAN'S NEW ROM-COM"); the same rules apply. Where
  // several forms share the capitals ("Role Model", "role model"), the first, main form speaks for them.
  const surfaces = new Set(given.map((a) => a.surface));
  const aliases = [...given];
  // German writes a name's genitive with a bare -s ("Portmans Figur", "Allys Therapeutin"): a
  // person's or character's name ending otherwise takes one, which counts before a noun only.
  for (const a of given) {
    const genitive = `${a.surface}s`;
    if (!GENITIVE_RULES.has(a.rule) || !/^(?:person|character)\./u.test(a.entityId) || /[sxzß]$/u.test(a.surface)) continue;
    if (surfaces.has(genitive)) continue;
    surfaces.add(genitive);
    aliases.push({ ...a, surface: genitive, genitive: true });
  }
  for (const a of [...aliases]) {
    const upper = a.surface.toUpperCase();
    if (!surfaces.has(upper)) {
      surfaces.add(upper);
      aliases.push({ ...a, surface: upper });
    }
  }
  const anchors = dataset.filmAnchors.flatMap((surface) =>
    [...new Set([surface, surface.toUpperCase()])].map((s) => ({ surface: s, entityId: '' })),
  );
  return { aliases, anchors };
}

export interface Mention {
  entity: string;
  text: string;
  start: number;
  end: number;
  /** Named in full (a distinctive alias), which lets bare surnames elsewhere on the page count. */
  full: boolean;
}

interface DetectAlias extends MatchableAlias {
  rule: AliasRule;
  marked: boolean;
  entityName: string;
  /** A German genitive ("Portmans"): counts only before a capitalised word, the noun it qualifies. */
  genitive?: boolean;
}

/** The rules whose names take a German genitive; not "Role Model", whose -s is the 2008 film. */
const GENITIVE_RULES: ReadonlySet<AliasRule> = new Set(['always', 'backreference', 'backreference-or-context', 'character']);

export interface PageTextLike {
  text: string;
  titled: Array<[number, number]>;
}

/**
 * Mentions in `page`. `namedElsewhere` lists entities named in full in parts of the page not in
 * `page` (the content script rescans one changed block at a time).
 */
export interface Detector {
  (page: PageTextLike, namedElsewhere?: ReadonlySet<string>): Mention[];
  /** The same work in small steps, for a caller that spreads it over idle periods. */
  steps(page: PageTextLike, namedElsewhere?: ReadonlySet<string>): Generator<void, Mention[]>;
  /** Entities with aliases that count only once the full name is on the page. */
  backreferenced: ReadonlySet<string>;
}

const BACKREFERENCE_RULES: ReadonlySet<AliasRule> = new Set(['backreference', 'backreference-or-context']);

export function createDetector(dataset: DetectionData): Detector {
  const { aliases, anchors: anchorAliases } = tables(dataset);
  const names = compileMatcher(aliases, dataset.compiled?.names);
  const anchors = compileMatcher(anchorAliases, dataset.compiled?.anchors);
  /** Whether a page's text has been through this detector yet (see `heavyNext`). */
  let warmed = false;

  function* steps(page: PageTextLike, namedElsewhere?: ReadonlySet<string>): Generator<void, Mention[]> {
    const candidates: Candidate<DetectAlias>[] = [];
    const found: Candidate<MatchableAlias>[] = [];
    // The first run compiles the matchers' patterns at their first search, and the rules' at
    // their first check: each of those steps starts a slice of its own.
    const first = !warmed;
    warmed = true;
    if (first) {
      heavyNext();
      yield;
    }
    // Where the last chunk's names and anchors end: one that straddled a cut is not found again.
    let namesEnd = 0;
    let anchorsEnd = 0;
    for (const [from, to, cut] of chunks(page.text)) {
      // A chunk cut inside a sentence is searched a name's length further: a name across the cut
      // is found whole, and kept by the chunk it starts in.
      const reach = cut ? Math.min(page.text.length, to + CUT_OVERLAP) : to;
      namesEnd = keepStarting(names.find(page.text, from, reach), namesEnd, to, candidates);
      anchorsEnd = keepStarting(anchors.find(page.text, from, reach), anchorsEnd, to, found);
      yield;
    }
    const namedInFull = new Set<string>(namedElsewhere);
    for (const c of candidates) if (c.alias.rule === 'always') namedInFull.add(c.alias.entityId);
    const ctx: RuleContext = { text: page.text, anchors: [], namedInFull, titled: page.titled };
    // "Portman Road" and "Dunham's Sports" vouch for nothing. Judged a step at a time, like the
    // candidates below: a long page has thousands of anchors.
    // (Judged with no anchors known yet: one anchor does not vouch for the next.)
    const vouching: Array<[number, number]> = [];
    let n = 0;
    if (first) {
      heavyNext();
      yield;
    }
    for (const a of found) {
      if (++n % RULES_PER_STEP === 0) yield;
      if (
        /\s/u.test(a.text) ||
        !besideAnotherName(ctx, { start: a.start, end: a.end, text: a.text, entityId: '', entityName: '', rule: 'backreference' })
      )
        vouching.push([a.start, a.end]);
    }
    ctx.anchors = vouching;
    const mentions: Mention[] = [];
    for (const c of candidates) {
      if (++n % RULES_PER_STEP === 0) yield;
      const a = c.alias;
      if (!a.marked) continue;
      if (a.genitive && wordAfter(page.text.slice(c.end, c.end + 40)) === null) continue;
      // A genitive is judged as its name ("Portman" in "Portmans Figur"), and marked whole.
      const end = a.genitive ? c.end - 1 : c.end;
      if (
        accepts(ctx, {
          start: c.start,
          end,
          text: c.text.slice(0, end - c.start),
          entityId: a.entityId,
          entityName: a.entityName,
          rule: a.rule,
        })
      ) {
        mentions.push({ entity: a.entityId, text: c.text, start: c.start, end: c.end, full: a.rule === 'always' });
      }
    }
    return mentions;
  }
  const detect = (page: PageTextLike, namedElsewhere?: ReadonlySet<string>): Mention[] => runToEnd(steps(page, namedElsewhere));
  const backreferenced = new Set(aliases.filter((a) => a.marked && BACKREFERENCE_RULES.has(a.rule)).map((a) => a.entityId));
  return Object.assign(detect, { backreferenced, steps });
}

/**
 * Text per matching step. Node reads 64 kB in about a millisecond, but a browser's content
 * script, on the bench's 1 MB page, took up to 10 ms for a 64 kB step and 8 ms for 256 rule checks.
 */
const CHUNK_CHARS = 16 * 1024;
/** Candidates judged per step (see CHUNK_CHARS). */
const RULES_PER_STEP = 64;

/** Longer than any name as a page may write it (the longest alias, with runs of spaces inside). */
const CUT_OVERLAP = 256;

/** Adds to `out` the matches that start in [after, before); returns where the last one kept ends. */
function keepStarting<C extends { start: number; end: number }>(matches: readonly C[], after: number, before: number, out: C[]): number {
  let end = after;
  for (const m of matches) {
    if (m.start < after || m.start >= before) continue;
    out.push(m);
    end = m.end;
  }
  return end;
}

/**
 * [from, to) pieces of the text, and whether the piece was `cut` where a name may go on past
 * `to`. Cut at a block separator where one is near, or else at a sentence's end (neither can be
 * inside a name); failing both (a giant block with no full stops, a paste of CJK text), after
 * a space, or anywhere. Each search looks one chunk ahead at most: a search to the end of a
 * giant block, once per chunk, made reading a 10 MB text node quadratic.
 */
export function* chunks(text: string): Generator<[number, number, boolean]> {
  let from = 0;
  while (from < text.length) {
    if (text.length - from <= CHUNK_CHARS) {
      yield [from, text.length, false];
      return;
    }
    const ahead = text.slice(from + CHUNK_CHARS, from + 2 * CHUNK_CHARS + 1).indexOf(BLOCK_SEPARATOR);
    let to = ahead === -1 ? -1 : from + CHUNK_CHARS + ahead;
    let cut = false;
    if (to === -1) {
      const sentence = text.slice(from + 1, from + CHUNK_CHARS + 2).lastIndexOf('. ');
      if (sentence !== -1) to = from + 1 + sentence + 2;
      else {
        const space = lastSpace(text, from + CHUNK_CHARS / 2, from + CHUNK_CHARS);
        to = space === -1 ? from + CHUNK_CHARS : space + 1;
        // Not between the halves of a surrogate pair.
        const c = text.charCodeAt(to - 1);
        if (c >= 0xd800 && c <= 0xdbff) to--;
        cut = true;
      }
    }
    yield [from, to, cut];
    from = to;
  }
}

/** Where the last white space in [from, to) is; -1 if none. */
function lastSpace(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (/\s/.test(text[i]!)) return i;
  return -1;
}
