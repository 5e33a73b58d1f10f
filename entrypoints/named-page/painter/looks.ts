/** How marks look: one highlight per kind of mark, its CSS for each mark style. */
import type { MarkStyle } from '../../../data/core/settings';
import { CLAIM_HIGHLIGHT_NAME, FLASH_NAME, HIGHLIGHT_NAME } from '../../../data/contracts/page-names';

/** How one kind of mark looks: its highlight's name, and its rule for each mark style. */
export interface MarkLook {
  name: string;
  css: Record<MarkStyle, string>;
  /** Painted under or over the other kind where they overlap (a name inside a claim's sentence). */
  priority: number;
}

/**
 * Colours that read on white and on near-black pages alike. `::highlight()` only takes
 * document-level rules, so the sheet is adopted by the document.
 */
export const NAME_LOOK: MarkLook = {
  name: HIGHLIGHT_NAME,
  css: {
    underline: 'text-decoration: underline dotted 2px; text-decoration-color: rgb(59 130 246 / 0.9); text-underline-offset: 3px;',
    background: 'background-color: rgb(59 130 246 / 0.18);',
    // Not painted at all: the ranges are kept for hover and the popup, but not registered.
    none: '',
  },
  priority: -1,
};

/**
 * A claim's sentence: a thin wavy underline in dark amber, under the names' dotted blue one.
 * Told apart by its shape as well as its colour; #b45309 is above 3:1 against white (5.8:1)
 * and against near-black (3.1:1), so one colour serves light and dark pages alike (the system's
 * scheme does not tell a page's). A person who set marks to "none" gets none of these either.
 */
const CLAIM_CSS = 'text-decoration: underline wavy 1px; text-decoration-color: #b45309; text-underline-offset: 5px;';
export const CLAIM_LOOK: MarkLook = {
  name: CLAIM_HIGHLIGHT_NAME,
  css: { underline: CLAIM_CSS, background: CLAIM_CSS, none: '' },
  priority: -2,
};

export const FLASH_CSS = `::highlight(${FLASH_NAME}) { background-color: rgb(250 204 21 / 0.6); color: inherit; }`;

/** The sheet for one look in one style: its rule (none for "none") and the flash's. */
export const sheetText = (look: MarkLook, style: MarkStyle): string =>
  `${look.css[style] ? `::highlight(${look.name}) { ${look.css[style]} }\n` : ''}${FLASH_CSS}`;
