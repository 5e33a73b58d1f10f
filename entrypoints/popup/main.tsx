import { render } from 'preact';
import { CARD_CSS } from '../../components/styles';
import { dataset } from '../../data/dataset';
import { indexDataset } from '../../data/dataset-index';
import { App } from './App';

const POPUP_CSS = `
html, body { margin: 0; }
body { width: 400px; background: var(--cc-bg); }
.cc-page { border-bottom: 1px solid var(--cc-line); padding-bottom: 6px; }
.cc-page .cc-people { padding: 0 14px; }
.cc-page-note { margin: 0 14px 8px; color: var(--cc-muted); font-size: 13px; }
.cc-count { color: var(--cc-muted); font-variant-numeric: tabular-nums; }
`;

const style = document.createElement('style');
style.textContent = CARD_CSS + POPUP_CSS;
document.head.append(style);
document.body.classList.add('cc-root');
render(<App index={indexDataset(dataset)} />, document.getElementById('app')!);
