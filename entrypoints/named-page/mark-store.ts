/**
 * The page's current mentions as live DOM ranges, kept up to date block by block: a rescan of
 * one changed block replaces only that block's marks. Answers the pointer ("which mention
 * holds this text position?") and the popup ("all of them, in reading order").
 */
import type { ClaimMark, Found, Mark, NameMark, Placed } from '../../data/contracts/marks';
import type { ClaimNote } from '../../data/core/claims/claims';
import type { Mention } from '../../data/core/names/detect';
import { nodeIndexAt, type PageText } from './page-text';

/**
 * Ranges for mentions, a few hundred per step (creating a Range is cheap, not free). Mentions
 * come in reading order, so the text nodes are found by walking forward from the last one
 * rather than by a search per mention (5 ms of the 1 MB page's 2,400 mentions).
 */
export function* toMarkedSteps<F extends Found<Mark>>(
  page: PageText,
  mentions: readonly F[],
  doc: Document,
): Generator<void, Array<F & Placed>> {
  const out: Array<F & Placed> = [];
  const { nodes, starts } = page;
  let n = 0;
  let i = 0;
  for (const m of mentions) {
    if (++n % 200 === 0) yield;
    // The node holding the start: the last one starting at or before it.
    if (i >= nodes.length || starts[i]! > m.start) i = nodeIndexAt(page, m.start);
    while (i + 1 < nodes.length && starts[i + 1]! <= m.start) i++;
    const spanned: Text[] = [];
    let last = i;
    for (let j = i; j < nodes.length && starts[j]! < m.end; j++) {
      spanned.push(nodes[j]!);
      last = j;
    }
    const first = nodes[i];
    const end = nodes[last];
    if (!first || !end) continue;
    const a = m.start - starts[i]!;
    const b = m.end - starts[last]!;
    // A start or end on a separator we inserted between nodes has no place in the DOM.
    if (a < 0 || a > first.length || b < 0 || b > end.length) continue;
    const range = doc.createRange();
    range.setStart(first, a);
    range.setEnd(end, b);
    out.push({ ...m, range, nodes: spanned });
  }
  return out;
}

/** The marks of one kind on the page, by text node. */
export class MarkStore<M extends Mark = Mark> {
  private readonly byNode = new Map<Node, M[]>();
  private readonly marks = new Set<M>();
  /** Open shadow roots the page's text was read from, for hit tests inside web components. */
  readonly shadowRoots: ShadowRoot[] = [];

  get size(): number {
    return this.marks.size;
  }

  add(list: readonly M[]): void {
    for (const m of list) {
      this.marks.add(m);
      for (const n of m.nodes) {
        const at = this.byNode.get(n);
        if (at) at.push(m);
        else this.byNode.set(n, [m]);
      }
    }
  }

  has(m: M): boolean {
    return this.marks.has(m);
  }

  /** Whether any of these entities is marked here: no sorting, stops at the first. */
  namesAny(entities: ReadonlySet<string>): boolean {
    for (const m of this.marks) if (m.kind === 'name' && entities.has(m.entity)) return true;
    return false;
  }

  /**
   * Drops and returns the mentions inside `root` (found through its own text nodes, so the cost
   * follows the block, not the page); with `null`, those whose text has left the page; with
   * `all`, every one.
   */
  removeWithin(root: Node | null, all = false): M[] {
    // Nothing to look for: no walk over the block's text (the claims' store is empty on most pages).
    if (this.marks.size === 0) return [];
    const gone = new Set<M>();
    if (all) for (const m of this.marks) gone.add(m);
    else if (root === null) {
      for (const m of this.marks) if (m.nodes.some((n) => !n.isConnected)) gone.add(m);
    } else {
      for (const n of textNodesIn(root, this.shadowRoots)) for (const m of this.byNode.get(n) ?? []) gone.add(m);
    }
    return this.drop(gone);
  }

