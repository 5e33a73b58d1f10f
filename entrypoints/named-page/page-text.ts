/**
 * Reads a page's text the way a reader meets it, as one string with a map back to its text
 * nodes. The content script (in idle-time slices) and the command-line scan both use this,
 * so offsets mean the same thing in both: the data of every scanned text node in document
 * order, with U+2029 (paragraph separator) between blocks and "\n" for <br>. Only DOM reads,
 * no layout and no `browser` calls, so it runs in Node over linkedom as well.
 */

import { partitionPoint } from '../../data/core/algo/partition-point';
import { heavyNext, runToEnd } from '../../data/core/algo/steps';
import { BLOCK_SEPARATOR } from '../../data/core/text/blocks';

export { BLOCK_SEPARATOR };

/** Never scanned: not prose, or not ours to touch (forms, editors, code, our own UI). */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'CONTEXT-CARDS-UI',
]);

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'LEGEND',
  'MENU',
]);

/** Elements that typeset a title: a film name inside them reads as a title, not a phrase. */
const TITLE_STYLE = new Set(['I', 'EM', 'CITE', 'Q']);

export interface PageText {
  text: string;
  /** The scanned text nodes, and where each starts in `text` (ascending). */
  nodes: Text[];
  starts: number[];
  /** [start, end) spans set in italics, <cite> or <q>. */
  titled: Array<[number, number]>;
  /** Open shadow roots met on the way, so the caller can watch them for changes too. */
  shadowRoots: ShadowRoot[];
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** True for elements whose content a person edits: we never mark inside them. */
export function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return (ce !== null && ce.toLowerCase() !== 'false') || el.getAttribute('role') === 'textbox';
}

/** True when the whole document `node` belongs to is being edited (`document.designMode = "on"`). */
export function inDesignMode(node: Node): boolean {
  const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  return doc?.designMode === 'on';
}

export function isBlock(el: Element): boolean {
  return BLOCKS.has(upperTag(el));
}

export function isSkipped(el: Element): boolean {
  return SKIPPED.has(upperTag(el)) || skippedByAttributes(el);
}

/**
 * Elements that can carry a shadow root (the DOM standard's list for `attachShadow`, and
 * custom elements): asking the others costs a call into the page per element for nothing.
 */
const SHADOW_HOSTS = new Set([
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DIV',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'MAIN',
  'NAV',
  'P',
  'SECTION',
  'SPAN',
]);
function mayHostShadow(tag: string): boolean {
  return SHADOW_HOSTS.has(tag) || tag.includes('-');
}

/** The tag in capitals: HTML elements have it so already; SVG, MathML and XML ones may not. */
function upperTag(el: Element): string {
  const tag = el.tagName;
  const c = tag.charCodeAt(0);
  return c >= 0x61 && c <= 0x7a ? tag.toUpperCase() : tag;
}

/** `hidden`, or edited by a person. Most elements of prose have no attributes at all: one call tells. */
function skippedByAttributes(el: Element): boolean {
  return el.hasAttributes() && (el.hasAttribute('hidden') || isEditable(el));
}

/**
 * How text nodes are read: `whole` takes the light tree's text in one call (`textContent`) and
 * asks each node only its length; `live` reads each node's own data. Same result; `whole`
 * copies the page's text once instead of once per node (a quarter of the reading on a
 * long article, from a content script's world) and falls back to `live` by itself.
 */
export type ReadMode = 'whole' | 'live';

/** Past this much text, the walk pauses once after taking it. */
const WHOLE_SLICE_CHARS = 64 * 1024;

/**
 * Walks `root`, yielding after every `sliceSize` nodes so a caller can spread the work over
 * idle periods. The result is complete once the generator is done.
 *
 * It steps with firstChild / nextSibling / parentNode and keeps a frame only for each open
 * element, not for every node: this runs on every page, and from a content script's world
 * every DOM object touched costs a wrapper (a NodeList per element was the largest cost).
 */
