/** The incremental scanner over a happy-dom page: changed blocks only, removed marks dropped, loops slowed. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataset } from '../../data/core/facts/dataset';
import { createDetector } from '../../data/core/names/detect';
import {
  claimLayer,
  nameLayer,
  startScanner,
  type MarkPainter,
  type Scanner,
  type ScannerOptions,
} from '../../entrypoints/named-page/scanner';

const detect = createDetector(dataset);

/** The scanner over the document's body, marking names with `painter`. */
const scanWith = (painter: MarkPainter, options: Partial<ScannerOptions> = {}): Scanner =>
  startScanner({ root: document.body, names: nameLayer(detect, painter, document), ignore: () => false, ...options });

function fakePainter() {
  const painted = new Set<Range>();
  const holds: number[] = [];
  const painter: MarkPainter = {
    add: (ms) => {
      for (const m of ms) painted.add(m.range);
    },
    remove: (ms) => {
      for (const m of ms) painted.delete(m.range);
    },
    clear: () => painted.clear(),
    hold: () => holds.push(performance.now()),
  };
  return { painter, painted, holds };
}

let scanner: Scanner | null = null;
beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => {
  scanner?.stop();
  scanner = null;
});

const texts = (s: Scanner) => s.store.all().map((m) => m.text);

describe('scanner: reading the claims again', () => {
  it('rescanClaims reads the claims alone, on the text of the last full read while the page is unchanged', async () => {
    document.body.innerHTML = '<p>Natalie Portman stars in Good Sex.</p><p>Filming wrapped in late 2025.</p>';
    const names = fakePainter();
    const claims = fakePainter();
    let claimReads = 0;
    const texts: string[] = [];
    const finder = {
      *steps(page: { text: string }) {
        claimReads++;
        texts.push(page.text);
        // The first read finds nothing; a second read finds the sentence (as the matcher's answers would).
        if (claimReads < 2) return [];
        const start = page.text.indexOf('Filming');
        const end = start + 'Filming wrapped in late 2025.'.length;
        return [{ claim: 'C37', stance: 'states' as const, start, end, text: page.text.slice(start, end) }];
      },
      mayClaim: () => true,
    };
    scanner = scanWith(names.painter, { claims: claimLayer(finder, claims.painter, document) });
    await scanner.ready();
    const namesBefore = scanner.store.all();
    expect(scanner.claims.size).toBe(0);
    scanner.rescanClaims();
    await scanner.ready();
    expect(claimReads).toBe(2);
    expect(scanner.claims.all().map((m) => m.text)).toEqual(['Filming wrapped in late 2025.']);
    expect(claims.painted.size).toBe(1);
    // The names were not read again: the same marks, the same objects.
    expect(scanner.store.all()).toEqual(namesBefore);
    expect(texts[1]).toBe(texts[0]);
  });
});

