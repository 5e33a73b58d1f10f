/** Selecting text in a page, as a person does before asking about it. */

/** Run in the page: selects the `nth` occurrence of `text` (in one text node). */
export function selectText([text, nth]: readonly [string, number]): boolean {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let n = w.nextNode() as Text | null; n; n = w.nextNode() as Text | null) {
    let i = n.data.indexOf(text);
    while (i >= 0 && seen < nth) {
      seen++;
      i = n.data.indexOf(text, i + 1);
    }
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + text.length);
    n.parentElement!.scrollIntoView({ block: 'center' });
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(r);
    return true;
  }
  return false;
}
