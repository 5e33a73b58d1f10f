import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  BLOCK_SEPARATOR,
  emptyPageText,
  isSkipped,
  locate,
  nodeIndexAt,
  readPageText,
  readPageTextNow,
  type PageText,
} from '../../entrypoints/named-page/page-text';

const P = '\u2029';

function read(html: string): PageText {
  document.body.innerHTML = html;
  return readPageTextNow(document.body);
}
/** The page text without the separator that closes the last block. */
const body = (page: PageText) => page.text.replace(/\u2029+$/, '');
const titles = (page: PageText) => page.titled.map(([s, e]) => page.text.slice(s, e));

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('readPageTextNow', () => {
  it('uses U+2029 as the block separator', () => {
    expect(BLOCK_SEPARATOR).toBe('\u2029');
  });

  it('joins text nodes in document order, U+2029 between blocks, "\\n" for <br>', () => {
    const page = read('<h1>Title</h1><p>One <b>two</b><br>three</p><ul><li>Four</li><li>Five</li></ul><div>Six</div>');
    expect(body(page)).toBe(`Title${P}One two\nthree${P}Four${P}Five${P}Six`);
  });

  it('does not start with a separator and never doubles one', () => {
    const page = read('<div><div><p>a</p></div></div><section><article><p>b</p></article></section>');
    expect(page.text.startsWith(P)).toBe(false);
    expect(page.text).not.toContain(P + P);
    expect(body(page)).toBe(`a${P}b`);
  });

  it('adds nothing between inline elements', () => {
    expect(body(read('<p><span>Natalie</span> <a href="#">Portman</a><strong>!</strong></p>'))).toBe('Natalie Portman!');
  });

  it('records every text node with where it starts, ascending', () => {
    const page = read('<h1>Title</h1><p>One <b>two</b><br>three</p>');
    expect(page.nodes.map((n) => n.data)).toEqual(['Title', 'One ', 'two', 'three']);
    expect(page.starts).toEqual([0, 6, 10, 14]);
    page.nodes.forEach((n, i) => expect(page.text.slice(page.starts[i], page.starts[i]! + n.data.length)).toBe(n.data));
  });

  it.each([
    ['script', '<script type="text/plain">hidden words</script>'],
    ['style', '<style>p { color: red }</style>'],
    ['noscript', '<noscript>hidden words</noscript>'],
    ['template', '<template><p>hidden words</p></template>'],
    ['textarea', '<textarea>hidden words</textarea>'],
    ['select', '<select><option>hidden words</option></select>'],
    ['button', '<button>hidden words</button>'],
    ['code', '<code>hidden words</code>'],
    ['pre', '<pre>hidden words</pre>'],
    ['kbd', '<kbd>hidden words</kbd>'],
    ['contenteditable', '<div contenteditable="true">hidden words</div>'],
    ['role=textbox', '<div role="textbox">hidden words</div>'],
    ['[hidden]', '<p hidden>hidden words</p>'],
    ['our own UI', '<context-cards-ui>hidden words</context-cards-ui>'],
  ])('skips %s and everything inside it', (_what, html) => {
    const page = read(`<p>before</p>${html}<p>after</p>`);
    expect(page.text).not.toContain('hidden');
    expect(page.text).toContain('before');
    expect(page.text).toContain('after');
    for (const n of page.nodes) expect(n.data).not.toContain('hidden');
  });

  it('marks <em>, <i>, <cite> and <q> as titled, nothing else', () => {
    const page = read(
      '<p>Watch <em>Good Sex</em>, <i>Girls</i>, <cite>Too Much</cite> and <q>Treasure</q>; not <b>Bold</b> or <span>Plain</span>.</p>',
    );
    expect(titles(page)).toEqual(['Good Sex', 'Girls', 'Too Much', 'Treasure']);
  });

  it('sorts titled spans by start, nested ones included', () => {
    const page = read('<p><em>Outer <i>inner</i> end</em> and <cite>later</cite></p>');
    expect(titles(page)).toEqual(['Outer inner end', 'inner', 'later']);
    for (let i = 1; i < page.titled.length; i++) expect(page.titled[i]![0]).toBeGreaterThanOrEqual(page.titled[i - 1]![0]);
  });

  it('records no titled span for an empty <em>', () => {
    expect(read('<p>a<em></em>b</p>').titled).toEqual([]);
  });

  it('scans open shadow roots', () => {
    document.body.innerHTML = '<p>Light text</p><div id="host"></div><p>More light</p>';
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Natalie Portman in the shadow</p>';
    const page = readPageTextNow(document.body);
    expect(page.text).toContain('Natalie Portman in the shadow');
    expect(page.text).toContain('Light text');
    expect(page.text).toContain('More light');
    const inShadow = page.nodes.find((n) => n.data.includes('Natalie Portman'));
    expect(inShadow?.getRootNode()).toBe(shadow);
  });

  it('does not join text inside a shadow root with text outside it', () => {
    document.body.innerHTML = '<p>Natalie <span id="host"></span></p>';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = 'Portman';
    const page = readPageTextNow(document.body);
    expect(page.text).toContain('Portman');
    expect(page.text.slice(page.text.indexOf('Natalie'), page.text.indexOf('Portman'))).toContain(P);
  });

  it('does not scan closed shadow roots', () => {
    document.body.innerHTML = '<div id="host"></div>';
    document.getElementById('host')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>secret</p>';
    expect(readPageTextNow(document.body).text).not.toContain('secret');
  });
});