describe('scanner', () => {
  it('marks the page once, then rescans only the block that changed', async () => {
    document.body.innerHTML =
      '<article><p id="a">Natalie Portman stars.</p><p id="b">Nothing here.</p><p id="c">Lena Dunham directs.</p></article>';
    const { painter, painted } = fakePainter();
    scanner = scanWith(painter);
    await scanner.ready();
    expect(texts(scanner)).toEqual(['Natalie Portman', 'Lena Dunham']);
    expect(painted.size).toBe(2);

    document.getElementById('b')!.textContent = 'Mark Ruffalo joins.';
    await scanner.ready();
    expect(texts(scanner)).toEqual(['Natalie Portman', 'Mark Ruffalo', 'Lena Dunham']);
    expect(scanner.stats()).toMatchObject({ fullScans: 1, blockScans: 1 });
    expect(painted.size).toBe(3);
  });

  it('drops the marks of removed nodes', async () => {
    document.body.innerHTML = '<p id="a">Natalie Portman stars.</p><p id="b">Mark Ruffalo joins.</p>';
    const { painter, painted } = fakePainter();
    scanner = scanWith(painter);
    await scanner.ready();
    document.getElementById('b')!.remove();
    await scanner.ready();
    expect(texts(scanner)).toEqual(['Natalie Portman']);
    expect(painted.size).toBe(1);
  });

  it('scans an appended post on its own', async () => {
    document.body.innerHTML = '<main id="feed"><p>Lena Dunham directs.</p></main>';
    const { painter } = fakePainter();
    scanner = scanWith(painter);
    await scanner.ready();
    const post = document.createElement('article');
    post.innerHTML = '<p>Mark Ruffalo plays the older man.</p>';
    document.getElementById('feed')!.append(post);
    await scanner.ready();
    expect(texts(scanner)).toEqual(['Lena Dunham', 'Mark Ruffalo']);
    expect(scanner.stats().fullScans).toBe(1);
  });

  it('accepts a bare surname once the full name arrives elsewhere on the page', async () => {
    document.body.innerHTML = '<p>Ryan was there too.</p><div id="later"></div>';
    const { painter } = fakePainter();
    scanner = scanWith(painter);
    await scanner.ready();
    expect(texts(scanner)).toEqual([]);
    document.getElementById('later')!.innerHTML = '<p>Meg Ryan joins the cast.</p>';
    await scanner.ready();
    expect(texts(scanner)).toEqual(['Ryan', 'Meg Ryan']);
  });

  it('ignores changes inside its own UI and inside form fields', async () => {
    document.body.innerHTML = '<p>Natalie Portman</p><context-cards-ui id="ui"></context-cards-ui><textarea id="t"></textarea>';
    const { painter } = fakePainter();
    scanner = scanWith(painter, { ignore: (n) => (n instanceof Element ? n : n.parentElement)?.closest('context-cards-ui') != null });
    await scanner.ready();
    const before = scanner.stats();
    document.getElementById('ui')!.textContent = 'Lena Dunham';
    (document.getElementById('t') as HTMLTextAreaElement).textContent = 'Lena Dunham';
    await new Promise((r) => setTimeout(r, 300));
    await scanner.ready();
    expect(scanner.stats()).toEqual(before);
    expect(texts(scanner)).toEqual(['Natalie Portman']);
  });

  it('slows down a block the page rewrites in a loop', async () => {
    document.body.innerHTML = '<p>Natalie Portman</p><div id="clock">12:00:00</div>';
    const { painter } = fakePainter();
    scanner = scanWith(painter);
    await scanner.ready();
    const clock = document.getElementById('clock')!;
    // Twenty ticks, each after the previous rescan settled: without a guard, twenty rescans.
    for (let i = 0; i < 20; i++) {
      clock.textContent = `12:00:${String(i).padStart(2, '0')}`;
      await scanner.ready();
    }
    const { blockScans, deferred } = scanner.stats();
    expect(blockScans).toBeLessThanOrEqual(5);
    expect(deferred).toBeGreaterThanOrEqual(1);
  });
});

describe('scanner and blocks that change in a loop', () => {
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('a ticker rewriting a name in place is read at the back-off pace, its broken marks taken off at once', async () => {
    document.body.innerHTML = '<p>Lena Dunham directs.</p><p id="ticker">Natalie Portman at 0</p>';
    const { painter, painted } = fakePainter();
    scanner = scanWith(painter);
    await scanner.ready();
    const ticker = document.getElementById('ticker')!;
    // Rewritten every 50 ms for 2 s, the way a ticker replaces its text node.
    for (let i = 1; i <= 40; i++) {
      ticker.textContent = `Natalie Portman at ${i}`;
      await wait(50);
    }
    await wait(200);
    // The first rewrites within the loop limit are read; then nothing until the back-off ends.
    expect(scanner.stats().blockScans).toBeLessThanOrEqual(5);
    expect(scanner.stats().deferred).toBe(1);
    // No mark left standing on text the page took away; the other block's mark untouched.
    expect(texts(scanner)).toEqual(['Lena Dunham']);
    expect(painted.size).toBe(1);
  });

  it('a block the page keeps moving (a list that reorders) is repaired every time', async () => {
    document.body.innerHTML = '<main><p id="a">Natalie Portman stars.</p><p id="b">Mark Ruffalo co-stars.</p></main>';
    const { painter } = fakePainter();
    scanner = scanWith(painter);
    await scanner.ready();
    const main = document.querySelector('main')!;
    for (let i = 0; i < 8; i++) {
      // Swap the two paragraphs, as React moves keyed children.
      main.append(main.firstElementChild!);
      await scanner.ready();
      expect(texts(scanner).sort()).toEqual(['Mark Ruffalo', 'Natalie Portman']);
      expect(scanner.store.all().every((m) => !m.range.collapsed && m.nodes.every((n) => n.isConnected))).toBe(true);
    }
  });
});

describe('scanner stopped mid-scan', () => {
  it('a scan under way when the scanner stops paints nothing more', async () => {
    document.body.innerHTML = Array.from({ length: 800 }, (_, i) => `<p>Paragraph ${i}: Natalie Portman and Lena Dunham.</p>`).join('');
    const { painter, painted } = fakePainter();
    const s = scanWith(painter);
    await new Promise((r) => setTimeout(r, 30));
    s.stop();
    const atStop = painted.size;
    await new Promise((r) => setTimeout(r, 1500));
    expect(painted.size).toBe(atStop);
  });
});

