/**
 * What the dataset says is shown as text, never run as markup: a fact, a name, a source's
 * title holding HTML or script renders as those characters. And no code of ours writes
 * markup into a page or a card (the innerHTML path web-ext lint finds in the build is
 * Preact's, for `dangerouslySetInnerHTML`, which this holds we never use).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { InLanguage } from '../support/ui';
import { CardDialog } from '../../components/CardDialog';
import { FilmOverview } from '../../components/FilmOverview';
import { dataset } from '../../data/core/facts/dataset';
import { indexDataset } from '../../data/core/facts/dataset-index';
import type { Dataset } from '../../data/core/facts/schema';

const HOSTILE = '<img src=x onerror="window.__planted=1"><script>window.__planted=2</script><b>bold</b>';

/** The real dataset with markup planted in every name, fact text, role line and source title. */
function planted(): Dataset {
  const copy = structuredClone(dataset) as Dataset;
  const plant = (o: unknown, keys: readonly string[]) => {
    if (!o || typeof o !== 'object') return;
    for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
      if (typeof v === 'string' && keys.includes(k)) (o as Record<string, unknown>)[k] = `${v} ${HOSTILE}`;
      else if (v && typeof v === 'object') plant(v, keys);
    }
  };
  plant(copy, ['name', 'text', 'role', 'title', 'publisher', 'summary', 'label', 'claim']);
  return copy;
}

let container: HTMLDivElement | null = null;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
  delete (window as unknown as { __planted?: number }).__planted;
});

describe('dataset strings are inert text', () => {
  const data = planted();
  const index = indexDataset(data);

  it.each(data.entities.map((e) => [e.id]))('the card of %s shows the markup as characters', (id) => {
    container = document.createElement('div');
    document.body.append(container);
    render(
      <InLanguage>
        <CardDialog entity={index.entity(id)!} index={index} />
      </InLanguage>,
      container,
    );
    expect(container.querySelectorAll('img, script, b').length).toBe(0);
    expect(container.textContent).toContain('<img src=x onerror=');
    expect((window as unknown as { __planted?: number }).__planted).toBeUndefined();
  });

  it('so does the film overview', () => {
    container = document.createElement('div');
    document.body.append(container);
    render(
      <InLanguage>
        <FilmOverview index={index} />
      </InLanguage>,
      container,
    );
    expect(container.querySelectorAll('img, script, b').length).toBe(0);
    expect(container.textContent).toContain('<script>');
  });
});

describe('no markup written by our code', () => {
  const ROOT = resolve(import.meta.dirname, '../..');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
    });

  it('components/, entrypoints/ and data/ never use dangerouslySetInnerHTML, innerHTML, outerHTML, insertAdjacentHTML or document.write', () => {
    const offenders = ['components', 'entrypoints', 'data']
      .flatMap((d) => files(resolve(ROOT, d)))
      .filter((f) =>
        /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write/.test(readFileSync(f, 'utf8')),
      );
    expect(offenders).toEqual([]);
  });
});
