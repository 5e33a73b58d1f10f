/**
 * The page side, wiring only: the scanner keeps the marks, pointer and keyboard input reach
 * the card controller, and the popup and the background ask through messages. Runs on every
 * page, so nothing heavy happens before the page's first idle period.
 */
import { browser } from 'wxt/browser';
import { dataset } from '../../data/dataset';
import { indexDataset } from '../../data/dataset-index';
import { createDetector } from '../../data/detect';
import { createCardController } from './card-controller';
import { UI_TAG } from './card-ui';
import { createPainter } from './highlight';
import { onEscape, stepToNextMention } from './keyboard';
import { pointerHandlers } from './pointer';
import { isMentionsRequest, isNextMentionRequest, summarize, type MentionsResponse } from './protocol';
import { startScanner } from './scanner';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    const index = indexDataset(dataset);
    const isOurs = (n: Node) => (n instanceof Element ? n : n.parentElement)?.closest(UI_TAG) != null;
    const scanner = startScanner(document.body, createDetector(dataset), createPainter(), isOurs);
    const cards = createCardController(ctx, index);

    const pointer = pointerHandlers(scanner.store, cards);
    ctx.addEventListener(document, 'pointermove', pointer.onMove, { passive: true, capture: true });
    ctx.addEventListener(document, 'pointerdown', pointer.onDown, { passive: true, capture: true });
    ctx.addEventListener(document, 'pointerup', pointer.onUp, { passive: true, capture: true });
    ctx.addEventListener(document, 'keydown', onEscape(cards), { capture: true });

    const onMessage = (msg: unknown): Promise<MentionsResponse | boolean> | undefined => {
      if (isMentionsRequest(msg))
        return scanner.ready().then(() => {
          const mentions = scanner.store.all().map(({ entity, text }) => ({ entity, text }));
          return { url: location.href, mentions, entities: summarize(mentions) };
        });
      if (isNextMentionRequest(msg)) return scanner.ready().then(() => stepToNextMention(scanner.store, cards));
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      scanner.stop();
      cards.close();
    });
  },
});
