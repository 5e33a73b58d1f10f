/** The popup's and the options page's components over happy-dom: what they show and what they do. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InLanguage } from '../support/ui';
import { EntitySearch } from '../../components/EntitySearch';
import { FilmOverview } from '../../components/FilmOverview';
import { MENTIONS_SHOWN_FIRST, PageMentions, summarizeClaims, type PageMentionsState } from '../../components/PageMentions';
import { SettingsFields } from '../../components/SettingsFields';
import { SiteList } from '../../components/SiteList';
import { Switch } from '../../components/Switch';
import { dataset } from '../../data/core/facts/dataset';
import { indexDataset } from '../../data/core/facts/dataset-index';
import { DEFAULT_SETTINGS, LOCAL_FILES_SITE } from '../../data/core/settings';
import { summarize } from '../../data/core/messages';

const index = indexDataset(dataset);
let container: HTMLDivElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const buttons = () => [...container.querySelectorAll('button')];
const show = (el: preact.JSX.Element) => act(() => render(<InLanguage>{el}</InLanguage>, container));

describe('Switch', () => {
  it('is a switch with its accessible name and state, and flips on click', () => {
    const onChange = vi.fn();
    show(<Switch label="On this site" detail="example.com" name="Run on this site (example.com)" checked onChange={onChange} />);
    const sw = container.querySelector('[role="switch"]')!;
    expect(sw.getAttribute('aria-label')).toBe('Run on this site (example.com)');
    expect(sw.getAttribute('aria-checked')).toBe('true');
    expect(text(sw)).toContain('example.com');
    (sw as HTMLButtonElement).click();
    expect(onChange).toHaveBeenCalledWith(false);
  });
});

describe('PageMentions', () => {
  it("lists the page's claims once each, with the ledger's status and how the page makes them, each a button to it", () => {
    const onShowClaim = vi.fn();
    const claims = [
      { claim: 'C20', stance: 'states' as const, text: 'Dunham plays the best friend.' },
      { claim: 'C37', stance: 'states' as const, text: 'Filming wrapped in late 2025.' },
      { claim: 'C20', stance: 'denies' as const, text: 'Dunham does not act in it.' },
    ];
    expect(summarizeClaims(claims)).toEqual([
      { claim: 'C20', states: 1, denies: 1 },
      { claim: 'C37', states: 1, denies: 0 },
    ]);
    show(
      <PageMentions
        state={{ kind: 'found', entities: summarize([{ entity: 'person.lena_dunham', text: 'Lena Dunham' }]), claims }}
        index={index}
        onShow={() => {}}
        onShowClaim={onShowClaim}
        onTurnOn={() => {}}
      />,
    );
    const items = [...container.querySelectorAll('.cc-page-claims li')];
    expect(items.map((li) => li.getAttribute('data-claim-id'))).toEqual(['C20', 'C37']);
    expect(text(items[0]!.querySelector('.cc-badge'))).toBe('Disputed');
    expect(text(items[0])).toContain('stated and denied');
    expect(text(items[1])).toContain('the page states it');
    act(() => (items[1]!.querySelector('button') as HTMLButtonElement).click());
    expect(onShowClaim).toHaveBeenCalledWith('C37');
  });

  it('shows no claims section on a page that makes none', () => {
    show(
      <PageMentions
        state={{ kind: 'found', entities: summarize([{ entity: 'person.lena_dunham', text: 'Lena Dunham' }]), claims: [] }}
        index={index}
        onShow={() => {}}
        onTurnOn={() => {}}
      />,
    );
    expect(container.querySelector('.cc-page-claims')).toBeNull();
  });

  const states: Array<[PageMentionsState, RegExp]> = [
    [{ kind: 'loading' }, /Reading the page/],
    [{ kind: 'unavailable' }, /can't read this page/],
    [{ kind: 'off-everywhere' }, /off on all sites/],
    [{ kind: 'off-here', site: 'example.com' }, /Off on example\.com/],
    [{ kind: 'off-here', site: LOCAL_FILES_SITE }, /Off on local files/],
    [{ kind: 'found', entities: [] }, /No mentions/],
  ];
  it.each(states)('says clearly what is going on: %j', (state, says) => {
    show(<PageMentions state={state} index={index} onShow={() => {}} onTurnOn={() => {}} />);
    expect(text(container)).toMatch(says);
  });

  it('offers the way back on where it is off', () => {
    const onTurnOn = vi.fn();
    show(<PageMentions state={{ kind: 'off-here', site: 'example.com' }} index={index} onShow={() => {}} onTurnOn={onTurnOn} />);
    buttons()
      .find((b) => text(b) === 'Turn on for example.com')!
      .click();
    expect(onTurnOn).toHaveBeenCalled();
  });

  it('lists the entities as buttons named after them, most mentioned first, the rest behind "Show more"', () => {
    const ids = [
      'film.good_sex',
      'person.natalie_portman',
      'person.lena_dunham',
      'person.mark_ruffalo',
      'person.rashida_jones',
      'person.meg_ryan',
      'person.tucker_pillsbury',
      'org.mountaina',
    ];
    const mentions = ids.flatMap((id, i) => Array.from({ length: i === 3 ? 9 : 1 + (i % 2) }, () => ({ entity: id, text: 'x' })));
    const onShow = vi.fn();
    show(<PageMentions state={{ kind: 'found', entities: summarize(mentions) }} index={index} onShow={onShow} onTurnOn={() => {}} />);
    // The name a screen reader reads: the button's text without what is hidden from it.
    const named = () =>
      [...container.querySelectorAll('.cc-mentions button')].map((b) => {
        const copy = b.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[aria-hidden="true"]').forEach((h) => h.remove());
        return `${text(copy.querySelector('.cc-person-name'))}, ${text(copy.querySelector('.cc-count'))}`;
      });
    expect(named()).toHaveLength(MENTIONS_SHOWN_FIRST);
    expect(named()[0]).toBe('Mark Ruffalo, 9 mentions');
    const first = container.querySelector('.cc-mentions button')!;
    expect(text(document.getElementById(first.getAttribute('aria-describedby')!))).toBe(index.entity('person.mark_ruffalo')!.role!.text);
    expect(named()[1]).toBe('Natalie Portman, 2 mentions');
    (container.querySelector('.cc-mentions button') as HTMLButtonElement).click();
    expect(onShow).toHaveBeenCalledWith('person.mark_ruffalo');
    act(() =>
      buttons()
        .find((b) => /^Show 2 more$/.test(text(b)))!
        .click(),
    );
    expect(named()).toHaveLength(ids.length);
    // Ties keep reading order.
    expect(named()).toEqual([
      'Mark Ruffalo, 9 mentions',
      'Natalie Portman, 2 mentions',
      'Meg Ryan, 2 mentions',
      'MountainA, 2 mentions',
      'Good Sex, 1 mention',
      'Lena Dunham, 1 mention',
      'Rashida Jones, 1 mention',
      'Tucker Pillsbury, 1 mention',
    ]);
  });
});

describe('EntitySearch', () => {
  it('is a search box named "Search" whose results open a card', async () => {
    const onOpen = vi.fn();
    show(<EntitySearch index={index} onOpen={onOpen} />);
    const input = container.querySelector('input')!;
    expect(input.type).toBe('search');
    expect(input.getAttribute('aria-label')).toBe('Search');
    await act(() => {
      input.value = 'Rufalo';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const first = container.querySelector('.cc-results button') as HTMLButtonElement;
    expect(text(first.querySelector('.cc-person-name'))).toBe('Mark Ruffalo');
    expect(text(container.querySelector('#cc-search-status'))).toMatch(/\d+ results?/);
    first.click();
    expect(onOpen).toHaveBeenCalledWith('person.mark_ruffalo');
  });

  it('opens the best match on Enter, and says when there is none', async () => {
    const onOpen = vi.fn();
    show(<EntitySearch index={index} onOpen={onOpen} />);
    const input = container.querySelector('input')!;
    await act(() => {
      input.value = 'dunam';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onOpen).toHaveBeenCalledWith('person.lena_dunham');
    await act(() => {
      input.value = 'zzzzqx';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(text(container)).toContain('Nothing in the dataset by that name');
  });
});

describe('FilmOverview in the popup', () => {
  it('lets each person and company open their card', () => {
    const onOpen = vi.fn();
    show(<FilmOverview index={index} onOpen={onOpen} />);
    const rashida = buttons().find((b) => b.getAttribute('aria-label') === 'Rashida Jones: open card')!;
    rashida.click();
    expect(onOpen).toHaveBeenCalledWith('person.rashida_jones');
  });
});

describe('SettingsFields and SiteList', () => {
  it('shows the current choices and reports a change', () => {
    const onChange = vi.fn();
    show(<SettingsFields settings={{ ...DEFAULT_SETTINGS, hoverDelay: 'slow' }} onChange={onChange} />);
    const checked = [...container.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')].map((r) => r.value);
    expect(checked).toEqual(['slow', 'underline']);
    container.querySelector<HTMLInputElement>('input[value="click"]')!.click();
    expect(onChange).toHaveBeenCalledWith({ hoverDelay: 'click' });
    container.querySelector<HTMLInputElement>('input[value="none"]')!.click();
    expect(onChange).toHaveBeenCalledWith({ markStyle: 'none' });
  });

  it('lists the sites it is off on, each with a way to turn it back on', () => {
    const onRemove = vi.fn();
    show(<SiteList sites={['a.test', LOCAL_FILES_SITE]} onRemove={onRemove} />);
    expect(buttons().map((b) => b.getAttribute('aria-label'))).toEqual(['Turn back on for a.test', 'Turn back on for local files']);
    buttons()[1]!.click();
    expect(onRemove).toHaveBeenCalledWith(LOCAL_FILES_SITE);
    show(<SiteList sites={[]} onRemove={onRemove} />);
    expect(text(container)).toMatch(/^None\./);
  });
});
