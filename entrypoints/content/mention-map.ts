/**
 * The page's mentions as live DOM ranges, and the lookups the pointer and keyboard need:
 * which mention holds a given text position, and which comes next in reading order.
 */
import type { Mention } from '../../data/detect';
import { locate, nodeIndexAt, type PageText } from './page-text';

export interface MarkedMention extends Mention {
  range: Range;
}

export interface MentionMap {
  all: MarkedMention[];
  at(node: Node, offset: number): MarkedMention | undefined;
}

export function toRanges(page: PageText, mentions: readonly Mention[], doc: Document = document): MarkedMention[] {
  const out: MarkedMention[] = [];
  for (const m of mentions) {
    const a = locate(page, m.start);
    const b = locate(page, m.end, true);
    if (!a || !b) continue;
    const range = doc.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    out.push({ ...m, range });
  }
  return out;
}

export function createMentionMap(marked: MarkedMention[], page: PageText): MentionMap {
  const byNode = new Map<Node, MarkedMention[]>();
  for (const m of marked) {
    // Every text node a mention touches, so "<b>Natalie</b> Portman" answers from either half.
    for (let i = nodeIndexAt(page, m.start); i < page.nodes.length && (page.starts[i] ?? Infinity) < m.end; i++) {
      const node = page.nodes[i]!;
      const list = byNode.get(node);
      if (list) list.push(m);
      else byNode.set(node, [m]);
    }
  }
  return {
    all: marked,
    at(node, offset) {
      return byNode.get(node)?.find((m) => m.range.isPointInRange(node, offset));
    },
  };
}
