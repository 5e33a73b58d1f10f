/**
 * Every claim rule's trigger words as one pattern, each distinct alternative its own group, so
 * that a match says which rules it may start: one scan of the page, no pattern per rule to
 * compile.
 */
import type { ClaimRule } from '../../film/claim-rules';

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
export interface TriggerIndex {
  /** Every alternative its own group, global: a match's group says which rules it may start. */
  pattern: RegExp;
  /** False when no rule could start anywhere in a text. */
  any(text: string): boolean;
  /** The rules a match of `pattern` may start. */
  rulesOf(m: RegExpExecArray): readonly ClaimRule[];
}

export function triggerIndex(rules: readonly ClaimRule[]): TriggerIndex {
  const ALTERNATIVES: string[] = [];
  const RULES_OF: ClaimRule[][] = [];
  for (const rule of rules) {
    for (const alt of topLevelAlternatives(rule.trigger)) {
      let i = ALTERNATIVES.indexOf(alt);
      if (i === -1) {
        i = ALTERNATIVES.push(alt) - 1;
        RULES_OF.push([]);
      }
      if (!RULES_OF[i]!.includes(rule)) RULES_OF[i]!.push(rule);
    }
  }
  const pattern = new RegExp(ALTERNATIVES.map((a) => `(${a})`).join('|'), 'g');
  const anyTrigger = new RegExp(pattern.source);
  return {
    pattern,
    any: (text) => anyTrigger.test(text),
    rulesOf(m) {
      for (let g = 1; g < m.length; g++) if (m[g] !== undefined) return RULES_OF[g - 1]!;
      return [];
    },
  };
}
