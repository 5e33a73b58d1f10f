/**
 * Everything the extension does on a page while it is on there: a lookout until the page may
 * name someone, then the scanner and its marks, the card, the input listeners and the badge
 * count. `stop()` undoes all of it at once, so turning the extension off on a site leaves the
 * open tab as if we had never been there.
 */
import quick from '../../data/quick-pattern.json';
import type { Settings } from '../../data/settings';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { quickTest, startLookout } from './lookout';
import { loadMarker, type MarkerModule } from './marker-loader';
import type { MarkedMention } from './mention-store';

export interface Session {
  /** The page's marked mentions, in page order (none before the page names anyone). */
  mentions(): readonly MarkedMention[];
  /** How many there are: no sorting into page order, for callers that only count. */
  count(): number;
  /** Resolves once the page's marks are current. */
  ready(): Promise<void>;
  /** A setting changed while the session runs (hover delay, mark style). */
  update(settings: Settings): void;
  /** The keyboard command: the next mention of anything, focus in its card. */
  next(): boolean;
  /** The popup's button: the next mention of `entity`, flashed, its card open. */
  show(entity: string): boolean;
  stop(): void;
}

/** A load the background could not serve (the extension reloading) is tried again this often, this many times. */
const RETRY_MS = 2000;
const RETRIES = 3;

async function loadWithRetry(): Promise<MarkerModule> {
  for (let i = 0; ; i++) {
    try {
      return await loadMarker();
    } catch (err) {
      if (i + 1 >= RETRIES) throw err;
      await new Promise((r) => setTimeout(r, RETRY_MS));
    }
  }
}

/** The quick look's test, built once per page: no Unicode flag, so it compiles in no time. */
let mayName: ((text: string) => boolean) | null = null;

export function startSession(ctx: ContentScriptContext, initial: Settings): Session {
  let settings = initial;
  let stopped = false;
  let marking: Session | null = null;
  let starting: Promise<void> | null = null;
  const lookout = startLookout(document.body, (mayName ??= quickTest(quick.source)), () => {
    // The marking code arrives only now (see marker-loader.ts): a page that names nobody
    // neither loads nor runs it.
    starting = loadWithRetry().then(
      ({ startMarking }) => {
        if (!stopped) marking = startMarking(ctx, settings);
      },
      () => undefined,
    );
  });
  return {
    mentions: () => marking?.mentions() ?? [],
    count: () => marking?.count() ?? 0,
    async ready() {
      await lookout.ready();
      await starting;
      await marking?.ready();
    },
    update(next) {
      settings = next;
      marking?.update(next);
    },
    next: () => marking?.next() ?? false,
    show: (entity) => marking?.show(entity) ?? false,
    stop() {
      stopped = true;
      lookout.stop();
      marking?.stop();
      marking = null;
    },
  };
}
