/**
 * Shows and hides the card: a shadow-root UI (the page's CSS stays out, ours stays in),
 * rendered with Preact and placed beside the mark with @floating-ui (flip and shift keep it
 * on screen; a wrapped name's box is the pointer's line, as tall as the whole name).
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CardDialog } from '../../components/CardDialog';
import { AnswerDialog } from '../../components/Answer';
import { EntityCard } from '../../components/EntityCard';
import { FILM_ID } from '../../data/film/editorial';
import { ClaimNoteDialog } from '../../components/ClaimNote';
import { UI_TAG } from '../../data/contracts/page-names';
import type { CardAnchor, CardUi } from '../../data/contracts/stages';
import { CARD_CSS } from '../../components/styles';
import type { DatasetIndex } from '../../data/core/facts/dataset-index';
import { anchorBox } from './anchor-box';
import { UiProvider } from '../../components/i18n';
import type { LocaleResponse } from '../../data/contracts/messages';
import { locale } from './locale';

/** The page keeps 8 px of air around the card, as around any popover. */
const VIEWPORT_PADDING = 8;
/** Near enough to read as attached to the name, far enough not to cover its underline. */
const GAP_PX = 6;
/** Tall enough for the header and a fact; the facts scroll within. */
const MIN_HEIGHT_PX = 160;
const MAX_HEIGHT_PX = 440;

export async function createCardUi(
  ctx: ContentScriptContext,
  index: DatasetIndex,
  events: { enter(): void; leave(): void },
  anchor: CardAnchor = 'html',
): Promise<CardUi> {
  let root: HTMLElement | null = null;
  let stopAutoUpdate: (() => void) | null = null;
  let shown: Parameters<CardUi['show']>[0] | null = null;
  let words: LocaleResponse = await locale((l) => {
    words = l;
    if (root) root.lang = l.lang;
    // An open card follows a change of language at once.
    if (shown && dialog()) card.show(shown);
  });
  const ui = await createShadowRootUi(ctx, {
    name: UI_TAG,
    position: 'inline',
    anchor,
    append: 'last',
    css: CARD_CSS,
    onMount(container) {
      root = document.createElement('div');
      root.className = 'cc-root';
      // The card is in the interface's language whatever the page's is: a right-to-left page
      // would otherwise mirror it (its direction is inherited through the shadow root), and a
      // screen reader would read it in the page's language.
      root.dir = 'ltr';
      root.lang = words.lang;
      container.append(root);
      root.addEventListener('pointerenter', () => events.enter());
      root.addEventListener('pointerleave', () => events.leave());
      return root;
    },
    onRemove() {
      if (root) render(null, root);
    },
  });
  ui.mount();
  const dialog = () => root?.querySelector<HTMLElement>('.cc-dialog') ?? null;

  function hide() {
    stopAutoUpdate?.();
    stopAutoUpdate = null;
    shown = null;
    if (root) render(null, root);
  }

  /** The page's own language, for the sentences quoted from it. */
  const pageLang = () => document.documentElement.lang || undefined;

  const card: CardUi = {
    show(target) {
      if (!root) return;
      const entity = target.kind === 'name' ? index.entity(target.entity) : undefined;
      if (target.kind === 'name' && !entity) return;
      if (target.kind === 'claim' && !target.claims.some((c) => index.fact(c.id))) return;
      hide();
      shown = target;
      render(
        <UiProvider
          lang={words.lang}
          messages={words.messages}
          fallback={Object.keys(words.fallback).length ? words.fallback : undefined}
          facts={words.facts}
        >
          {target.kind === 'claim' ? (
            <ClaimNoteDialog claims={target.claims} said={target.said} saidLang={pageLang()} index={index} />
          ) : target.kind === 'answer' ? (
            <AnswerDialog
              asked={target.asked}
              askedLang={pageLang()}
              matches={target.matches}
              index={index}
              // On a page, the film's own card is its overview: the popup has the whole one.
              overview={() => {
                const film = index.entity(FILM_ID);
                return film ? <EntityCard entity={film} index={index} /> : null;
              }}
            />
          ) : (
            <CardDialog entity={entity!} index={index} />
          )}
        </UiProvider>,
        root,
      );
      const floating = dialog();
      if (!floating) return;
      Object.assign(floating.style, { position: 'fixed', left: '0px', top: '0px', zIndex: '2147483647' });
      // The name's boxes, asked once per placement: floating-ui asks several times, and inside
      // a giant text node each answer costs the browser a walk over the node's lines.
      let box: DOMRect | null = null;
      const measure = (): DOMRect => {
        if (box) return box;
        const b = anchorBox([...target.range.getClientRects()], target.point);
        return (box = b ? new DOMRect(b.left, b.top, b.width, b.height) : target.range.getBoundingClientRect());
      };
      const reference = {
        getBoundingClientRect: measure,
        contextElement: target.range.startContainer.parentElement ?? undefined,
      };
      const place = () => {
        box = null;
        // At 400% zoom (a window 200 CSS px high) neither side of the name has room for a
        // readable card: then it may cover the name, and takes the window's whole height.
        const rect = measure();
        const room = Math.max(window.innerHeight - rect.bottom, rect.top) - GAP_PX - VIEWPORT_PADDING;
        const tight = room < MIN_HEIGHT_PX;
        return computePosition(reference, floating, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [
            offset(GAP_PX),
            flip({ padding: VIEWPORT_PADDING }),
            shift({ padding: VIEWPORT_PADDING, crossAxis: tight }),
            size({
              padding: VIEWPORT_PADDING,
              apply({ availableHeight }) {
                floating.style.maxHeight = `${Math.min(MAX_HEIGHT_PX, tight ? availableHeight : Math.max(MIN_HEIGHT_PX, availableHeight))}px`;
              },
            }),
          ],
        }).then(({ x, y }) => {
          floating.style.left = `${x}px`;
          floating.style.top = `${y}px`;
        });
      };
      stopAutoUpdate = autoUpdate(reference, floating, place);
    },
    hide,
    isOpen: () => dialog() !== null,
    dialog,
    host: () => ui.shadowHost,
    remove() {
      hide();
      ui.remove();
    },
  };
  return card;
}
