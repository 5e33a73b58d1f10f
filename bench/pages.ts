/**
 * The pages the browser parts load: a long article (about 1 MB of text in tens of thousands
 * of text nodes, names set in links, bold and italics, with the film's context around them)
 * and a "storm" page whose own script keeps appending paragraphs. Both are generated from a
 * seed and written to a temporary folder.
 */
import { between, mulberry32, pick, type Rng } from './prng';

const WORDS = (
  'the of and to in a is that for it as was with be by on not this are or from at which but have an they were their one ' +
  'all can been has more if will would there what about up out so when who its into only other new some could time these ' +
  'two may then first any like now over such made after also did many before through back years where much way well down ' +
  'should because each just those people how too little state good very make world still own see work long get here ' +
  'between both life being under never day same another know while last might great old year off come since against go ' +
  'came right used take three week city studio release festival audience review season premiere interview schedule budget ' +
  'screening critics camera scene script story evening morning weekend rights deal sales streaming theatre cinema drama ' +
  'feature project production summer winter spring autumn reported according statement agreed announced confirmed'
).split(' ');
const CAPITALS =
  'The It In On At After Before When While Critics Berlin London Paris Tuesday Friday Sunday January March September Variety Toronto Venice Cannes Europe'.split(
    ' ',
  );

function words(rng: Rng, lo: number, hi: number): string {
  const n = between(rng, lo, hi);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick(rng, WORDS));
  return out.join(' ');
}

function sentence(rng: Rng): string {
  return `${pick(rng, CAPITALS)} ${words(rng, 6, 16)}.`;
}

/** A run of prose cut into text nodes by inline elements, as a news site's markup does. */
function inlineProse(rng: Rng, pieces: number): string {
  const out: string[] = [];
  for (let i = 0; i < pieces; i++) {
    const r = rng();
    if (r < 0.2) out.push(`<a href="#s${between(rng, 1, 999)}">${words(rng, 1, 4)}</a>`);
    else if (r < 0.32) out.push(`<b>${words(rng, 1, 3)}</b>`);
    else if (r < 0.42) out.push(`<em>${words(rng, 1, 3)}</em>`);
    else out.push(rng() < 0.5 ? sentence(rng) : words(rng, 3, 9));
  }
  return out.join(' ');
}

/** Sentences naming the film's people in its context, marked up in the ways pages do. */
const NAMED: Array<(rng: Rng) => string> = [
  () => `<b>Natalie Portman</b> stars in the Netflix rom-com <em>Good Sex</em>, written with Lena Dunham.`,
  () => `Directed by <a href="#dunham">Lena Dunham</a>, the romantic comedy also features <b>Mark</b> Ruffalo.`,
  () => `Portman plays Ally, a couples' therapist, in <em>Good Sex</em> for Netflix.`,
  () => `The cast of the Netflix film includes Rashida Jones, Meg Ryan and <a href="#tp">Tucker Pillsbury</a>.`,
  () => `Producers Sophie Mas and Natalie Portman made the rom-com through MountainA with FilmNation.`,
  () => `<b>Natalie</b> Portman and <b>Tramell Tillman</b> were seen at the premiere of <em>Good Sex</em>.`,
];

export interface GeneratedPage {
  html: string;
  /** Characters of text (what `textContent` of the body holds, roughly). */
  textChars: number;
  paragraphs: number;
}

/** An article page of about `chars` characters of text, with a name sentence about every `every` characters. */
export function articlePage(chars = 1_000_000, seed = 7, every = 1000): GeneratedPage {
  const rng = mulberry32(seed);
  const parts: string[] = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench article</title>',
    '<style>body{font:16px/1.5 serif;max-width:44em;margin:2em auto}</style></head><body><main><article>',
    '<h1>A long read about a season of films</h1>',
  ];
  let text = 0;
  let paragraphs = 0;
  let nextName = between(rng, every / 2, every * 1.5);
  while (text < chars) {
    if (paragraphs % 25 === 0) parts.push(paragraphs ? '</section><section>' : '<section>', `<h2>${sentence(rng)}</h2>`);
    let p = inlineProse(rng, between(rng, 10, 18));
    const plain = p.replace(/<[^>]+>/g, '').length;
    if (text + plain >= nextName) {
      const named = pick(rng, NAMED)(rng);
      p += ' ' + named;
      nextName = text + plain + between(rng, every / 2, every * 1.5);
    }
    parts.push(`<p>${p}</p>\n`);
    text += p.replace(/<[^>]+>/g, '').length + 1;
    paragraphs++;
  }
  parts.push('</section></article></main></body></html>');
  return { html: parts.join(''), textChars: text, paragraphs };
}

