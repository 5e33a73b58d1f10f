/**
 * The page side, wiring only: scanner (marks), hit test and hover intent (when), card UI
 * (what). Runs on every page, so it does nothing before the page's first idle period.
 */
import { browser } from 'wxt/browser';
import { dataset } from '../../data/dataset';
import { indexDataset } from '../../data/dataset-index';
import { createDetector } from '../../data/detect';
import { createCardUi, UI_TAG, type CardTarget, type CardUi } from './card-ui';
import { createPainter } from './highlight';
import { mentionAt } from './hit-test';
import { HoverIntent } from './hover-intent';
import type { MarkedMention } from './mention-store';
import { isMentionsRequest, summarize, type MentionsResponse } from './protocol';
import { startScanner } from './scanner';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    const index = indexDataset(dataset);
    const painter = createPainter();
    const isOurs = (n: Node) => (n instanceof Element ? n : n.parentElement)?.closest(UI_TAG) != null;
    const scanner = startScanner(document.body, createDetector(dataset), painter, isOurs);

    let card: CardUi | null = null;
    let cardPromise: Promise<CardUi> | null = null;
    // The card UI is created on first use: most pages never need it.
    const getCard = () =>
      (cardPromise ??= createCardUi(ctx, index, { enter: () => hover.enterCard(), leave: () => hover.leaveCard() }).then((c) => (card = c)));

    const hover = new HoverIntent<CardTarget>(
      {
        show: (t) => void getCard().then((c) => c.show(t)),
        hide: () => card?.hide(),
      },
      (a, b) => a.range === b.range,
    );

    let pending: PointerEvent | null = null;
    const onPointerMove = (e: PointerEvent) => {
      if (e.pointerType === 'touch') return;
      // One hit test per frame, however fast the pointer moves.
      if (pending === null) requestAnimationFrame(() => {
        const ev = pending!;
        pending = null;
        if (card && ev.composedPath().includes(card.host())) return;
        const m: MarkedMention | undefined = mentionAt(scanner.store, ev.clientX, ev.clientY);
        hover.overMark(m ? { entity: m.entity, range: m.range, point: { x: ev.clientX, y: ev.clientY } } : null);
      });
      pending = e;
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && card?.isOpen()) hover.close();
    };
    const onPointerDown = (e: PointerEvent) => {
      if (card?.isOpen() && !e.composedPath().includes(card.host())) hover.close();
    };
    ctx.addEventListener(document, 'pointermove', onPointerMove, { passive: true, capture: true });
    ctx.addEventListener(document, 'keydown', onKeyDown, { capture: true });
    ctx.addEventListener(document, 'pointerdown', onPointerDown, { passive: true, capture: true });
    const onMessage = (msg: unknown): Promise<MentionsResponse> | undefined => {
      if (!isMentionsRequest(msg)) return undefined;
      return scanner.ready().then(() => {
        const mentions = scanner.store.all().map(({ entity, text }) => ({ entity, text }));
        return { url: location.href, mentions, entities: summarize(mentions) };
      });
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      scanner.stop();
      hover.close();
    });
  },
});
