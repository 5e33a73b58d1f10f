/** The popup: what this page mentions, then the film's overview. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FilmOverview } from '../../components/FilmOverview';
import { PageMentions, type PageMentionsState } from '../../components/PageMentions';
import type { DatasetIndex } from '../../data/dataset-index';
import { MENTIONS_REQUEST, type MentionsResponse } from '../content/protocol';

/** The tab to ask: the active one, or `?tab=ID` when the popup is opened as a page (tests, `npm start`). */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function App({ index }: { index: DatasetIndex }) {
  const [page, setPage] = useState<PageMentionsState>({ kind: 'loading' });
  useEffect(() => {
    targetTabId()
      .then((id) => (id === undefined ? undefined : (browser.tabs.sendMessage(id, { type: MENTIONS_REQUEST }) as Promise<MentionsResponse | undefined>)))
      .then((res) => setPage(res ? { kind: 'found', entities: res.entities } : { kind: 'unavailable' }))
      // No content script in the tab (a browser page, a store page): say so rather than spin.
      .catch(() => setPage({ kind: 'unavailable' }));
  }, []);
  return (
    <main>
      <PageMentions state={page} index={index} />
      <FilmOverview index={index} />
    </main>
  );
}
