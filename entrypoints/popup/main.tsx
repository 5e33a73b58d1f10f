/** The toolbar popup: the film's overview, from the same components as the hover card. */
import { render } from 'preact';
import { FilmOverview } from '../../components/FilmOverview';
import { CARD_CSS } from '../../components/styles';
import { dataset } from '../../data/dataset';
import { indexDataset } from '../../data/dataset-index';

const POPUP_CSS = `
html, body { margin: 0; }
body { width: 400px; max-height: 600px; background: var(--cc-bg); }
@media (prefers-color-scheme: dark) { body { background: #1c2128; } }
`;

const style = document.createElement('style');
style.textContent = CARD_CSS + POPUP_CSS;
document.head.append(style);
document.body.classList.add('cc-root');
render(<FilmOverview index={indexDataset(dataset)} />, document.getElementById('app')!);
