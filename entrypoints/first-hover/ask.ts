/**
 * Asking about text, in the card's stage (loaded by the every-page script only when the person
 * asks): the context menu's "What do the sources say?" gives the selected text, the keyboard
 * command leaves it to be read here. The background's statement matcher says which claims the
 * text is about, told whether this page names the film; the answer opens as a card at the
 * selection, with focus in it; Escape, or a press outside it, closes it. Asking is explicit: it
 * answers on any page with the content script, also where marks are off.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { ASK_MAX_CHARS, MATCH_REQUEST, type AskedMatch } from '../../data/contracts/messages';
import { FILM_NAMES } from '../../data/film/film-names';
import type { Asking, CardUi } from '../../data/contracts/stages';

/** The text selected on the page, or in the focused form field. */
function selection(): { text: string; range: Range | null } {
  const active = document.activeElement;
  if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) {
    const { selectionStart: a, selectionEnd: b } = active;
    if (a !== null && b !== null && b > a) {
      const range = document.createRange();
      range.selectNode(active);
      return { text: active.value.slice(a, b), range };
    }
  }
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return { text: '', range: null };
  return { text: sel.toString(), range: sel.getRangeAt(0).cloneRange() };
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, ASK_MAX_CHARS);

/** Bounded: a giant page is not read to its end to learn whether it names the film. */
const PAGE_CHARS = 2_000_000;

/** Whether the page names the film or the people whose names make it the film's topic. */
function namesTheFilm(): boolean {
  return FILM_NAMES.test((document.body?.textContent ?? '').slice(0, PAGE_CHARS));
}

/** `makeUi`: the card's shadow-root UI, made on the first answer. */
export function startAsking(ctx: ContentScriptContext, makeUi: () => Promise<CardUi>): Asking {
  let ui: CardUi | null = null;
  let returnFocus: HTMLElement | null = null;
  let listening: AbortController | null = null;

  function close(restore: boolean) {
    listening?.abort();
    listening = null;
    ui?.hide();
    if (restore) returnFocus?.focus({ preventScroll: true });
    returnFocus = null;
  }

  async function show(asked: string, matches: AskedMatch[], range: Range | null): Promise<boolean> {
    if (ctx.signal.aborted) return false;
    ui ??= await makeUi();
    const active = document.activeElement;
    returnFocus = active instanceof HTMLElement && active !== document.body ? active : null;
    // No selection (the keyboard command with nothing selected): the card goes at the top of the window.
    const place = range ?? document.createRange();
    if (!range) place.selectNodeContents(document.body ?? document.documentElement);
    ui.show({ kind: 'answer', asked: clean(asked), matches, range: place });
    ui.dialog()?.focus({ preventScroll: true });
    listening?.abort();
    listening = new AbortController();
    const { signal } = listening;
    window.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape' && ui?.isOpen()) {
          e.stopPropagation();
          close(true);
        }
      },
      { capture: true, signal },
    );
    window.addEventListener(
      'pointerdown',
      (e) => {
        if (ui && !e.composedPath().includes(ui.host())) close(false);
      },
      { capture: true, signal },
    );
    return true;
  }

  return {
    async askSelection(given, marked) {
      const { text, range } = selection();
      const asked = clean(given ?? text);
      const onFilmPage = asked !== '' && (marked || namesTheFilm());
      const matches = asked
        ? ((await browser.runtime.sendMessage({ type: MATCH_REQUEST, text: asked, onFilmPage })) as AskedMatch[] | undefined)
        : [];
      return show(asked, matches ?? [], range);
    },
    stop() {
      close(false);
      ui?.remove();
      ui = null;
    },
  };
}