export interface StormOptions {
  batches: number;
  perBatch: number;
  intervalMs: number;
  /** One paragraph in this many names someone. */
  nameEvery: number;
}

export const STORM: StormOptions = { batches: 1000, perBatch: 10, intervalMs: 10, nameEvery: 3 };

/**
 * A page whose script appends `perBatch` paragraphs every `intervalMs`, `batches` times,
 * once `window.__storm.start()` is called. It keeps its own record in `window.__storm`: when
 * each batch went in, how many names it had added so far, and the time of the last append.
 * Names are full names (always marked), so the expected count is exact.
 */
export function stormPage(o: StormOptions = STORM, seed = 11): string {
  const rng = mulberry32(seed);
  // The paragraphs' text is generated here and shipped as a compact template list, so the
  // page's own script does little besides appending (its cost is the same with and without us).
  const fillers: string[] = [];
  for (let i = 0; i < 200; i++) fillers.push(inlineProse(rng, between(rng, 4, 8)));
  const names = [
    '<b>Natalie Portman</b>',
    'Lena Dunham',
    '<a href="#r">Mark Ruffalo</a>',
    'Rashida Jones',
    'Meg Ryan',
    'Tucker Pillsbury',
    'Sophie Mas',
    'Tramell Tillman',
  ];
  const script = `
(() => {
  const FILLERS = ${JSON.stringify(fillers)};
  const NAMES = ${JSON.stringify(names)};
  const O = ${JSON.stringify(o)};
  const feed = document.getElementById('feed');
  const s = window.__storm = { names: 0, appended: 0, batchTimes: [], namesAt: [], lastAppend: 0, done: false, started: 0 };
  let k = 0;
  function batch(i) {
    const frag = document.createDocumentFragment();
    for (let j = 0; j < O.perBatch; j++, k++) {
      const p = document.createElement('p');
      let html = FILLERS[(k * 7919) % FILLERS.length];
      if (k % O.nameEvery === 0) { html += ' Last night ' + NAMES[k % NAMES.length] + ' spoke to reporters.'; s.names++; }
      p.innerHTML = html;
      frag.appendChild(p);
    }
    feed.appendChild(frag);
    s.appended += O.perBatch;
    s.lastAppend = performance.now();
    s.batchTimes.push(s.lastAppend);
    s.namesAt.push(s.names);
  }
  s.start = () => {
    s.started = performance.now();
    let i = 0;
    const tick = () => {
      batch(i++);
      if (i >= O.batches) { s.done = true; return; }
      // Keep to the schedule: the next batch is due at start + i * interval, late or not.
      setTimeout(tick, Math.max(0, s.started + i * O.intervalMs - performance.now()));
    };
    tick();
  };
})();`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench storm</title></head><body>
<header><h1>Live feed</h1></header><main id="feed"></main><script>${script}</script></body></html>`;
}

/**
 * A page of `marks` paragraphs with a name each and, on `go(n)`, `n` of those names registered
 * as ranges of one CSS highlight (as the extension does), then 300 batches of 10 appended
 * paragraphs, 10 ms apart. No extension involved: it shows what the browser itself spends
 * keeping highlight ranges painted while the page changes.
 */
export function highlightCostPage(marks = 2400, batches = 300): string {
  const body: string[] = [];
  for (let i = 0; i < marks; i++)
    body.push(`<p>Paragraph ${i}, in which <b>Natalie Portman</b> and a few more words about the film go on for a while.</p>`);
  const script = `
window.go = (n) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('::highlight(bench) { text-decoration: underline dotted 2px; }');
  document.adoptedStyleSheets = [sheet];
  const h = new Highlight();
  let k = 0;
  for (const b of document.querySelectorAll('p b')) {
    if (k++ >= n) break;
    const r = document.createRange();
    r.selectNodeContents(b.firstChild);
    h.add(r);
  }
  CSS.highlights.set('bench', h);
  return new Promise((ok) => {
    let i = 0;
    const t0 = performance.now();
    const tick = () => {
      const f = document.createDocumentFragment();
      for (let j = 0; j < 10; j++) { const p = document.createElement('p'); p.textContent = 'Appended paragraph ' + i + '.' + j; f.appendChild(p); }
      document.body.appendChild(f);
      if (++i < ${batches}) setTimeout(tick, Math.max(0, t0 + i * 10 - performance.now()));
      else ok({ t0, ms: performance.now() - t0 });
    };
    tick();
  });
};`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench highlight cost</title></head><body>${body.join('\n')}<script>${script}</script></body></html>`;
}

/**
 * Ordinary pages, the kind almost every page a person opens is: nothing about the film.
 * An encyclopedia-style article (infobox, contents, sections, a table, references, a long
 * navigation footer) and a news page (site navigation, a story, a sidebar, comments).
 */
