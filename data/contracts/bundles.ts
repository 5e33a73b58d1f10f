/**
 * The three page-side bundles, by when they load, with the file each becomes in the built
 * extension (paths from the build's root). The background injects the later two by these
 * names; the size budgets, the bench and the browser tests read them here.
 */
export const EVERY_PAGE_SCRIPT = 'content-scripts/every-page.js';
/** The marker: the reader, detector, painter and the card's wiring, on pages that may name someone. */
export const NAMED_PAGE_SCRIPT = 'named-page.js';
/** The card: Preact, floating-ui and every fact and source, on first hover. */
export const FIRST_HOVER_SCRIPT = 'first-hover.js';
/** The learned note model (data/generated/note-model.json), which the background reads the first time a page's sentences come. */
export const NOTE_MODEL_FILE = 'note-model.json';
