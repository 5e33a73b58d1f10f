/** Thin on purpose: the content script does the page's work and the popup reads from it. */
export default defineBackground(() => {});