describe('scanner in a storm', () => {
  const tick = () => new Promise((r) => setTimeout(r, 20));

  it('holds the marks while the page keeps adding elements many times a second, and still marks every name', async () => {
    document.body.innerHTML = '<p>Natalie Portman stars.</p><div id="feed"></div>';
    const { painter, holds } = fakePainter();
    scanner = scanWith(painter);
    await scanner.ready();
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < 12; i++) {
      const p = document.createElement('p');
      p.textContent = i % 3 === 0 ? 'Lena Dunham wrote it.' : 'Nothing here.';
      feed.append(p);
      await tick();
    }
    await scanner.ready();
    // Eight appends within a second make a storm: every append from the eighth on holds.
    expect(holds.length).toBe(5);
    expect(texts(scanner)).toEqual(['Natalie Portman', 'Lena Dunham', 'Lena Dunham', 'Lena Dunham', 'Lena Dunham']);
  });

  it('a clock rewriting its text as fast is no storm: nothing is held', async () => {
    document.body.innerHTML = '<p>Natalie Portman stars.</p><div id="clock">12:00:00</div>';
    const { painter, holds } = fakePainter();
    scanner = scanWith(painter);
    await scanner.ready();
    const clock = document.getElementById('clock')!;
    for (let i = 0; i < 12; i++) {
      clock.textContent = `12:00:${String(i).padStart(2, '0')}`;
      await tick();
    }
    expect(holds).toEqual([]);
  });

  it('appends spread out (one every 200 ms) are no storm either', async () => {
    document.body.innerHTML = '<div id="feed"></div>';
    const { painter, holds } = fakePainter();
    scanner = scanWith(painter);
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < 9; i++) {
      feed.append(document.createElement('p'));
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(holds).toEqual([]);
  });
});

describe('scanner and shadow roots', () => {
  it('reads open shadow roots and follows changes inside them', async () => {
    document.body.innerHTML = '<p>Lena Dunham directs.</p><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="inner">Natalie Portman stars.</p>';
    const { painter } = fakePainter();
    scanner = scanWith(painter);
    await scanner.ready();
    expect(texts(scanner)).toEqual(['Lena Dunham', 'Natalie Portman']);
    shadow.getElementById('inner')!.textContent = 'Mark Ruffalo joins.';
    await scanner.ready();
    expect(texts(scanner).sort()).toEqual(['Lena Dunham', 'Mark Ruffalo']);
  });

  it('reports each time the marks settle, so the badge can follow the count', async () => {
    document.body.innerHTML = '<p id="a">Natalie Portman stars.</p>';
    const counts: number[] = [];
    scanner = scanWith(fakePainter().painter, { onSettled: (store) => counts.push(store.size) });
    await scanner.ready();
    await new Promise((r) => setTimeout(r, 0));
    expect(counts.at(-1)).toBe(1);
    const p = document.createElement('p');
    p.textContent = 'Lena Dunham directs. Mark Ruffalo co-stars.';
    document.body.append(p);
    await scanner.ready();
    await new Promise((r) => setTimeout(r, 0));
    expect(counts.at(-1)).toBe(3);
  });
});

describe('scanner and claim notes', () => {
  it("marks a claim's sentence apart from the names, and follows the block when it changes", async () => {
    const { claimSteps, mayClaim } = await import('../../data/core/claims/claims');
    document.body.innerHTML =
      '<h1>Lena Dunham\u2019s Good Sex</h1><p id="a">Filming wrapped in late 2025 in New York City.</p><p id="b">Natalie Portman stars.</p>';
    const names = fakePainter();
    const claims = fakePainter();
    scanner = scanWith(names.painter, { claims: claimLayer({ steps: claimSteps, mayClaim }, claims.painter, document) });
    await scanner.ready();
    expect(scanner.claims.all().map((m) => [m.text, m.claims])).toEqual([
      ['Filming wrapped in late 2025 in New York City.', [{ id: 'C37', stance: 'states' }]],
    ]);
    expect(claims.painted.size).toBe(1);
    expect(names.painted.size).toBe(3); // Lena Dunham, Good Sex, Natalie Portman: no claim among them

    document.getElementById('a')!.textContent = 'Filming ended in August 2025.';
    await scanner.ready();
    expect(scanner.claims.all().map((m) => m.claims[0]!.id)).toEqual(['X18']);
    expect(claims.painted.size).toBe(1);

    document.getElementById('a')!.remove();
    await scanner.ready();
    expect(scanner.claims.size).toBe(0);
    expect(claims.painted.size).toBe(0);
  });
});