export function* readPageText(
  root: Node,
  out: PageText = emptyPageText(),
  sliceSize = 400,
  mode: ReadMode = 'whole',
): Generator<void, PageText> {
  // A document in design mode is editable everywhere, as a contenteditable region is: not read.
  if (inDesignMode(root)) return out;
  const initial = {
    text: out.text,
    nodes: out.nodes.length,
    starts: out.starts.length,
    titled: out.titled.length,
    shadowRoots: out.shadowRoots.length,
  };
  const parts: string[] = [out.text];
  let length = out.text.length;
  let lastChar = out.text.slice(-1);
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    lastChar = s.charAt(s.length - 1);
  };
  const separate = (sep: string) => {
    if (length > 0 && lastChar !== BLOCK_SEPARATOR) push(sep);
  };

  // A whole page's text is taken in one call, heavy on a long page: a slice of its own.
  if (mode === 'whole' && root === root.ownerDocument?.body) {
    heavyNext();
    yield;
  }
  // In `whole` mode: the light tree's text, and how far into it the walk has come. The text of
  // nodes the walk leaves out (skipped elements) is stepped over by its length; shadow trees
  // are not in it and are read live. Trusted only while the page is unchanged: a change seen
  // between slices makes the rest of the walk read live (`watch`).
  let whole: string | null = mode === 'whole' && (root.nodeType === ELEMENT_NODE || root.nodeType === 11) ? root.textContent : null;
  let cursor = 0;
  let shadowDepth = 0;
  let watch = null as ReturnType<typeof watchChanges>;
  const fromWhole = () => whole !== null && shadowDepth === 0;
  /** Pauses the walk; afterwards the whole text is trusted only if nothing changed meanwhile. */
  function* pause(): Generator<void, void> {
    if (whole !== null && !watch) watch = watchChanges(root);
    if (!watch) whole = null;
    yield;
    if (watch?.changed()) whole = null;
  }

  /** An element, document or shadow root being read: what to do on leaving it, and where to go next. */
  type Open = { node: Node; block: boolean; titledFrom: number; shadow: ShadowRoot | null; inShadow: boolean; shadowTree: boolean };
  const open: Open[] = [];
  let visited = 0;

  /** Enters `node` if it has anything to read; true when it became the innermost open node. */
  const enter = (node: Node): boolean => {
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      if (fromWhole()) {
        const len = (node as Text).length;
        if (len) {
          out.nodes.push(node as Text);
          out.starts.push(length);
          push(whole!.slice(cursor, cursor + len));
          cursor += len;
        }
        return false;
      }
      const data = (node as Text).data;
      if (data.length) {
        out.nodes.push(node as Text);
        out.starts.push(length);
        push(data);
      }
      return false;
    }
    if (type === ELEMENT_NODE) {
      const el = node as Element;
      const tag = upperTag(el);
      if (node !== root && (SKIPPED.has(tag) || skippedByAttributes(el))) {
        if (fromWhole()) cursor += el.textContent!.length;
        return false;
      }
      if (tag === 'BR') {
        // A <br> has no children, unless a script gave it some.
        if (fromWhole() && el.firstChild) cursor += el.textContent!.length;
        separate('\n');
        return false;
      }
      const block = BLOCKS.has(tag);
      if (block) separate(BLOCK_SEPARATOR);
      const shadow = mayHostShadow(tag) ? ((el as HTMLElement).shadowRoot ?? null) : null;
      if (shadow) out.shadowRoots.push(shadow);
      open.push({ node, block, titledFrom: TITLE_STYLE.has(tag) ? length : -1, shadow, inShadow: false, shadowTree: false });
      return true;
    }
    if (type === 9 || type === 11) {
      // A document or a shadow root: its text never joins a name with text outside it.
      separate(BLOCK_SEPARATOR);
      const shadowTree = node !== root;
      if (shadowTree) shadowDepth++;
      open.push({ node, block: true, titledFrom: -1, shadow: null, inShadow: false, shadowTree });
      return true;
    }
    // CDATA (XML documents only) is text to `textContent`, not to a reader.
    if (type === 4 && fromWhole()) cursor += (node as CharacterData).length;
    return false;
  };
  const leave = (o: Open) => {
    if (o.titledFrom >= 0 && length > o.titledFrom) out.titled.push([o.titledFrom, length]);
    if (o.block) separate(BLOCK_SEPARATOR);
    if (o.shadowTree) shadowDepth--;
  };

  // `next` is the next child to read inside the innermost open node; null once it is done.
  let next: Node | null = null;
  if (enter(root)) {
    const top = open[open.length - 1]!;
    // An open shadow root is read before the host's light children, as the page renders it.
    next = top.shadow ? top.shadow : top.node.firstChild;
    if (top.shadow) top.inShadow = true;
  }
  try {
    // Taking a long page's text is a slice's work by itself (4 to 7 ms for 1 MB).
    if (whole !== null && whole.length > WHOLE_SLICE_CHARS) yield* pause();
    while (open.length) {
      if (next) {
        const node: Node = next;
        if (++visited % sliceSize === 0) yield* pause();
        next = node.nextSibling;
        if (enter(node)) {
          const top = open[open.length - 1]!;
          // Shadow roots have no siblings: after one, the host's own children come.
          next = top.shadow ? top.shadow : node.firstChild;
          if (top.shadow) top.inShadow = true;
        }
        continue;
      }
      const done = open.pop()!;
      leave(done);
      const parent = open[open.length - 1];
      if (!parent) break;
      if (done.node === parent.shadow && parent.inShadow) {
        // Back from the host's shadow root: now its light children.
        parent.inShadow = false;
        parent.shadow = null;
        next = parent.node.firstChild;
      } else next = done.node.nextSibling;
    }
  } finally {
    watch?.disconnect();
  }
  if (whole !== null && cursor !== whole.length) {
    // The walk and `textContent` disagree (a kind of node not foreseen here): the text read may
    // be misplaced, so read again, node by node.
    out.text = initial.text;
    out.nodes.length = initial.nodes;
    out.starts.length = initial.starts;
    out.titled.length = initial.titled;
    out.shadowRoots.length = initial.shadowRoots;
    return yield* readPageText(root, out, sliceSize, 'live');
  }
  out.text = parts.join('');
  out.titled.sort((a, b) => a[0] - b[0]);
  return out;
}