describe('design mode', () => {
  it('reads nothing of a document being edited as a whole, and reads it again once editing ends', () => {
    document.body.innerHTML = '<p>Natalie Portman stars.</p>';
    document.designMode = 'on';
    try {
      expect(readPageTextNow(document.body).nodes).toEqual([]);
    } finally {
      document.designMode = 'off';
    }
    expect(body(readPageTextNow(document.body))).toBe('Natalie Portman stars.');
  });
});

describe('readPageText in slices', () => {
  it('yields along the way and ends with the same result as reading at once', () => {
    const html = Array.from({ length: 30 }, (_, i) => `<p>Paragraph <b>${i}</b></p>`).join('');
    const whole = read(html);
    const it = readPageText(document.body, emptyPageText(), 5);
    let yields = 0;
    let r = it.next();
    while (!r.done) {
      yields++;
      r = it.next();
    }
    expect(yields).toBeGreaterThan(5);
    expect(r.value.text).toBe(whole.text);
    expect(r.value.starts).toEqual(whole.starts);
    expect(r.value.nodes).toEqual(whole.nodes);
  });
});

/** Every text node read is where the text says: its data starts at its offset. */
function consistent(page: PageText): boolean {
  return page.nodes.every((n, i) => page.text.slice(page.starts[i]!, page.starts[i]! + n.data.length) === n.data);
}

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const pages = [
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .map((f) => resolve(FIXTURES, f)),
  ...readdirSync(resolve(FIXTURES, 'corpus'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => resolve(FIXTURES, 'corpus', f)),
];

describe('reading the whole text at once, or node by node', () => {
  it.each(pages.map((p) => [p.slice(FIXTURES.length + 1), p]))('%s: the same text, nodes, offsets and titles', (_, path) => {
    const html = readFileSync(path, 'utf8');
    document.body.innerHTML = html.replace(/^[\s\S]*?<body[^>]*>/i, '').replace(/<\/body>[\s\S]*$/i, '');
    const whole = readPageTextNow(document.body, 'whole');
    const live = readPageTextNow(document.body, 'live');
    expect(whole.nodes.length).toBeGreaterThan(0);
    expect(whole.text).toBe(live.text);
    expect(whole.starts).toEqual(live.starts);
    expect(whole.nodes).toEqual(live.nodes);
    expect(whole.titled).toEqual(live.titled);
    expect(consistent(whole)).toBe(true);
  });

  it('steps over what it leaves out: scripts, code, editable regions, a <br> a script gave text to, shadow trees', () => {
    document.body.innerHTML =
      '<p>One <script>var x = "Natalie Portman";</script>two</p><pre>code</pre><div contenteditable>typed</div><p>three<br>four</p><div id="host">light</div><p>five</p>';
    document.querySelector('br')!.append('hidden in a br');
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>shadow text</p><slot></slot>';
    const whole = readPageTextNow(document.body, 'whole');
    expect(whole.text).toBe(readPageTextNow(document.body, 'live').text);
    expect(body(whole)).toBe(`One two${P}three\nfour${P}shadow text${P}light${P}five`);
    expect(consistent(whole)).toBe(true);
  });

  it('a page changing between slices is read as it is when each node is reached', () => {
    document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<p id="p${i}">Paragraph ${i}</p>`).join('');
    const it = readPageText(document.body, emptyPageText(), 5);
    it.next();
    // Later nodes change length after the whole text was taken: the reading must not shift.
    document.getElementById('p30')!.firstChild!.textContent = 'Paragraph thirty, much longer now';
    document.getElementById('p31')!.remove();
    let r = it.next();
    while (!r.done) r = it.next();
    expect(consistent(r.value)).toBe(true);
    expect(r.value.text).toContain('Paragraph thirty, much longer now');
    expect(r.value.text).not.toContain('Paragraph 31');
    expect(r.value.text).toBe(readPageTextNow(document.body, 'live').text);
  });

  it('a change that keeps every length is caught too (the text taken at the start is stale)', () => {
    document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<p id="p${i}">Paragraph ${i}</p>`).join('');
    const it = readPageText(document.body, emptyPageText(), 5);
    it.next();
    document.getElementById('p30')!.firstChild!.textContent = 'Paragraph XX';
    let r = it.next();
    while (!r.done) r = it.next();
    expect(r.value.text).toContain('Paragraph XX');
    expect(consistent(r.value)).toBe(true);
  });
});

