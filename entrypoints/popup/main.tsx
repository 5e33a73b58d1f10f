import { render } from 'preact';
import { CARD_CSS, CONTROLS_CSS } from '../../components/styles';
import { dataset } from '../../data/core/facts/dataset';
import { indexDataset } from '../../data/core/facts/dataset-index';
import { App } from './App';

/**
 * 380 px wide: Chrome's popup is at most 800 x 600 and Firefox's panels are narrower; the
 * content scrolls vertically and never sideways. At most 100% of <html>, not 100vw: a
 * vertical scrollbar that takes room (Firefox's) is inside 100vw, and the body then stuck out
 * by its width, scrolling the popup sideways.
 */
const POPUP_CSS = `
html, body { margin: 0; }
html { color-scheme: light dark; }
body { width: 380px; max-width: 100%; background: var(--cc-bg); overflow-x: hidden; }
.cc-top { display: flex; align-items: center; gap: 8px; padding: 10px 14px 6px; }
.cc-title { flex: 1; font-weight: 650; font-size: 15px; }
.cc-switches { padding: 0 14px 4px; border-bottom: 1px solid var(--cc-line); }
.cc-switches .cc-switch + .cc-switch { border-top: 1px solid var(--cc-line); }
.cc-page { border-bottom: 1px solid var(--cc-line); padding-bottom: 6px; }
.cc-page-note { margin: 0 14px 8px; color: var(--cc-muted); font-size: 13px; }
.cc-empty { padding-bottom: 6px; }
.cc-empty .cc-button { margin: 0 14px; }
.cc-search { padding: 10px 14px 4px; border-bottom: 1px solid var(--cc-line); }
.cc-search .cc-results { padding: 4px 0; margin: 0 -6px; }
.cc-search .cc-page-note { margin: 6px 0; }
.cc-overview { border-bottom: 1px solid var(--cc-line); }
.cc-popup-settings { padding: 8px 14px 12px; }
.cc-popup-settings summary { cursor: pointer; font-size: 13px; color: var(--cc-muted); }
.cc-popup-settings .cc-settings { margin-top: 8px; }
.cc-open { padding: 8px 0 0; }
.cc-back { margin: 0 14px 6px; }
.cc-open-card .cc-name:focus { outline: none; }
`;

const style = document.createElement('style');
style.textContent = CARD_CSS + CONTROLS_CSS + POPUP_CSS;
document.head.append(style);
document.body.classList.add('cc-root');
render(<App index={indexDataset(dataset)} />, document.getElementById('app')!);