/**
 * Whether anything under `root` changed since the call; null where there is no
 * MutationObserver (Node). Records reach the callback at the next microtask, so both it and
 * `takeRecords` are asked.
 */
function watchChanges(root: Node): { changed(): boolean; disconnect(): void } | null {
  if (typeof MutationObserver !== 'function') return null;
  let seen = false;
  const observer = new MutationObserver(() => {
    seen = true;
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return {
    changed: () => seen || observer.takeRecords().length > 0,
    disconnect: () => observer.disconnect(),
  };
}

export function emptyPageText(): PageText {
  return { text: '', nodes: [], starts: [], titled: [], shadowRoots: [] };
}

/** Reads the whole of `root` at once (the scan command, tests). */
export function readPageTextNow(root: Node, mode: ReadMode = 'whole'): PageText {
  return runToEnd(readPageText(root, emptyPageText(), 400, mode));
}

/** Index of the last text node starting at or before `offset` (strictly before, for an end position). */
export function nodeIndexAt(page: PageText, offset: number, preferEnd = false): number {
  const { starts } = page;
  return Math.max(0, partitionPoint(starts.length, (i) => (preferEnd ? starts[i]! < offset : starts[i]! <= offset)) - 1);
}

/** The text node holding `offset` and the offset inside it; null for a separator we inserted. */
export function locate(page: PageText, offset: number, preferEnd = false): { node: Text; offset: number } | null {
  const i = nodeIndexAt(page, offset, preferEnd);
  const node = page.nodes[i];
  if (!node) return null;
  const inner = offset - page.starts[i]!;
  return inner >= 0 && inner <= node.data.length ? { node, offset: inner } : null;
}
