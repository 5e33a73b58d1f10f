/**
 * The `scan` command as other tools use it: a child process, JSON on stdout, offsets into the
 * body text as entrypoints/named-page/page-text.ts reads it over linkedom.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../data/core/facts/dataset';
import { readPageTextNow } from '../../entrypoints/named-page/page-text';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const NEWS = 'test/fixtures/news-article.html';
const HEALTH = 'test/fixtures/health-column.html';

interface Mention {
  entity: string;
  text: string;
  start: number;
  end: number;
}
interface Claim {
  claim: string;
  stance: 'states' | 'denies';
  start: number;
  end: number;
  text: string;
}
interface FileResult {
  file: string;
  mentions: Mention[];
  claims: Claim[];
}

function scan(...files: string[]) {
  return spawnSync(TSX, ['scripts/scan.ts', ...files], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

/** The body text the way scripts/scan.ts computes it. */
function bodyText(file: string): string {
  const { document } = parseHTML(readFileSync(resolve(ROOT, file), 'utf8'));
  return readPageTextNow(document.body).text;
}

let results: FileResult[];
let stderr: string;
let status: number | null;

beforeAll(() => {
  const run = scan(NEWS, HEALTH);
  status = run.status;
  stderr = run.stderr;
  results = JSON.parse(run.stdout) as FileResult[];
}, 60_000);

describe('scripts/scan.ts', () => {
  it('adds the claims each page states or denies: claim, stance, the sentence and its offsets', () => {
    const news = results.find((r) => r.file === NEWS)!;
    // The news fixture says Tramell Tillman "has also been reported": X03, reported only.
    expect(news.claims.map((c) => `${c.claim}/${c.stance}`)).toEqual(['X03/states']);
    const text = bodyText(NEWS);
    for (const c of news.claims) {
      expect(Object.keys(c).sort()).toEqual(['claim', 'end', 'stance', 'start', 'text']);
      expect(text.slice(c.start, c.end)).toBe(c.text);
    }
    expect(results.find((r) => r.file === HEALTH)!.claims).toEqual([]);
  });

  it('finds a denial as "denies"', () => {
    const run = scan('test/fixtures/claims/dev/fact-check.html');
    const [r] = JSON.parse(run.stdout) as FileResult[];
    expect(r!.claims.filter((c) => c.stance === 'denies').map((c) => c.claim)).toEqual(['C20', 'C20', 'C37']);
  }, 60_000);

  it('exits 0 with nothing on stderr', () => {
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('prints [{file, mentions: [{entity, text, start, end}]}], one entry per file, files as given', () => {
    expect(Array.isArray(results)).toBe(true);
    expect(results.map((r) => r.file)).toEqual([NEWS, HEALTH]);
    for (const r of results) {
      expect(Object.keys(r).sort()).toEqual(['claims', 'file', 'mentions']);
      expect(Array.isArray(r.mentions)).toBe(true);
      for (const m of r.mentions) {
        expect(Object.keys(m).sort()).toEqual(['end', 'entity', 'start', 'text']);
        expect(typeof m.entity).toBe('string');
        expect(typeof m.text).toBe('string');
        expect(Number.isInteger(m.start)).toBe(true);
        expect(Number.isInteger(m.end)).toBe(true);
        expect(m.end).toBeGreaterThan(m.start);
      }
    }
  });

  it('finds nothing in the health column', () => {
    expect(results.find((r) => r.file === HEALTH)!.mentions).toEqual([]);
  });

  it('finds the film, its people and Role Model in the news article', () => {
    const found = new Set(results.find((r) => r.file === NEWS)!.mentions.map((m) => `${m.entity}|${m.text}`));
    for (const expected of [
      'person.natalie_portman|Natalie Portman',
      'person.lena_dunham|Lena Dunham',
      'film.good_sex|Good Sex',
      'person.mark_ruffalo|Mark Ruffalo',
      'person.tucker_pillsbury|Tucker Pillsbury',
      'person.tucker_pillsbury|Role Model',
      'person.rashida_jones|Rashida Jones',
      'person.meg_ryan|Meg Ryan',
      'person.tramell_tillman|Tramell Tillman',
      'person.sophie_mas|Sophie Mas',
      'org.mountaina|MountainA',
      'org.filmnation|FilmNation',
    ]) {
      expect(found, expected).toContain(expected);
    }
  });

  it('marks only entities in the marking scope', () => {
    const marked = new Set(dataset.entities.filter((e) => e.marked).map((e) => e.id));
    for (const r of results) for (const m of r.mentions) expect(marked.has(m.entity), `${m.entity} "${m.text}"`).toBe(true);
    const news = results.find((r) => r.file === NEWS)!.mentions;
    expect(news.some((m) => m.text === 'Netflix')).toBe(false);
  });

  it('gives offsets into the body text: text is the body text at [start, end)', () => {
    for (const r of results) {
      const text = bodyText(r.file);
      for (const m of r.mentions) expect(text.slice(m.start, m.end), `${r.file} ${m.entity}@${m.start}`).toBe(m.text);
    }
    const news = results.find((r) => r.file === NEWS)!.mentions;
    // In page order, not overlapping.
    for (let i = 1; i < news.length; i++) expect(news[i]!.start).toBeGreaterThanOrEqual(news[i - 1]!.end);
  });

  it('does not read the head (title, style) or form fields', () => {
    const text = bodyText(NEWS);
    const news = results.find((r) => r.file === NEWS)!.mentions;
    // "Natalie Portman" is in the <title> and in a search field's value too; only the two in the article count.
    expect(news.filter((m) => m.text === 'Natalie Portman')).toHaveLength(2);
    expect(text).not.toContain('everything we know</title>');
    expect(text).not.toContain('font: 18px');
  });

  it('fails with a message on stderr for a file that does not exist', () => {
    const run = scan('test/fixtures/no-such-page.html');
    expect(run.status).not.toBe(0);
    expect(run.status).not.toBeNull();
    expect(run.stderr).toContain('no-such-page.html');
  }, 60_000);

  it('still reports the files it could read when one is missing', () => {
    const run = scan('test/fixtures/no-such-page.html', HEALTH);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('no-such-page.html');
    expect((JSON.parse(run.stdout) as FileResult[]).map((r) => r.file)).toEqual([HEALTH]);
  }, 60_000);

  it('prints usage and fails with no file', () => {
    const run = scan();
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/usage/i);
  }, 60_000);
});