export function encyclopediaPage(seed = 21, sections = 24): string {
  const rng = mulberry32(seed);
  const parts = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>River systems of the northern plain</title>',
    '<style>body{font:14px/1.6 sans-serif;margin:0;display:flex}nav{width:11em;padding:1em}main{flex:1;max-width:60em;padding:1em}',
    '.infobox{float:right;width:20em;border:1px solid #ccc;margin:0 0 1em 1em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}</style></head><body>',
  ];
  parts.push(
    '<nav><ul>',
    ...Array.from({ length: 40 }, () => `<li><a href="#n${between(rng, 1, 999)}">${words(rng, 1, 3)}</a></li>`),
    '</ul></nav><main><article>',
  );
  parts.push(
    '<h1>River systems of the northern plain</h1><table class="infobox">',
    ...Array.from({ length: 14 }, () => `<tr><th>${words(rng, 1, 2)}</th><td>${words(rng, 2, 6)}</td></tr>`),
    '</table>',
  );
  parts.push(
    '<div id="toc"><h2>Contents</h2><ol>',
    ...Array.from({ length: sections }, (_, i) => `<li><a href="#s${i}">${words(rng, 2, 5)}</a></li>`),
    '</ol></div>',
  );
  for (let s = 0; s < sections; s++) {
    parts.push(`<h2 id="s${s}">${sentence(rng)}</h2>`);
    for (let p = between(rng, 3, 6); p > 0; p--)
      parts.push(
        `<p>${inlineProse(rng, between(rng, 8, 16))}<sup><a href="#r${between(rng, 1, 200)}">[${between(rng, 1, 200)}]</a></sup></p>`,
      );
    if (s % 6 === 3)
      parts.push(
        '<table>',
        ...Array.from({ length: 8 }, () => `<tr>${Array.from({ length: 4 }, () => `<td>${words(rng, 1, 3)}</td>`).join('')}</tr>`),
        '</table>',
      );
  }
  parts.push(
    '<h2>References</h2><ol>',
    ...Array.from({ length: 120 }, () => `<li><a href="#x">${words(rng, 3, 8)}</a>. ${words(rng, 2, 6)}.</li>`),
    '</ol>',
  );
  parts.push('</article></main></body></html>');
  return parts.join('');
}

export function newsPage(seed = 22): string {
  const rng = mulberry32(seed);
  const parts = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>City council approves new budget</title>',
    '<style>body{font:16px/1.5 Georgia,serif;margin:0}header,footer{background:#eee;padding:1em}main{display:flex;gap:2em;max-width:70em;margin:auto}article{flex:3}aside{flex:1}</style></head><body>',
  ];
  parts.push(
    '<header><nav>',
    ...Array.from({ length: 25 }, () => `<a href="#c">${words(rng, 1, 2)}</a> `),
    '</nav></header><main><article>',
  );
  parts.push(`<h1>${sentence(rng)}</h1><p class="byline">${words(rng, 3, 6)}</p>`);
  for (let p = 0; p < 28; p++) parts.push(`<p>${inlineProse(rng, between(rng, 6, 12))}</p>`);
  parts.push(
    '<section class="comments"><h2>Comments</h2>',
    ...Array.from(
      { length: 30 },
      () => `<div class="comment"><b>${words(rng, 1, 2)}</b><p>${inlineProse(rng, between(rng, 2, 6))}</p></div>`,
    ),
    '</section>',
  );
  parts.push(
    '</article><aside><h2>Most read</h2><ol>',
    ...Array.from({ length: 12 }, () => `<li><a href="#m">${sentence(rng)}</a></li>`),
    '</ol></aside></main>',
  );
  parts.push('<footer>', ...Array.from({ length: 40 }, () => `<a href="#f">${words(rng, 1, 3)}</a> `), '</footer></body></html>');
  return parts.join('');
}

/** A news story about the film: a dozen or so mentions, the case a reader of film news meets. */
export function filmNewsPage(seed = 23): string {
  const rng = mulberry32(seed);
  const parts = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Netflix sets its slate</title>',
    '<style>body{font:16px/1.5 Georgia,serif;max-width:44em;margin:2em auto}</style></head><body><main><article>',
    '<h1>Netflix sets its slate for the year</h1>',
  ];
  for (let p = 0; p < 30; p++) {
    let text = inlineProse(rng, between(rng, 6, 12));
    if (p % 5 === 2) text += ' ' + pick(rng, NAMED)(rng);
    parts.push(`<p>${text}</p>`);
  }
  parts.push('</article></main></body></html>');
  return parts.join('');
}
