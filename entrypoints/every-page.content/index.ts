/**
 * The page side, wiring only: the person's settings decide whether the marker switch (marks, card,
 * listeners) runs here, and a change to them applies at once; the popup and the background
 * ask through messages. Runs on every page, so nothing heavy happens before it is needed.
 */
import { browser } from 'wxt/browser';
import { isOnFor, siteOf, type Settings } from '../../data/core/settings';
import { onSettingsChanged, readSettings } from '../../data/browser/settings-read';
import { watchBody } from './body-watch';
import { installInputRelay } from './input-relay';
import type { MentionsResponse } from '../../data/contracts/messages';
import { PROBE_GLOBAL, type World } from '../../data/contracts/world';
import { isAskSelection, isMentionsRequest, isNextMentionRequest, isShowMentionRequest, summarize } from '../../data/core/messages';
import { loadCard } from './load-card';
import type { Asking } from '../../data/contracts/stages';
import { startMarkerSwitch, type MarkerSwitch } from './marker-switch';

/**
 * Resolves once the document is parsed. A `document.open()` while the page loads erases every
 * listener on the document, ours included: a slow check stands in for the event then. What
 * follows runs in a task of its own, not at the end of the parser's (DOMContentLoaded is
 * dispatched there: a page's load should not wait for our start).
 */
function parsed(): Promise<void> {
  return new Promise((ok) => {
    if (document.readyState !== 'loading') return ok();
    const done = () => {
      clearInterval(check);
      setTimeout(ok, 0);
    };
    const check = setInterval(() => document.readyState !== 'loading' && done(), 250);
    document.addEventListener('DOMContentLoaded', done, { once: true });
  });
}

export default defineContentScript({
  matches: ['<all_urls>'],
  // At the document's start only to listen for input before the page can (input-relay.ts);
  // everything else waits for the document to be parsed.
  runAt: 'document_start',
  // WXT tells an older copy of this script to step aside with a DOM event, and by default
  // also with a window.postMessage the page receives too: that call alone measured 2.5 to
  // 9 ms on every page, and pages with careless message listeners trip over it.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const relay = installInputRelay();
    // Worked out once the settings are read: a page that names nobody never needs it, and
    // parsing the address was a measurable share of such a page's cost.
    let siteHere: string | null | undefined;
    const site = () => (siteHere === undefined ? (siteHere = siteOf(location.href)) : siteHere);
    let markerSwitch: MarkerSwitch | null = null;
    let settings: Settings | null = null;

    // A newer copy of this script (an update, a second injection) may tell this one to step
    // aside at any moment, even while it is still starting: whatever it has set up by then
    // goes, and nothing starts afterwards.
    const undo: Array<() => void> = [];
    ctx.onInvalidated(() => {
      relay.detach();
      markerSwitch?.stop();
      markerSwitch = null;
      // A copy an update left behind is cut off from the extension: its API calls throw
      // ("Extension context invalidated"), and one that throws must not keep the rest.
      for (const f of undo) {
        try {
          f();
        } catch {
          // Nothing left to remove on that side.
        }
      }
    });

    function apply(next: Settings) {
      if (ctx.signal.aborted) return;
      settings = next;
      markerSwitch?.update(isOnFor(next, site()) ? next : null);
    }

    // Read once something needs them: the lookout seeing a name, or the popup asking. From
    // then on a change to them applies at once.
    let reading: Promise<void> | null = null;
    const needSettings = () =>
      (reading ??= (async () => {
        undo.push(onSettingsChanged(apply));
        apply(await readSettings());
      })());

    // A document being rewritten may have no body for a moment: the marker switch starts once it has one.
    const begin = () => {
      if (ctx.signal.aborted || markerSwitch || !document.body) return;
      markerSwitch = startMarkerSwitch(ctx, { settings: settings && isOnFor(settings, site()) ? settings : null, named: needSettings });
    };

    await parsed();
    if (ctx.signal.aborted) return;
    begin();
    // A new body (a Turbo or PJAX navigation, document.open): what we read and listened to is
    // gone, so the marker switch starts over on the page as it now is.
    undo.push(
      watchBody(() => {
        relay.reattach();
        markerSwitch?.stop();
        markerSwitch = null;
        begin();
      }),
    );

    async function status(): Promise<MentionsResponse> {
      const readBefore = reading !== null;
      await needSettings();
      // The popup may ask right after writing a setting, before its change event reaches us:
      // settings read earlier are read again.
      if (readBefore) apply(await readSettings());
      begin();
      const current = markerSwitch;
      if (current) await current.ready();
      const live = current && current === markerSwitch ? current : null;
      const mentions = live ? live.mentions().map(({ entity, text }) => ({ entity, text })) : [];
      const claims = live ? live.claims().flatMap((m) => m.claims.map((c) => ({ claim: c.id, stance: c.stance, text: m.text }))) : [];
      return {
        url: location.href,
        site: site(),
        on: settings !== null && isOnFor(settings, site()),
        mentions,
        entities: summarize(mentions),
        claims,
      };
    }

    // Asking about text is explicit: answered whatever the settings say for this site, by the
    // card's stage, whose code comes only when the person asks.
    let asking: Asking | null = null;
    const ask = async () => (asking ??= (await loadCard()).asking(ctx));
    undo.push(() => asking?.stop());

    function answer(msg: unknown): Promise<MentionsResponse | boolean> | undefined {
      if (isMentionsRequest(msg)) return status();
      if (isAskSelection(msg)) {
        const marked = markerSwitch !== null && markerSwitch.count() > 0;
        return ask().then((a) => a.askSelection(msg.text, marked));
      }
      if (isNextMentionRequest(msg))
        return markerSwitch ? markerSwitch.ready().then(() => markerSwitch?.next() ?? false) : Promise.resolve(false);
      if (isShowMentionRequest(msg)) {
        const go = (s: MarkerSwitch) => (msg.claim !== undefined ? s.showClaim(msg.claim) : s.show(msg.entity));
        return markerSwitch ? markerSwitch.ready().then(() => (markerSwitch ? go(markerSwitch) : false)) : Promise.resolve(false);
      }
      return undefined;
    }
    // Answered through sendResponse, not a returned promise: the bare API in Chromium ignores
    // promises (see bare-browser.ts). `true` keeps the channel open for the async answer.
    const onMessage = (msg: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): true | undefined => {
      const reply = answer(msg);
      if (!reply) return undefined;
      reply.then(sendResponse, () => sendResponse(undefined));
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    undo.push(() => browser.runtime.onMessage.removeListener(onMessage));
    // How many mentions are marked, for the browser tests and the bench: marks off screen are
    // held but not registered with the page (see painter.ts), so the page's highlight
    // registry does not tell. A global of this extension's world, which the page cannot see.
    (globalThis as World)[PROBE_GLOBAL] = { marks: () => markerSwitch?.count() ?? 0 };
  },
});
