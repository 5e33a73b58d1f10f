/**
 * The popup: the site's switch first, then what this page mentions (each a way to it), a
 * search over everyone in the dataset, and the film's overview. A name anywhere here opens
 * its card inside the popup, with the same components as the card on the page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AskBox } from '../../components/AskBox';
import { EntityCard } from '../../components/EntityCard';
import { EntitySearch } from '../../components/EntitySearch';
import { FilmOverview } from '../../components/FilmOverview';
import { PageMentions, type PageMentionsState } from '../../components/PageMentions';
import { SettingsFields } from '../../components/SettingsFields';
import { Switch } from '../../components/Switch';
import { useSettings } from '../../components/use-settings';
import { useUi } from '../../components/i18n';
import { Localized } from '../../components/Localized';
import type { DatasetIndex } from '../../data/core/facts/dataset-index';
import { isOnFor, siteLabel, withSite } from '../../data/core/settings';
import { MENTIONS_REQUEST, SHOW_MENTION_REQUEST, type MentionsResponse } from '../../data/contracts/messages';
import { matchStatement } from '../../data/core/statements/matcher';
import { statementModel } from '../../data/film/statement-model';

/** The statement matcher, run in the popup itself: a pasted sentence never leaves it. */
const matchPasted = (text: string, onFilmPage: boolean) => matchStatement(statementModel(), text, { onFilmPage });

/** The tab to act on: the active one, or `?tab=ID` when the popup is opened as a page (tests, `npm start`). */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

type PopupSettings = { settings: ReturnType<typeof useSettings>[0]; change: ReturnType<typeof useSettings>[1] };

type Answer = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'answered'; res: MentionsResponse };

function pageState(answer: Answer, enabled: boolean): PageMentionsState {
  if (answer.kind !== 'answered') return answer;
  const { res } = answer;
  if (!enabled) return { kind: 'off-everywhere' };
  if (!res.on && res.site) return { kind: 'off-here', site: res.site };
  // A content script from before claims were noted sends none.
  return { kind: 'found', entities: res.entities, claims: res.claims ?? [] };
}

/** The popup in the language the settings give. */
export function App({ index }: { index: DatasetIndex }) {
  const [settings, change] = useSettings();
  return (
    <Localized settings={settings} titleKey="popupTitle">
      <Popup index={index} settings={settings} change={change} />
    </Localized>
  );
}

function Popup({ index, settings, change }: { index: DatasetIndex } & PopupSettings) {
  const { t } = useUi();
  const [tabId, setTabId] = useState<number | undefined | null>(null);
  const [answer, setAnswer] = useState<Answer>({ kind: 'loading' });
  const [open, setOpen] = useState<string | null>(null);
  const back = useRef<{ focus: HTMLElement | null; scroll: number } | null>(null);

  useEffect(() => {
    void targetTabId().then(setTabId, () => setTabId(undefined));
  }, []);

  // Ask again whenever the switches change: the tab has just marked or unmarked itself.
  const switches = settings ? `${settings.enabled}|${settings.disabledSites.join(',')}` : '';
  useEffect(() => {
    if (tabId === null || !settings) return;
    if (tabId === undefined) return setAnswer({ kind: 'unavailable' });
    let live = true;
    (browser.tabs.sendMessage(tabId, { type: MENTIONS_REQUEST }) as Promise<MentionsResponse | undefined>)
      .then((res) => live && setAnswer(res ? { kind: 'answered', res } : { kind: 'unavailable' }))
      // No content script in the tab (a browser page, a store page): say so rather than spin.
      .catch(() => live && setAnswer({ kind: 'unavailable' }));
    return () => {
      live = false;
    };
  }, [tabId, switches]);

  const site = answer.kind === 'answered' ? answer.res.site : null;

  function openCard(id: string) {
    back.current = { focus: document.activeElement instanceof HTMLElement ? document.activeElement : null, scroll: window.scrollY };
    setOpen(id);
  }
  function closeCard() {
    const to = back.current;
    setOpen(null);
    // After the home view is shown again: the same place, focus on the control that opened the card.
    requestAnimationFrame(() => {
      window.scrollTo(0, to?.scroll ?? 0);
      to?.focus?.focus({ preventScroll: true });
    });
  }

  const entity = open ? index.entity(open) : undefined;
  useEffect(() => {
    if (entity) {
      window.scrollTo(0, 0);
      document.getElementById('cc-open-title')?.focus();
    }
  }, [entity?.id]);

  if (!settings) return <main class="cc-popup" aria-busy="true" />;

  return (
    <main class="cc-popup" onKeyDown={(e) => entity && e.key === 'Escape' && (e.preventDefault(), closeCard())}>
      {entity && (
        <div class="cc-open">
          <h1 class="cc-visually-hidden">{t('openTitle', entity.name)}</h1>
          <button type="button" class="cc-button cc-back" onClick={closeCard}>
            <span aria-hidden="true">←</span> {t('back')}
          </button>
          <div class="cc-open-card" role="region" aria-labelledby="cc-open-title">
            <EntityCard entity={entity} index={index} headingId="cc-open-title" />
          </div>
        </div>
      )}
      <div class="cc-home" hidden={!!entity}>
        <header class="cc-top">
          <img src="/icon/32.png" alt="" width={20} height={20} />
          <span class="cc-title">{t('appName')}</span>
          <button type="button" class="cc-button cc-quiet" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('allSettings')}
          </button>
        </header>
        <div class="cc-switches">
          {/* Always the same row, so nothing shifts under the pointer when the tab answers. */}
          <Switch
            label={t('onThisSite')}
            detail={site ? siteLabel(site, t) : answer.kind === 'loading' ? t('readingTab') : t('notAPage')}
            name={site ? t('runOnSite', siteLabel(site, t)) : t('runOnThisSite')}
            checked={site ? isOnFor(settings, site) : false}
            disabled={!site || !settings.enabled}
            pending={answer.kind === 'loading'}
            onChange={(on) => site && change((s) => withSite(s, site, on))}
          />
          <Switch
            label={t('onAllSites')}
            name={t('runOnAllSites')}
            checked={settings.enabled}
            onChange={(on) => change((s) => ({ ...s, enabled: on }))}
          />
        </div>
        <PageMentions
          state={pageState(answer, settings.enabled)}
          index={index}
          onShow={(entity) => tabId && void browser.tabs.sendMessage(tabId, { type: SHOW_MENTION_REQUEST, entity }).catch(() => undefined)}
          onShowClaim={(claim) =>
            tabId && void browser.tabs.sendMessage(tabId, { type: SHOW_MENTION_REQUEST, entity: '', claim }).catch(() => undefined)
          }
          onTurnOn={() => change((s) => (s.enabled ? (site ? withSite(s, site, true) : s) : { ...s, enabled: true }))}
        />
        <EntitySearch index={index} onOpen={openCard} />
        {/* On a tab that names the film, a pasted sentence is read as that page's. */}
        <AskBox
          index={index}
          match={(text) => matchPasted(text, answer.kind === 'answered' && answer.res.mentions.length > 0)}
          onOpen={openCard}
        />
        <FilmOverview index={index} onOpen={openCard} />
        <details class="cc-popup-settings">
          <summary>{t('cardSettings')}</summary>
          <SettingsFields settings={settings} onChange={(part) => change((s) => ({ ...s, ...part }))} />
        </details>
      </div>
    </main>
  );
}