describe('locate', () => {
  it('maps every offset inside a text node back to that node', () => {
    const page = read('<h1>Title</h1><p>One <b>two</b><br>three</p>');
    page.nodes.forEach((node, i) => {
      for (let k = 0; k < node.data.length; k++) {
        const at = locate(page, page.starts[i]! + k);
        expect(at?.node).toBe(node);
        expect(at?.offset).toBe(k);
      }
    });
  });

  it('maps an end offset to the end of the node it closes', () => {
    const page = read('<p><b>Natalie</b> Portman</p>');
    const end = page.text.indexOf('Natalie') + 'Natalie'.length;
    expect(locate(page, end, true)).toEqual({ node: page.nodes[0], offset: 7 });
    // As a start, the same offset is the beginning of the next node.
    expect(locate(page, end)).toEqual({ node: page.nodes[1], offset: 0 });
    expect(nodeIndexAt(page, end, true)).toBe(0);
    expect(nodeIndexAt(page, end)).toBe(1);
  });

  it('maps a mention spanning nodes to the nodes that hold its ends', () => {
    const page = read('<p>Star: <em>Natalie</em> Portman.</p>');
    const start = page.text.indexOf('Natalie Portman');
    const end = start + 'Natalie Portman'.length;
    const a = locate(page, start)!;
    const b = locate(page, end, true)!;
    expect(a.node.data.slice(a.offset)).toBe('Natalie');
    expect(b.node.data.slice(0, b.offset)).toBe(' Portman');
  });

  it('returns null for a position inside separators we inserted', () => {
    const page = read('<p>one<br><br>two</p>');
    expect(body(page)).toBe('one\n\ntwo');
    expect(locate(page, 4)).toBeNull();
  });

  it('returns null on an empty page', () => {
    const page = read('');
    expect(locate(page, 0)).toBeNull();
  });
});

describe('isSkipped', () => {
  it('skips editable and hidden elements, not ordinary ones', () => {
    const el = (html: string) => {
      document.body.innerHTML = html;
      return document.body.firstElementChild!;
    };
    expect(isSkipped(el('<div contenteditable="true"></div>'))).toBe(true);
    expect(isSkipped(el('<div contenteditable="TRUE"></div>'))).toBe(true);
    expect(isSkipped(el('<div contenteditable="false"></div>'))).toBe(false);
    expect(isSkipped(el('<div hidden></div>'))).toBe(true);
    expect(isSkipped(el('<pre></pre>'))).toBe(true);
    expect(isSkipped(el('<p></p>'))).toBe(false);
  });
});
