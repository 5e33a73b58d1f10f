/**
 * Waits, as cheaply as it can, for a page to name someone. Nearly every page a person opens
 * never does, and each pays for what runs here: one `textContent` read (a single native call,
 * where walking the text nodes makes a wrapper for each in our world) tested by the quick
 * pattern, then only the changes the page makes. The first text that might name someone
 * hands over to the full reader (`onFound`) and the lookout ends.
 */
import { runWhenIdle } from '../in-page/idle';

/** Text tested per step: the quick pattern reads a few hundred kB in about a millisecond in Node, several in a page. */
const CHUNK_CHARS = 64 * 1024;
/** A name cut by a chunk's end is whole in the next: chunks overlap by more than any name. */
const OVERLAP_CHARS = 200;
/** Let a burst of changes settle before looking at them (as the scanner does). */
const SETTLE_MS = 150;

/**
 * Elements that are not the HTML, SVG or MathML of prose: custom elements, mostly, whose
 * names have a hyphen. Matching happens natively; only these few reach our code.
 */
const NOT_BUILT_IN = `:not(${[
  'a',
  'abbr',
  'address',
  'area',
  'article',
  'aside',
  'audio',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'body',
  'br',
  'button',
  'canvas',
  'caption',
  'center',
  'cite',
  'code',
  'col',
  'colgroup',
  'data',
  'datalist',
  'dd',
  'del',
  'details',
  'dfn',
  'dialog',
  'div',
  'dl',
  'dt',
  'em',
  'embed',
  'fieldset',
  'figcaption',
  'figure',
  'font',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'i',
  'iframe',
  'img',
  'input',
  'ins',
  'kbd',
  'label',
  'legend',
  'li',
  'link',
  'main',
  'map',
  'mark',
  'menu',
  'meta',
  'meter',
  'nav',
  'noscript',
  'object',
  'ol',
  'optgroup',
  'option',
  'output',
  'p',
  'picture',
  'pre',
  'progress',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'script',
  'search',
  'section',
  'select',
  'slot',
  'small',
  'source',
  'span',
  'strong',
  'style',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'template',
  'textarea',
  'tfoot',
  'th',
  'thead',
  'time',
  'title',
  'tr',
  'track',
  'u',
  'ul',
  'var',
  'video',
  'wbr',
  'svg',
  'svg *',
  'math',
  'math *',
].join(',')})`;

/** Open shadow roots of custom elements in `root` (and of `root` itself). */
function shadowRootsIn(root: Element | ShadowRoot): ShadowRoot[] {
  const hosts = [...(root instanceof Element ? [root] : []), ...root.querySelectorAll(NOT_BUILT_IN)];
  return hosts.filter((h) => h.localName.includes('-') && h.shadowRoot).map((h) => h.shadowRoot!);
}

/**
 * True as soon as `root`'s text (open shadow roots of custom elements included, which
 * `textContent` leaves out) may name someone. Without separators, text nodes run together
 * ("Cast</td><td>Lena Dunham" reads "CastLena Dunham"): `mayName` allows for that.
 */
export function* quickLook(
  root: Element | ShadowRoot,
  mayName: (text: string) => boolean,
  onShadow: (s: ShadowRoot) => void = () => {},
): Generator<void, boolean> {
  const text = root.textContent ?? '';
  for (let from = 0; from < text.length; from += CHUNK_CHARS) {
    if (mayName(text.slice(Math.max(0, from - OVERLAP_CHARS), from + CHUNK_CHARS))) return true;
    if (from + CHUNK_CHARS < text.length) yield;
  }
  for (const shadow of shadowRootsIn(root)) {
    onShadow(shadow);
    if (yield* quickLook(shadow, mayName, onShadow)) return true;
  }
  return false;
}

/**
 * The quick look's test from `quickSource` (data/core/names/matcher.ts): false when the text holds nothing
 * any page could have marked. Here, not beside the matcher: a page that names nobody then
 * evaluates none of the matcher's module.
 */
export function quickTest(source: string): (text: string) => boolean {
  const re = new RegExp(source);
  return (text) => re.test(text);
}

export interface Lookout {
  /** Resolves once everything seen so far has been looked at. */
  ready(): Promise<void>;
  stop(): void;
}

export function startLookout(root: HTMLElement, mayName: (text: string) => boolean, onFound: () => void): Lookout {
  let stopped = false;
  let running: Promise<void> | null = null;
  let settle: ReturnType<typeof setTimeout> | null = null;
  /** What to look at next: the whole root at first, then what the page added or rewrote. */
  const queue = new Set<Node>([root]);

  function* look(): Generator<void, boolean> {
    while (queue.size) {
      const [node] = queue;
      queue.delete(node!);
      if (!node!.isConnected) continue;
      if (node instanceof Element ? yield* quickLook(node, mayName, watch) : mayName(node!.textContent ?? '')) return true;
    }
    return false;
  }

  function run() {
    running = runWhenIdle(look()).then((found) => {
      running = null;
      if (stopped) return;
      if (found) {
        stop();
        onFound();
      } else if (queue.size) schedule();
    });
  }

  function schedule() {
    if (stopped || running || settle) return;
    settle = setTimeout(() => {
      settle = null;
      run();
    }, SETTLE_MS);
  }

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      // New text joins the text around it ("Natalie " and a rendered "Portman"): its parent is
      // looked at whole (unless that is the root or a shadow root). A new element (a feed's
      // post) is looked at alone.
      const parent = r.type === 'characterData' ? r.target.parentElement : r.target;
      for (const n of r.type === 'characterData' ? [r.target] : r.addedNodes) {
        if (n.nodeType === 1) queue.add(n);
        else if (n.nodeType === 3) queue.add(parent instanceof Element && parent !== root ? parent : n);
      }
    }
    schedule();
  });
  const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  // Changes inside a shadow root do not reach the root's observer: each one looked into is watched too.
  const watched = new WeakSet<ShadowRoot>();
  function watch(shadow: ShadowRoot) {
    if (watched.has(shadow)) return;
    watched.add(shadow);
    observer.observe(shadow, OBSERVE);
  }
  observer.observe(root, OBSERVE);
  // The first look waits for an idle period only, not for a timer before it: a task less on every page.
  run();

  function stop() {
    stopped = true;
    observer.disconnect();
    if (settle) clearTimeout(settle);
    queue.clear();
  }

  return {
    async ready() {
      await new Promise((r) => setTimeout(r, 0));
      while (!stopped && (running || settle)) {
        if (running) await running;
        else await new Promise((r) => setTimeout(r, SETTLE_MS));
      }
    },
    stop,
  };
}
