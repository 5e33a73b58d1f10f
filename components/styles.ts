/**
 * The card's and the popup's styles, as a string so the content script can put them inside
 * its shadow root without fetching a stylesheet. Sizes are in px: a page's root font size
 * (rem) must not blow the card up or shrink it.
 */
export const CARD_CSS = `
.cc-root {
  --cc-bg: #ffffff; --cc-fg: #1b1f24; --cc-muted: #59636e; --cc-line: #d8dee4; --cc-link: #0b5cad;
  --cc-confirmed: #116329; --cc-confirmed-bg: #dafbe1; --cc-reported: #7a4a00; --cc-reported-bg: #fff1c7;
  --cc-disputed: #a40e26; --cc-disputed-bg: #ffebe9; --cc-speculative: #5a32a3; --cc-speculative-bg: #f1ebff;
  --cc-shadow: 0 8px 28px rgba(15, 23, 42, 0.22), 0 1px 3px rgba(15, 23, 42, 0.18);
  font: 400 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  color: var(--cc-fg); text-align: left; letter-spacing: normal; text-transform: none; word-spacing: normal;
}
@media (prefers-color-scheme: dark) {
  .cc-root {
    --cc-bg: #1c2128; --cc-fg: #e6edf3; --cc-muted: #9ea7b3; --cc-line: #373e47; --cc-link: #6cb6ff;
    --cc-confirmed: #7ee2a8; --cc-confirmed-bg: #113a22; --cc-reported: #f2cc60; --cc-reported-bg: #3d2e00;
    --cc-disputed: #ff9492; --cc-disputed-bg: #4a1a1c; --cc-speculative: #d2b8ff; --cc-speculative-bg: #30205a;
    --cc-shadow: 0 8px 28px rgba(0, 0, 0, 0.6), 0 1px 3px rgba(0, 0, 0, 0.5);
  }
}
.cc-root *, .cc-root *::before, .cc-root *::after { box-sizing: border-box; }
.cc-card { background: var(--cc-bg); color: var(--cc-fg); }
.cc-header { padding: 12px 14px 8px; border-bottom: 1px solid var(--cc-line); }
.cc-kind { margin: 0; font-size: 11px; letter-spacing: 0.04em; text-transform: uppercase; color: var(--cc-muted); }
.cc-name { margin: 2px 0 0; font-size: 18px; line-height: 1.25; font-weight: 650; }
.cc-overview .cc-name { font-size: 22px; }
.cc-role { margin: 2px 0 0; color: var(--cc-muted); font-size: 13px; }
.cc-body { padding: 4px 14px; }
.cc-section { margin: 12px 14px 4px; font-size: 12px; font-weight: 650; text-transform: uppercase; letter-spacing: 0.04em; color: var(--cc-muted); }
.cc-facts, .cc-people, .cc-sides, .cc-sources { list-style: none; margin: 0; padding: 0; }
.cc-overview .cc-facts, .cc-overview .cc-people { padding: 0 14px; }
.cc-fact, .cc-person { padding: 8px 0; border-bottom: 1px solid var(--cc-line); }
.cc-fact:last-child, .cc-person:last-child { border-bottom: 0; }
.cc-fact-line { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.cc-fact-line .cc-badge { flex: none; }
.cc-fact-text { flex: 1 1 200px; }
.cc-person-top { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; }
.cc-person-name { font-weight: 600; }
.cc-person-role { color: var(--cc-muted); font-size: 13px; }
.cc-badge { display: inline-block; padding: 0 6px; border-radius: 999px; font-size: 11px; font-weight: 650; line-height: 18px; white-space: nowrap; }
.cc-badge-confirmed { color: var(--cc-confirmed); background: var(--cc-confirmed-bg); }
.cc-badge-reported { color: var(--cc-reported); background: var(--cc-reported-bg); }
.cc-badge-disputed { color: var(--cc-disputed); background: var(--cc-disputed-bg); }
.cc-badge-speculative { color: var(--cc-speculative); background: var(--cc-speculative-bg); }
.cc-sides { margin-top: 6px; display: grid; gap: 6px; }
.cc-side { border-left: 3px solid var(--cc-line); padding: 2px 0 2px 8px; display: flex; flex-direction: column; gap: 2px; }
.cc-side .cc-fact-text { flex: none; }
.cc-side:first-child { border-left-color: var(--cc-confirmed); }
.cc-weight { font-size: 11px; font-weight: 650; color: var(--cc-muted); text-transform: uppercase; letter-spacing: 0.03em; }
.cc-sources { display: flex; flex-wrap: wrap; gap: 2px 10px; margin-top: 4px; font-size: 12px; color: var(--cc-muted); }
.cc-sources a { color: var(--cc-link); text-decoration: underline; text-underline-offset: 2px; }
.cc-sources a:focus-visible, .cc-root summary:focus-visible, .cc-dialog:focus-visible { outline: 2px solid var(--cc-link); outline-offset: 2px; border-radius: 2px; }
.cc-note { margin: 4px 0 0; font-size: 12px; color: var(--cc-muted); }
.cc-more summary, .cc-all summary { cursor: pointer; font-size: 12px; color: var(--cc-muted); }
.cc-all { margin: 8px 14px; }
.cc-footer { padding: 8px 14px 10px; border-top: 1px solid var(--cc-line); font-size: 11px; color: var(--cc-muted); }
.cc-dialog {
  width: 360px; max-width: calc(100vw - 16px); background: var(--cc-bg); border: 1px solid var(--cc-line);
  border-radius: 10px; box-shadow: var(--cc-shadow); overflow: hidden; display: flex; flex-direction: column;
  max-height: min(440px, calc(100vh - 16px));
  animation: cc-in 120ms ease-out;
}
.cc-dialog .cc-card { display: flex; flex-direction: column; min-height: 0; }
.cc-dialog .cc-body { overflow-y: auto; overscroll-behavior: contain; min-height: 0; flex: 1 1 auto; }
@keyframes cc-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .cc-dialog { animation: none; } }
`;
