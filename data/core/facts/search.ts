/**
 * The popup's search over every entity's name and aliases, forgiving of case, accents and
 * typos ("Rufalo", "dunam", "good thing"). 35 entities with a few aliases each: a scored
 * scan with an edit distance is a few dozen lines and instant, where a fuzzy-search library
 * would add kilobytes to the popup for the same answers.
 */
import type { Entity } from './schema';

export interface SearchHit {
  entity: Entity;
  /** The name or alias that matched, as written in the dataset. */
  matched: string;
  /** Lower is better: 0 exact, then prefix, word prefix, substring, then typo distance. */
  score: number;
}

/** Lower case, accents off, punctuation to spaces: "Zeta-Jones" and "zeta jones" are one. */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Optimal string alignment distance (Levenshtein plus swapped neighbours), stopping past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Typos forgiven in a word of this length: none in short words, where one edit makes another name. */
const allowedTypos = (len: number) => (len < 4 ? 0 : len < 8 ? 1 : 2);

/** Distance from a typed word to a name's word, where the typed word may be cut short. */
function wordDistance(typed: string, word: string): number {
  const max = allowedTypos(typed.length);
  let best = editDistance(typed, word, max);
  // A word still being typed: compare with the name's word cut to about the same length.
  for (let len = Math.max(1, typed.length - 1); len <= Math.min(word.length - 1, typed.length + 1); len++)
    best = Math.min(best, editDistance(typed, word.slice(0, len), max));
  return best;
}

function scoreOne(query: string, qWords: string[], candidate: string): number {
  const c = foldForSearch(candidate);
  if (!c) return Infinity;
  if (c === query) return 0;
  if (c.startsWith(query)) return 1;
  const words = c.split(' ');
  if (words.some((w) => w.startsWith(query))) return 2;
  if (query.length >= 3 && c.includes(query)) return 3;
  // Every typed word must find a word of the name within its allowance.
  let total = 0;
  for (const q of qWords) {
    let best = Infinity;
    for (const w of words) best = Math.min(best, w.startsWith(q) ? 0 : wordDistance(q, w));
    if (best > allowedTypos(q.length)) return Infinity;
    total += best;
  }
  return 4 + total;
}

export function searchEntities(entities: readonly Entity[], raw: string, limit = 8): SearchHit[] {
  const query = foldForSearch(raw);
  if (!query) return [];
  const qWords = query.split(' ');
  const hits: SearchHit[] = [];
  for (const entity of entities) {
    let best: SearchHit | null = null;
    for (const name of [entity.name, ...entity.aliases.map((a) => a.surface)]) {
      const score = scoreOne(query, qWords, name);
      if (score < (best?.score ?? Infinity)) best = { entity, matched: name, score };
    }
    if (best) hits.push(best);
  }
  // Ties: what is in the film (marked on pages) first, then by name.
  return hits
    .sort((a, b) => a.score - b.score || Number(b.entity.marked) - Number(a.entity.marked) || a.entity.name.localeCompare(b.entity.name))
    .slice(0, limit);
}