  /** True when a text node under `root` holds a mark (an element the page moved rather than made). */
  holdsMarksIn(root: Node): boolean {
    if (this.byNode.size === 0) return false;
    for (const n of textNodesIn(root, [])) if (this.byNode.has(n)) return true;
    return false;
  }

  /** Drops and returns the marks inside `root` that no longer cover their text (see `brokenWithin`). */
  removeBrokenWithin(root: Node): M[] {
    return this.drop([...this.marks].filter((m) => this.brokenIn(m, root)));
  }

  /**
   * True when a mark inside `root` no longer covers its text: the page moved or replaced its
   * nodes (removing a node collapses the ranges in it, even if it is put back at once).
   */
  brokenWithin(root: Node): boolean {
    for (const m of this.marks) if (this.brokenIn(m, root)) return true;
    return false;
  }

  /** A removed node cannot say where it was: a mark with one counts as inside any `root`. */
  private brokenIn(m: M, root: Node): boolean {
    return (m.range.collapsed || !m.nodes[0]!.isConnected) && m.nodes.some((n) => root.contains(n) || !n.isConnected);
  }

  private drop(gone: Iterable<M>): M[] {
    const out: M[] = [];
    for (const m of gone) {
      if (!this.marks.delete(m)) continue;
      out.push(m);
      for (const n of m.nodes) {
        const rest = this.byNode.get(n)?.filter((x) => x !== m);
        if (rest?.length) this.byNode.set(n, rest);
        else this.byNode.delete(n);
      }
    }
    return out;
  }

  at(node: Node, offset: number): M | undefined {
    return this.byNode.get(node)?.find((m) => m.range.isPointInRange(node, offset));
  }

  /** Entities named in full anywhere on the page, outside `except` if given. */
  namedInFull(except?: Node): Set<string> {
    const out = new Set<string>();
    for (const m of this.marks) if (m.kind === 'name' && m.full && !(except && m.nodes.some((n) => except.contains(n)))) out.add(m.entity);
    return out;
  }

  /** Every mention in reading order. */
  all(): M[] {
    return [...this.marks].sort(readingOrder);
  }
}

/** Document order, across shadow roots too (ranges in different trees cannot be compared directly). */
export function readingOrder(a: { range: Range }, b: { range: Range }): number {
  const ra = a.range.startContainer.getRootNode();
  const rb = b.range.startContainer.getRootNode();
  if (ra === rb) return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  const pa = outermost(a.range.startContainer);
  const pb = outermost(b.range.startContainer);
  if (pa === pb) return 0;
  return pa.compareDocumentPosition(pb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** The node itself, or the host of the shadow root it lives in, up to the document. */
function outermost(node: Node): Node {
  let n = node;
  for (let r = n.getRootNode(); r instanceof ShadowRoot; r = n.getRootNode()) n = r.host;
  return n;
}

/** The text nodes under `root`, including those in open shadow roots hosted inside it. */
function* textNodesIn(root: Node, shadowRoots: readonly ShadowRoot[]): Generator<Node> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) yield n;
  for (const sr of shadowRoots) if (sr.host !== root && root.contains(sr.host)) yield* textNodesIn(sr, []);
}

/** A page's names as marks to place. */
export const nameMarks = (mentions: readonly Mention[]): Array<Found<NameMark>> => mentions.map((m) => ({ kind: 'name', ...m }));

/** A page's claim notes as marks to place, one per sentence (a sentence may state two claims). */
export function claimMarks(notes: readonly ClaimNote[]): Array<Found<ClaimMark>> {
  const out: Array<Found<ClaimMark>> = [];
  for (const n of notes) {
    const last = out[out.length - 1];
    if (last && last.start === n.start && last.end === n.end) last.claims.push({ id: n.claim, stance: n.stance });
    else out.push({ kind: 'claim', text: n.text, start: n.start, end: n.end, claims: [{ id: n.claim, stance: n.stance }] });
  }
  return out;
}
