/** The lookout: the quick test and look that spare a page naming nobody the full read, and the watch for names that arrive later. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataset } from '../../data/core/facts/dataset';
import { createDetector, detectionData, quickPattern } from '../../data/core/names/detect';
import quick from '../../data/generated/quick-pattern.json';
import { quickLook, quickTest, startLookout, type Lookout } from '../../entrypoints/every-page.content/lookout';
import { readPageTextNow } from '../../entrypoints/named-page/page-text';
import { runToEnd } from '../../data/core/algo/steps';

const detect = createDetector(dataset);
const mayName = quickTest(quick.source);

function look(root: Element | ShadowRoot): boolean {
  const it = quickLook(root, mayName);
  return runToEnd(it);
}

function lookAt(html: string): boolean {
  document.body.innerHTML = html;
  return look(document.body);
}

describe('quickTest', () => {
  it('is built ahead into quick-pattern.json, the same as built from the dataset', () => {
    const fresh = quickTest(quickPattern(detectionData(dataset)));
    for (const t of ['Natalie Portman', 'Jones said so.', 'GOOD SEX', 'nothing']) expect(mayName(t)).toBe(fresh(t));
  });

  it('says yes for every alias that can be marked alone, as written and in capitals', () => {
    for (const e of dataset.entities.filter((x) => x.marked)) {
      for (const a of e.aliases.filter((x) => x.rule !== 'never' && x.rule !== 'backreference')) {
        expect(mayName(a.surface), a.surface).toBe(true);
        expect(mayName(a.surface.toLocaleUpperCase('en')), a.surface).toBe(true);
        // Read with no separators, the words of a name may touch.
        expect(mayName(a.surface.replace(/\s+/g, '')), a.surface).toBe(true);
      }
    }
  });

  it('says no where nothing could be marked: unmarked names, "never" aliases, bare names that need the full one', () => {
    expect(mayName('Netflix bought it. Mark the date. Nothing else.')).toBe(false);
    expect(mayName('Jones said so. Ryan agreed, and Meg left.')).toBe(false);
    expect(mayName('')).toBe(false);
  });
});

describe('quickLook', () => {
  it('says no for a page that names nobody, even with common first names alone', () => {
    expect(lookAt('<h1>Budget</h1><p>The council met on <b>Tuesday</b>. Mark the date.</p><p>Netflix rose.</p>')).toBe(false);
  });

  it('says yes for a name, whole or split by inline elements or a line break', () => {
    expect(lookAt('<p>Natalie Portman stars.</p>')).toBe(true);
    expect(lookAt('<p><b>Natalie</b> Portman stars.</p>')).toBe(true);
    expect(lookAt('<p>Natalie<br>Portman stars.</p>')).toBe(true);
  });

  it('says yes for a name glued to the text before it (no separator between blocks)', () => {
    expect(lookAt('<table><tr><td>Cast</td><td>Lena Dunham</td></tr></table>')).toBe(true);
  });

  it('finds a name cut by the end of a chunk', () => {
    const filler = 'word '.repeat((256 * 1024) / 5 - 2);
    expect(lookAt(`<p>${filler}Natalie Portman</p>`)).toBe(true);
    expect(lookAt(`<p>${filler}</p>`)).toBe(false);
  });

  it('reads the open shadow roots of custom elements, which textContent leaves out', () => {
    document.body.innerHTML = '<p>Nothing here.</p><news-card></news-card>';
    const shadow = document.querySelector('news-card')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Nothing either.</p>';
    expect(look(document.body)).toBe(false);
    shadow.innerHTML = '<p>Natalie Portman</p>';
    expect(look(document.body)).toBe(true);
  });

  // The promise that lets a page skip the full read: wherever the detector marks something,
  // the quick look said yes. Checked over every page of the labelled corpus and the fixtures.
  const pages = [
    ...readdirSync(resolve(import.meta.dirname, '../fixtures/corpus'))
      .filter((f) => f.endsWith('.html'))
      .map((f) => `corpus/${f}`),
    ...readdirSync(resolve(import.meta.dirname, '../fixtures')).filter((f) => f.endsWith('.html')),
  ];
  it.each(pages)('says yes on %s wherever the detector marks a name', (file) => {
    const { document: doc } = parseHTML(readFileSync(resolve(import.meta.dirname, '../fixtures', file), 'utf8'));
    const marked = detect(readPageTextNow(doc.body)).length > 0;
    document.body.innerHTML = doc.body.innerHTML;
    if (marked) expect(look(document.body)).toBe(true);
  });

  it('spares a page of bare names with no full name to anchor them (the three Megs, none of them Ryan)', () => {
    const { document: doc } = parseHTML(readFileSync(resolve(import.meta.dirname, '../fixtures/corpus/people-three-megs.html'), 'utf8'));
    expect(detect(readPageTextNow(doc.body))).toEqual([]);
    document.body.innerHTML = doc.body.innerHTML;
    expect(look(document.body)).toBe(false);
  });
});

describe('startLookout', () => {
  let lookout: Lookout | null = null;
  let found = 0;
  const start = () => (lookout = startLookout(document.body, mayName, () => found++));
  beforeEach(() => {
    found = 0;
    document.body.innerHTML = '<article><p>The council met on Tuesday.</p><p id="p">Nothing about films.</p></article>';
  });
  afterEach(() => lookout?.stop());

  it('stays quiet on a page that names nobody', async () => {
    await start().ready();
    expect(found).toBe(0);
  });

  it('hands over as soon as the page names someone', async () => {
    document.body.innerHTML += '<p>Natalie Portman stars.</p>';
    await start().ready();
    expect(found).toBe(1);
  });

  it('sees a name that arrives later: a new block, text rendered in pieces, rewritten text', async () => {
    await start().ready();
    const p = document.createElement('p');
    p.textContent = 'Natalie Portman stars.';
    document.querySelector('article')!.append(p);
    await lookout!.ready();
    expect(found).toBe(1);

    found = 0;
    start();
    await lookout!.ready();
    const target = document.getElementById('p')!;
    target.textContent = '';
    target.append('Lena ', 'Dunham directs.');
    await lookout!.ready();
    expect(found).toBe(1);

    found = 0;
    target.textContent = 'Nothing.';
    start();
    await lookout!.ready();
    (target.firstChild as Text).data = 'Mark Ruffalo joins.';
    await lookout!.ready();
    expect(found).toBe(1);
  });

  it('is done once stopped', async () => {
    start().stop();
    document.body.innerHTML += '<p>Natalie Portman stars.</p>';
    await new Promise((r) => setTimeout(r, 300));
    expect(found).toBe(0);
  });
});
