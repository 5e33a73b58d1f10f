/**
 * The marker switch: everything the extension does on a page. A lookout until the page may
 * name someone; then, if the person's settings have it on here, the marker (the scanner and
 * its marks, the card, the input listeners and the badge count). The settings are asked for only once the lookout sees a
 * name: on the pages that name nobody, nearly all of them, the storage API is never touched
 * (its bindings cost each page about half a millisecond). `stop()` undoes all of it at once,
 * so turning the extension off on a site leaves the open tab as if we had never been there.
 */
import quick from '../../data/generated/quick-pattern.json';
import type { Settings } from '../../data/core/settings';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { quickTest, startLookout } from './lookout';
import type { ClaimMark, NameMark } from '../../data/contracts/marks';
import type { Marking, MarkerModule } from '../../data/contracts/stages';
import { loadMarker } from './load-marker';

export interface MarkerSwitch {
  /** The page's marked mentions, in page order (none before the page names anyone). */
  mentions(): readonly NameMark[];
  /** The sentences that state (or deny) a claim the ledger does not confirm, in page order. */
  claims(): readonly ClaimMark[];
  /** How many there are: no sorting into page order, for callers that only count. */
  count(): number;
  /** Resolves once the page's marks are current. */
  ready(): Promise<void>;
  /**
   * The settings, or null where the extension is off for this page. Marking starts once the
   * page may name someone and it is on, and stops when it is turned off.
   */
  update(settings: Settings | null): void;
  /** The keyboard command: the next mention of anything, focus in its card. */
  next(): boolean;
  /** The popup's button: the next mention of `entity`, flashed, its card open. */
  show(entity: string): boolean;
  /** The popup's list of claims: the next sentence stating `claim`, flashed, its note open. */
  showClaim(claim: string): boolean;
  stop(): void;
}

/** A load the background could not serve (the extension reloading) is tried again this often, this many times. */
export const RETRY_MS = 2000;
export const RETRIES = 3;

async function loadWithRetry(load: () => Promise<MarkerModule>): Promise<MarkerModule> {
  for (let i = 0; ; i++) {
    try {
      return await load();
    } catch (err) {
      if (i + 1 >= RETRIES) throw err;
      await new Promise((r) => setTimeout(r, RETRY_MS));
    }
  }
}

/** The quick look's test, built once per page: no Unicode flag, so it compiles in no time. */
let mayName: ((text: string) => boolean) | null = null;

export interface MarkerSwitchOptions {
  /** What is known of the settings already (null: not read yet, or off here). */
  settings: Settings | null;
  /**
   * Told the first time the page may name someone, so that the settings are read then; it
   * resolves once they have been given to `update`.
   */
  named: () => Promise<void>;
  /** Brings the marker's module (the background injects it); a fake in unit tests. */
  load?: () => Promise<MarkerModule>;
  /** Where the lookout looks (the page's body). */
  root?: HTMLElement;
}

export function startMarkerSwitch(ctx: ContentScriptContext, options: MarkerSwitchOptions): MarkerSwitch {
  let { settings } = options;
  const { named, load = loadMarker, root = document.body } = options;
  let stopped = false;
  let seen = false;
  let asked: Promise<void> | null = null;
  let marking: Marking | null = null;
  let starting: Promise<void> | null = null;
  const begin = () => {
    if (starting || stopped || !seen || !settings) return;
    // The marking code arrives only now (see load-marker.ts): a page that names nobody
    // neither loads nor runs it.
    const attempt: Promise<void> = loadWithRetry(load).then(
      ({ startMarking }) => {
        if (!stopped && starting === attempt && settings) marking = startMarking(ctx, settings);
      },
      () => {
        if (starting === attempt) starting = null;
      },
    );
    starting = attempt;
  };
  const lookout = startLookout(root, (mayName ??= quickTest(quick.source)), () => {
    seen = true;
    asked = named();
    begin();
  });
  return {
    mentions: () => marking?.mentions() ?? [],
    claims: () => marking?.claims() ?? [],
    count: () => marking?.count() ?? 0,
    async ready() {
      await lookout.ready();
      await asked;
      await starting;
      await marking?.ready();
    },
    update(next) {
      settings = next;
      if (!next) {
        // Off here: what marking did goes, the lookout stays (it costs nothing once it has
        // seen a name), and marking starts again if the person turns it back on.
        marking?.stop();
        marking = null;
        starting = null;
        return;
      }
      if (marking) marking.update(next);
      else begin();
    },
    next: () => marking?.next() ?? false,
    show: (entity) => marking?.show(entity) ?? false,
    showClaim: (claim) => marking?.showClaim(claim) ?? false,
    stop() {
      stopped = true;
      lookout.stop();
      marking?.stop();
      marking = null;
    },
  };
}
