/**
 * The baseline the statement matcher was measured against (ADR 0008): weighted term overlap.
 * Each claim is a bag of words from its text and its `stated_in` quotes; a sentence's claims
 * are those whose TF-IDF cosine with it clears a threshold, best first. Stance: a question mark
 * asks, a negation word anywhere denies.
 */
import { fold } from '../../data/core/statements/fold';
import type { StatementMatch } from '../../data/core/statements/matcher';

interface LedgerClaim {
  id: string;
  claim: string;
  stated_in?: { quote: string }[];
}

const words = (text: string) =>
  fold(text)
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];
const STOP = new Set(
  'the a an of in on and or to is was be by for with as at it its that this his her he she their from has have had'.split(' '),
);

export function tfidfBaseline(claims: readonly LedgerClaim[], threshold: number): (text: string) => StatementMatch[] {
  const docs = claims.map((c) => words([c.claim, ...(c.stated_in ?? []).map((s) => s.quote)].join(' ')).filter((w) => !STOP.has(w)));
  const df = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log((docs.length + 1) / ((df.get(w) ?? 0) + 1)) + 1;
  const vector = (ws: string[]) => {
    const v = new Map<string, number>();
    for (const w of ws) v.set(w, (v.get(w) ?? 0) + idf(w));
    const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) || 1;
    return { v, norm };
  };
  const vectors = docs.map(vector);
  return (text) => {
    const q = vector(words(text).filter((w) => !STOP.has(w)));
    const stance = /\?\s*["')]*\s*$/.test(text)
      ? 'asks'
      : /\b(?:not|n't|never|no|non|nao|nicht|kein\w*|pas|nunca|mai)\b/i.test(text)
        ? 'denies'
        : 'states';
    return vectors
      .map((d, i) => {
        let dot = 0;
        for (const [w, x] of q.v) dot += x * (d.v.get(w) ?? 0);
        return { claim: claims[i]!.id, stance, score: dot / (q.norm * d.norm) } as StatementMatch;
      })
      .filter((m) => m.score >= threshold)
      .sort((a, b) => b.score - a.score);
  };
}
