/**
 * Mentions of the film's people, characters and companies in a page's text: the matcher
 * finds every alias in one pass, the context rules keep the ones the page really means.
 * Shared by the content script, the popup and the scan command.
 */
import { accepts, besideAnotherName, type RuleContext } from './context-rules';
import { BLOCKERS } from './editorial';
import { compileMatcher, type MatchableAlias } from './matcher';
import type { AliasRule, Dataset } from './schema';

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
}

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
  /** Entities with aliases that count only once the full name is on the page. */
  backreferenced: ReadonlySet<string>;
}

const BACKREFERENCE_RULES: ReadonlySet<AliasRule> = new Set(['backreference', 'backreference-or-context']);

export function createDetector(dataset: Dataset): Detector {
  // Every alias takes part, marked or not, so that a longer unmarked name ("Meg Stalter",
  // "Warner Bros.") swallows the shorter marked one inside it; only marked entities come out.
  const given: DetectAlias[] = [
    ...dataset.entities.flatMap((e) => e.aliases.map((a) => ({ surface: a.surface, entityId: e.id, rule: a.rule, marked: e.marked, entityName: e.name }))),
    ...BLOCKERS.map((surface) => ({ surface, entityId: '', rule: 'never' as const, marked: false, entityName: surface })),
  ];
  // Headlines set names in capitals ("NATALIE PORTMAN'S NEW ROM-COM"); the same rules apply. Where
  // several forms share the capitals ("Role Model", "role model"), the first, main form speaks for them.
  const surfaces = new Set(given.map((a) => a.surface));
  const aliases = [...given];
  for (const a of given) {
    const upper = a.surface.toLocaleUpperCase('en');
    if (!surfaces.has(upper)) {
      surfaces.add(upper);
      aliases.push({ ...a, surface: upper });
    }
  }
  const names = compileMatcher(aliases);
  const anchors = compileMatcher(
    dataset.filmAnchors.flatMap((surface) => [...new Set([surface, surface.toLocaleUpperCase('en')])].map((s) => ({ surface: s, entityId: '' }))),
  );

  const detect = (page: PageTextLike, namedElsewhere?: ReadonlySet<string>): Mention[] => {
    const candidates = names.find(page.text);
    const namedInFull = new Set<string>(namedElsewhere);
    for (const c of candidates) if (c.alias.rule === 'always') namedInFull.add(c.alias.entityId);
    const ctx: RuleContext = { text: page.text, anchors: [], namedInFull, titled: page.titled };
    // "Portman Road" and "Dunham's Sports" vouch for nothing.
    ctx.anchors = anchors
      .find(page.text)
      .filter((a) => /\s/u.test(a.text) || !besideAnotherName(ctx, { start: a.start, end: a.end, text: a.text, entityId: '', entityName: '', rule: 'backreference' }))
      .map((a) => [a.start, a.end]);
    const mentions: Mention[] = [];
    for (const c of candidates) {
      const a = c.alias;
      if (!a.marked) continue;
      if (accepts(ctx, { start: c.start, end: c.end, text: c.text, entityId: a.entityId, entityName: a.entityName, rule: a.rule })) {
        mentions.push({ entity: a.entityId, text: c.text, start: c.start, end: c.end, full: a.rule === 'always' });
      }
    }
    return mentions;
  };
  const backreferenced = new Set(aliases.filter((a) => a.marked && BACKREFERENCE_RULES.has(a.rule)).map((a) => a.entityId));
  return Object.assign(detect, { backreferenced });
}
