/**
 * One place that decides which card is open: hover intent for the pointer, at once for a tap
 * or the keyboard. It creates the card UI on first use (most pages never need one) and puts
 * focus back where it was when a card that took it closes (WCAG 2.4.3 and 1.4.13).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardAnchor, CardModule, CardTarget, CardUi } from '../../data/contracts/stages';
import { HoverIntent } from '../../data/core/pacing/hover-intent';

export const CARD_INTENT_MARK = 'context-cards:card-intent';

export interface CardController {
  /** The pointer is over a mark, or over nothing of ours. */
  hover(target: CardTarget | null): void;
  /** Opens at once; with `focus`, moves focus into the card and remembers where it was. */
  open(target: CardTarget, options?: { focus?: boolean }): Promise<void>;
  close(options?: { restoreFocus?: boolean }): void;
  isOpen(): boolean;
  current(): CardTarget | null;
  /** True for events that happened inside the card. */
  contains(e: Event): boolean;
  /** Closes the card and takes its UI off the page (the extension was turned off here). */
  destroy(): void;
}

/**
 * `showDelay` is read at every hover, so the person's setting applies at once; `null` means
 * the pointer alone never opens a card (a click or the keyboard does).
 */
export function createCardController(
  ctx: ContentScriptContext,
  loadCard: () => Promise<CardModule>,
  showDelay: () => number | null,
): CardController {
  let ui: CardUi | null = null;
  let uiPromise: Promise<CardUi> | null = null;
  let shown: CardTarget | null = null;
  let returnFocus: HTMLElement | null = null;
  /** Opened by a tap or the keyboard: the mouse drifting over nothing must not close it. */
  let sticky = false;
  let anchor: CardAnchor = 'html';
  const getUi = () => {
    // A page that removes whatever is appended to <html> (an anti-tamper observer) takes our
    // card with it: it is made again for the next card, in the other place each time.
    if (ui && !ui.host().isConnected) {
      ui.remove();
      ui = null;
      uiPromise = null;
      anchor = anchor === 'html' ? 'body' : 'html';
    }
    return (uiPromise ??= loadCard()
      .then((m) => m.createCardUi(ctx, { enter: () => intent.enterCard(), leave: () => intent.leaveCard() }, anchor))
      .then(
        (c) => (ui = c),
        (err) => {
          uiPromise = null;
          throw err;
        },
      ));
  };

  const intent = new HoverIntent<CardTarget>(
    {
      show: (t) => {
        shown = t;
        // The moment the hover intent (or a tap, or the keyboard) asked for the card: the bench
        // times the card's first paint from here. One user-timing entry per card, nothing sent.
        performance.mark(CARD_INTENT_MARK);
        // Shown only if it is still the one wanted once the card's code has arrived.
        const showIn = (c: CardUi) => shown === t && c.show(t);
        getUi().then(
          (c) => {
            showIn(c);
            // A page that removes what is added to the document does so at once: looked at once
            // more, after its observers have run, and shown again from the other place.
            setTimeout(() => {
              if (shown === t && !c.host().isConnected) getUi().then(showIn, () => (shown = null));
            }, 0);
          },
          () => (shown = null),
        );
      },
      hide: () => {
        shown = null;
        sticky = false;
        const hadFocus = ui?.host().matches(':focus-within') ?? false;
        ui?.hide();
        if (hadFocus) restore();
      },
    },
    (a, b) => a.range === b.range,
    undefined,
    () => showDelay() ?? 0,
  );

  function restore() {
    const el = returnFocus;
    returnFocus = null;
    if (el?.isConnected) el.focus({ preventScroll: true });
  }

  return {
    hover(t) {
      // A copy left in the page after the extension was updated, turned off or removed can no
      // longer load a card: it takes its marks away instead (WXT's check of the cut-off context
      // tells every onInvalidated listener). Asked only over a mark, where a card would open.
      if (t && ctx.isInvalid) return;
      // The dwell has begun: fetch the card's code now, so it is here when the dwell ends.
      if (t && !uiPromise) getUi().catch(() => undefined);
      if (sticky && (t === null || t.range === shown?.range)) return;
      sticky = false;
      intent.overMark(t);
    },
    async open(target, options = {}) {
      if (options.focus && !returnFocus) {
        const active = document.activeElement;
        returnFocus = active instanceof HTMLElement && active !== document.body ? active : null;
      }
      intent.openNow(target);
      sticky = true;
      const c = await getUi();
      if (options.focus && shown === target) c.dialog()?.focus({ preventScroll: true });
    },
    close(options = {}) {
      const hadFocus = ui?.host().matches(':focus-within') ?? false;
      intent.close();
      if (options.restoreFocus || hadFocus) restore();
      else returnFocus = null;
    },
    isOpen: () => shown !== null,
    current: () => shown,
    contains: (e) => ui !== null && e.composedPath().includes(ui.host()),
    destroy() {
      intent.close();
      returnFocus = null;
      void uiPromise?.then((c) => c.remove());
      uiPromise = null;
      ui = null;
    },
  };
}
