/** Names our code gives things in the page, which the page's own code and the tests can see. */

/** The custom element our shadow-root UI lives in; the reader never reads inside it. */
export const UI_TAG = 'context-cards-ui';
/** Highlight names in the page's highlight registry (shared with the page: only ours are ours). */
export const HIGHLIGHT_NAME = 'context-cards-mention';
export const CLAIM_HIGHLIGHT_NAME = 'context-cards-claim';
export const FLASH_NAME = 'context-cards-flash';
