import { render } from 'preact';
import { CARD_CSS, CONTROLS_CSS } from '../../components/styles';
import { Options } from './Options';

const OPTIONS_CSS = `
html, body { margin: 0; }
html { color-scheme: light dark; }
body { background: var(--cc-bg); min-height: 100vh; }
.cc-options { max-width: 620px; margin: 0 auto; padding: 24px 20px 40px; }
.cc-options-head { display: flex; gap: 12px; align-items: flex-start; margin-bottom: 8px; }
.cc-options-title { margin: 0 0 4px; font-size: 22px; }
.cc-options-head .cc-page-note { margin: 0; }
.cc-page-note { color: var(--cc-muted); font-size: 13px; margin: 4px 0 8px; }
.cc-options-section { border-top: 1px solid var(--cc-line); padding: 12px 0 8px; }
.cc-options-h2 { margin: 0 0 6px; font-size: 16px; }
.cc-options-h3 { margin: 12px 0 4px; font-size: 14px; }
.cc-sites { list-style: none; margin: 0; padding: 0; }
.cc-site { display: flex; justify-content: space-between; align-items: center; gap: 12px; padding: 6px 0; border-bottom: 1px solid var(--cc-line); }
.cc-site:last-child { border-bottom: 0; }
.cc-site-name { overflow-wrap: anywhere; }
`;

const style = document.createElement('style');
style.textContent = CARD_CSS + CONTROLS_CSS + OPTIONS_CSS;
document.head.append(style);
document.body.classList.add('cc-root');
render(<Options />, document.getElementById('app')!);
