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
  --cc-claim: #b45309;
  --cc-shadow: 0 8px 28px rgba(15, 23, 42, 0.22), 0 1px 3px rgba(15, 23, 42, 0.18);
  font: 400 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  color: var(--cc-fg); text-align: left; letter-spacing: normal; text-transform: none; word-spacing: normal;
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  .cc-root {
    /* Scrollbars and form controls in the browser's dark style too. */
    color-scheme: dark;
    --cc-bg: #1c2128; --cc-fg: #e6edf3; --cc-muted: #9ea7b3; --cc-line: #373e47; --cc-link: #6cb6ff;
    --cc-confirmed: #7ee2a8; --cc-confirmed-bg: #113a22; --cc-reported: #f2cc60; --cc-reported-bg: #3d2e00;
    --cc-disputed: #ff9492; --cc-disputed-bg: #4a1a1c; --cc-speculative: #d2b8ff; --cc-speculative-bg: #30205a;
    --cc-claim: #f0b45c;
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
.cc-source-block { margin-top: 4px; font-size: 12px; color: var(--cc-muted); }
.cc-independence { margin: 0 0 1px; font-weight: 600; }
.cc-sources { display: flex; flex-direction: column; gap: 1px; }
.cc-sources a { color: var(--cc-link); text-decoration: underline; text-underline-offset: 2px; }
.cc-relays { margin: 0 0 2px 12px; }
.cc-relays summary { cursor: pointer; width: fit-content; }
.cc-relays ul { list-style: none; margin: 1px 0 0; padding: 0 0 0 10px; border-left: 2px solid var(--cc-line); }
.cc-aged strong { color: var(--cc-fg); font-weight: 600; }
.cc-sources a:focus-visible, .cc-root summary:focus-visible, .cc-dialog:focus-visible { outline: 2px solid var(--cc-link); outline-offset: 2px; border-radius: 2px; }
.cc-note { margin: 4px 0 0; font-size: 12px; color: var(--cc-muted); }
.cc-more summary, .cc-all summary { cursor: pointer; font-size: 12px; color: var(--cc-muted); }
.cc-all { margin: 8px 14px; }
.cc-root .cc-visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.cc-said { margin: 8px 0 4px; padding: 4px 0 4px 10px; border-left: 3px solid var(--cc-claim); }
.cc-said figcaption { font-size: 11px; letter-spacing: 0.04em; text-transform: uppercase; color: var(--cc-muted); }
.cc-said blockquote { margin: 2px 0 0; font-style: italic; }
.cc-subhead { margin: 10px 0 0; font-size: 12px; font-weight: 650; text-transform: uppercase; letter-spacing: 0.04em; color: var(--cc-muted); }
.cc-footer { padding: 8px 14px 10px; border-top: 1px solid var(--cc-line); font-size: 11px; color: var(--cc-muted); }
.cc-card .cc-link-button { font: inherit; border: 0; background: none; padding: 0; margin: 0; cursor: pointer; color: var(--cc-link); text-decoration: underline; text-underline-offset: 2px; }
.cc-card .cc-link-button:focus-visible { outline: 2px solid var(--cc-link); outline-offset: 2px; border-radius: 3px; }
.cc-dialog {
  width: 360px; max-width: calc(100vw - 16px); background: var(--cc-bg); border: 1px solid var(--cc-line);
  border-radius: 10px; box-shadow: var(--cc-shadow); overflow: hidden; display: flex; flex-direction: column;
  max-height: min(440px, calc(100vh - 16px));
  animation: cc-in 120ms ease-out;
}
.cc-dialog .cc-card { display: flex; flex-direction: column; min-height: 0; }
.cc-dialog .cc-body { overflow-y: auto; overscroll-behavior: contain; min-height: 0; flex: 1 1 auto; scrollbar-width: thin; scrollbar-color: var(--cc-muted) transparent; }
@keyframes cc-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .cc-dialog { animation: none; } }
`;

/** Buttons, switches, fields and lists of the extension's own pages (popup, options). */
export const CONTROLS_CSS = `
[hidden] { display: none !important; }
.cc-visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.cc-root button, .cc-root input { font: inherit; color: inherit; }
.cc-root :focus-visible { outline: 2px solid var(--cc-link); outline-offset: 2px; border-radius: 4px; }
.cc-button {
  border: 1px solid var(--cc-line); background: var(--cc-bg); color: var(--cc-fg); border-radius: 6px;
  padding: 4px 10px; font-size: 13px; cursor: pointer; line-height: 20px;
}
.cc-button:hover { border-color: var(--cc-muted); }
.cc-root .cc-quiet { border-color: transparent; color: var(--cc-link); padding: 2px 6px; }
.cc-root .cc-link-button { border: 0; background: none; padding: 0; margin: 0; cursor: pointer; text-align: left; color: var(--cc-link); text-decoration: underline; text-decoration-color: transparent; text-underline-offset: 2px; }
.cc-root .cc-link-button:hover { text-decoration-color: currentColor; }
.cc-switch {
  display: flex; align-items: center; gap: 10px; width: 100%; padding: 8px 0; border: 0; background: none;
  cursor: pointer; text-align: left; color: var(--cc-fg);
}
.cc-switch:disabled { cursor: default; opacity: 0.55; }
.cc-switch-text { flex: 1 1 auto; min-width: 0; display: flex; flex-direction: column; }
.cc-switch-label { font-weight: 600; }
.cc-switch-detail { color: var(--cc-muted); font-size: 12px; overflow-wrap: anywhere; }
.cc-switch-track {
  flex: none; width: 36px; height: 20px; border-radius: 999px; background: var(--cc-line); position: relative;
  border: 1px solid var(--cc-muted); transition: background-color 120ms;
}
.cc-switch-thumb {
  position: absolute; top: 2px; left: 2px; width: 14px; height: 14px; border-radius: 50%;
  background: var(--cc-bg); box-shadow: 0 1px 2px rgba(0,0,0,0.3); transition: transform 120ms;
}
.cc-switch[aria-checked="true"] .cc-switch-track { background: var(--cc-switch-on); border-color: var(--cc-switch-on); }
.cc-switch[aria-checked="true"] .cc-switch-thumb { transform: translateX(16px); background: #ffffff; }
.cc-switch[aria-busy="true"] .cc-switch-track { background: var(--cc-line); border-style: dashed; }
.cc-switch[aria-busy="true"] .cc-switch-thumb { opacity: 0; }
.cc-switch-state { flex: none; min-width: 24px; font-size: 12px; color: var(--cc-muted); }
@media (prefers-reduced-motion: reduce) { .cc-switch-track, .cc-switch-thumb { transition: none; } }
.cc-mentions, .cc-results, .cc-page-claims { list-style: none; margin: 0; padding: 0 8px; }
.cc-claims-title { margin: 8px 16px 2px; }
.cc-claim-text { flex: 1 1 auto; min-width: 0; }
.cc-more-mentions { margin: 2px 8px 4px; }
.cc-mention {
  display: flex; flex-direction: column; width: 100%; border: 0; background: none; padding: 6px 6px; margin: 1px 0;
  border-radius: 6px; cursor: pointer; text-align: left; color: var(--cc-fg);
}
.cc-mention:hover { background: var(--cc-hover); }
.cc-mention-top { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; }
.cc-kind-chip { font-size: 11px; color: var(--cc-muted); white-space: nowrap; }
.cc-count { color: var(--cc-muted); font-variant-numeric: tabular-nums; }
.cc-input {
  width: 100%; padding: 6px 10px; border: 1px solid var(--cc-muted); border-radius: 6px; background: var(--cc-bg);
  color: var(--cc-fg); font-size: 14px;
}
.cc-input::placeholder { color: var(--cc-muted); opacity: 1; }
.cc-ask { margin: 0; padding: 10px 14px; border-bottom: 1px solid var(--cc-line); }
.cc-ask .cc-section { margin: 2px 0 6px; }
.cc-ask form { display: flex; flex-direction: column; gap: 6px; align-items: flex-start; }
.cc-ask-input { resize: vertical; font-family: inherit; line-height: 1.35; width: 100%; box-sizing: border-box; }
.cc-ask-answer .cc-card { margin-top: 8px; border: 1px solid var(--cc-border, var(--cc-muted)); border-radius: 8px; }
.cc-nothing { margin-top: 6px; }
.cc-overview-button { margin-top: 6px; }
.cc-fieldset { border: 0; margin: 0 0 10px; padding: 0; min-width: 0; }
.cc-legend { padding: 0; margin-bottom: 4px; font-weight: 600; font-size: 13px; }
.cc-radio { display: flex; gap: 8px; align-items: baseline; padding: 3px 0; cursor: pointer; font-size: 13px; }
.cc-radio input { margin: 0; accent-color: var(--cc-switch-on); }
.cc-root { --cc-switch-on: #2459c4; --cc-hover: #f1f4f8; }
@media (prefers-color-scheme: dark) { .cc-root { --cc-switch-on: #4c8dff; --cc-hover: #262d36; } }
`;
