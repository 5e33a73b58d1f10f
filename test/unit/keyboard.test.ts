/** The keyboard's stepping order over names and claims' sentences (happy-dom ranges). */
import { describe, expect, it } from 'vitest';
import { nextMention } from '../../entrypoints/named-page/keyboard';
import type { Mark } from '../../data/contracts/marks';
import { readingOrder } from '../../entrypoints/named-page/mark-store';

function mark(node: Text, start: number, end: number, claim = false): Mark {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const place = { text: node.data.slice(start, end), start, end, range, nodes: [node] };
  return claim
    ? { kind: 'claim', claims: [{ id: 'C14', stance: 'states' }], ...place }
    : { kind: 'name', entity: 'person.mark_ruffalo', full: true, ...place };
}

describe('nextMention', () => {
  it('reaches a claim whose sentence starts with a name, and the name, one after the other', () => {
    document.body.innerHTML = '<p>Ruffalo plays Alan. Later, Ruffalo again.</p>';
    const t = document.querySelector('p')!.firstChild as Text;
    const claim = mark(t, 0, 19, true);
    const name = mark(t, 0, 7);
    const later = mark(t, 27, 34);
    const all = [name, claim, later].sort(readingOrder);
    const seen = [all[0]!];
    for (let i = 0; i < 3; i++) seen.push(nextMention(all, seen[seen.length - 1]!.range)!);
    // Every mark once, then round again: none skipped for starting where another starts.
    expect(new Set(seen.slice(0, 3))).toEqual(new Set([name, claim, later]));
    expect(seen[3]).toBe(seen[0]);
  });
});
