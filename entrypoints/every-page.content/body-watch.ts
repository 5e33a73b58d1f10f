/**
 * Tells when the page's <body> is no longer the one we read: Turbo Drive, PJAX and their kin
 * swap in a new body to navigate, and `document.open()` empties the whole document and
 * writes a new one (erasing every event listener on it and on the window on the way). Two
 * observers of direct children only, of the document and of its root element: they wake for
 * those rare changes and nothing else.
 */
export function watchBody(onChange: (body: HTMLElement | null) => void, doc: Document = document): () => void {
  let body = doc.body;
  let root = doc.documentElement;
  const inner = new MutationObserver(changed);
  const outer = new MutationObserver(() => {
    // A new root element (document.open, or a script replacing <html>): watch it instead.
    if (doc.documentElement !== root) {
      inner.disconnect();
      root = doc.documentElement;
      if (root) inner.observe(root, { childList: true });
    }
    changed();
  });
  function changed() {
    if (doc.body === body) return;
    body = doc.body;
    onChange(body);
  }
  outer.observe(doc, { childList: true });
  if (root) inner.observe(root, { childList: true });
  return () => {
    inner.disconnect();
    outer.disconnect();
  };
}
