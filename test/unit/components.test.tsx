import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { english, InLanguage } from '../support/ui';
import { CardDialog } from '../../components/CardDialog';
import { ClaimNoteDialog, shortened } from '../../components/ClaimNote';
import { EntityCard } from '../../components/EntityCard';
import { FilmOverview } from '../../components/FilmOverview';
import { dataset } from '../../data/core/facts/dataset';
import { indexDataset } from '../../data/core/facts/dataset-index';
import type { Entity, Fact } from '../../data/core/facts/schema';

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

const entity = (id: string): Entity => {
  const e = index.entity(id);
  if (!e) throw new Error(`no entity ${id}`);
  return e;
};
const fact = (id: string): Fact => index.fact(id)!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = (sel: string, root: ParentNode = container) => [...root.querySelectorAll(sel)];
/** The top-level fact items of a card's list (not the sides of a dispute). */
const topFacts = () => all(':scope > li', container.querySelector('.cc-body > .cc-facts')!);

function card(id: string) {
  render(
    <InLanguage>
      <EntityCard entity={entity(id)} index={index} />
    </InLanguage>,
    container,
  );
}

describe('EntityCard', () => {
  it('shows the name, what the card is about and the role line', () => {
    card('person.natalie_portman');
    expect(text(container.querySelector('h2'))).toBe('Natalie Portman');
    expect(text(container.querySelector('.cc-kind'))).toBe('Person · Good Sex');
    expect(text(container.querySelector('.cc-role'))).toBe('plays Ally, the lead; producer');
  });

  it('shows each confirmed fact with a Confirmed badge', () => {
    card('person.natalie_portman');
    const facts = dataset.facts.filter((f) => f.subject === 'person.natalie_portman');
    expect(facts.length).toBeGreaterThan(0);
    expect(topFacts()).toHaveLength(facts.length);
    for (const f of facts) {
      const li = container.querySelector(`li[data-fact-id="${f.id}"]`);
      expect(li, f.id).not.toBeNull();
      expect(text(li?.querySelector('.cc-fact-text'))).toBe(f.text);
      const badge = li!.querySelector('.cc-badge')!;
      expect(text(badge)).toBe('Confirmed');
      expect(badge.classList.contains('cc-badge-confirmed')).toBe(true);
      expect(badge.getAttribute('title')).toMatch(/independent sources/);
    }
  });

  it('links every source of every fact, in a new tab, without an opener or referrer', () => {
    card('person.natalie_portman');
    const facts = dataset.facts.filter((f) => f.subject === 'person.natalie_portman');
    for (const f of facts) {
      // Grouped by family, so not in ledger order: every source once, folded or not.
      const links = all(`li[data-fact-id="${f.id}"] .cc-sources a`) as HTMLAnchorElement[];
      const sorted = (xs: string[]) => [...xs].sort();
      expect(sorted(links.map((a) => a.getAttribute('href')!)), f.id).toEqual(sorted(f.sources.map((s) => index.source(s)!.url)));
      expect(sorted(links.map((a) => text(a)))).toEqual(sorted(f.sources.map((s) => index.source(s)!.outlet)));
    }
    const links = all('a') as HTMLAnchorElement[];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
    }
  });

  it('shows a source with its date, and "undated" when it has none', () => {
    card('person.natalie_portman');
    const c02 = container.querySelector('li[data-fact-id="C02"]')!;
    const first = index.source(fact('C02').sources[0]!)!;
    expect(text(c02.querySelector('.cc-sources li'))).toContain(first.outlet);
    const dated = all('.cc-date').map(text);
    expect(dated.length).toBeGreaterThan(0);
    for (const d of dated) expect(d).toMatch(/^, (\d{1,2} [A-Z][a-z]{2} \d{4}|[A-Z][a-z]{2} \d{4}|\d{4}|undated)$/);
  });

  it('says when the facts are from', () => {
    card('person.natalie_portman');
    expect(dataset.factsAsOf).toBe('2026-01');
    expect(text(container.querySelector('footer'))).toContain('Facts as of Jan 2026');
  });

  it('orders facts by trust: confirmed, reported, then the dispute', () => {
    card('person.rashida_jones');
    const statuses = topFacts().map((li) => [...li.classList].find((c) => c.startsWith('cc-fact-'))?.slice('cc-fact-'.length));
    expect(statuses).toEqual(['confirmed', 'reported', 'disputed']);
  });

  it('shows both sides of the C19/C20 dispute on the Rashida Jones card, the favoured side first', () => {
    card('person.rashida_jones');
    expect(text(container.querySelector('.cc-role'))).toBe("in the cast; plays Ally's best friend (disputed)");
    const disputed = container.querySelector('li.cc-fact-disputed')!;
    expect(text(disputed.querySelector('.cc-badge'))).toBe('Disputed');
    const sides = all('.cc-side', disputed);
    expect(sides.map((s) => s.getAttribute('data-fact-id'))).toEqual(['C19', 'C20']);
    expect(text(sides[0]!.querySelector('.cc-fact-text'))).toBe(fact('C19').text);
    expect(text(sides[1]!.querySelector('.cc-fact-text'))).toBe(fact('C20').text);
    expect(text(sides[0]!.querySelector('.cc-weight'))).toBe('Stronger sources');
    expect(text(sides[1]!.querySelector('.cc-weight'))).toBe('Weaker sources');
    // Each side keeps its own sources.
    const hrefs = (el: Element) =>
      all('.cc-sources a', el)
        .map((a) => a.getAttribute('href')!)
        .sort();
    expect(hrefs(sides[1]!)).toEqual(
      fact('C20')
        .sources.map((s) => index.source(s)!.url)
        .sort(),
    );
    expect(hrefs(sides[0]!)).toEqual(
      fact('C19')
        .sources.map((s) => index.source(s)!.url)
        .sort(),
    );
    // The dispute is shown once, not once per side.
    expect(all('li.cc-fact-disputed')).toHaveLength(1);
  });

  it('puts the favoured side first even on the card of the disfavoured one (Lena Dunham, C20)', () => {
    card('person.lena_dunham');
    const sides = all('li.cc-fact-disputed .cc-side');
    expect(sides.map((s) => s.getAttribute('data-fact-id'))).toEqual(['C19', 'C20']);
  });

  it("shows the film's own dispute C37/X18 with X18 (favoured) first", () => {
    card('film.good_sex');
    const pairs = all('li.cc-fact-disputed');
    expect(pairs).toHaveLength(1);
    expect(all('.cc-side', pairs[0]!).map((s) => s.getAttribute('data-fact-id'))).toEqual(['X18', 'C37']);
  });

  it('labels a speculative fact Expected, with "Expectation as of" its newest source', () => {
    // Before C41's window (the end of 2026) closes, on the reader's clock.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 31, 12));
    card('film.good_sex');
    vi.useRealTimers();
    const c41 = container.querySelector('li[data-fact-id="C41"]')!;
    expect(c41.classList.contains('cc-fact-speculative')).toBe(true);
    expect(text(c41.querySelector('.cc-badge'))).toBe('Expected');
    // C41's sources are dated 2026, 2026, 2025-07 and 2026: the newest is 2026.
    expect(
      fact('C41')
        .sources.map((s) => index.source(s)!.date)
        .sort(),
    ).toEqual(['2025-07', '2026', '2026', '2026']);
    expect(text(c41.querySelector('.cc-note'))).toBe('Expectation as of 2026.');
    // Facts that are not speculative carry no expectation date.
    expect(text(container.querySelector('li[data-fact-id="C01"]'))).not.toContain('Expectation as of');
  });

  it("ages a prediction on the reader's clock: C42 (by mid-2026) reads as expected until 30 June, as passed from 1 July", () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date(2026, 5, 30, 22));
      card('film.good_sex');
      const before = container.querySelector('li[data-fact-id="C42"]')!;
      expect(text(before.querySelector('.cc-note'))).toBe('Expectation as of 2026.');
      expect(before.querySelector('[data-aged]')).toBeNull();
      render(null, container);

      vi.setSystemTime(new Date(2026, 6, 1, 8));
      card('film.good_sex');
      const after = container.querySelector('li[data-fact-id="C42"]')!;
      expect(text(after.querySelector('[data-aged]'))).toBe(
        `The predicted date has passed (by 30 Jun 2026). The dataset, with facts as of ${english.date(dataset.factsAsOf)}, holds no confirmation. Predicted 2026.`,
      );
      expect(text(after.querySelector('.cc-badge'))).toBe('Expected');
      // C41's window (the end of 2026) is still open on that day.
      expect(container.querySelector('li[data-fact-id="C41"] [data-aged]')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says how many independent sources back a fact, and shows a family of pages as one line', () => {
    card('person.natalie_portman');
    const oscar = container.querySelector('li[data-fact-id="C44"]')!;
    expect(text(oscar.querySelector('.cc-independence'))).toBe('4 independent sources (5 pages)');
    const lines = all(':scope > li', oscar.querySelector('.cc-sources')!);
    expect(lines).toHaveLength(4);
    // pixelation.org appears once as a line, its second page folded under it.
    const pixelation = lines.filter((l) => l.getAttribute('data-family') === 'pixelation');
    expect(pixelation).toHaveLength(1);
    expect(all(':scope > a', pixelation[0]!).map(text)).toEqual(['pixelation.org']);
    expect(text(pixelation[0]!.querySelector('.cc-relays summary'))).toBe('1 more page from pixelation.org');
    expect(all('.cc-relays a', pixelation[0]!).map(text)).toEqual(['pixelation.org']);
  });

  it('says plainly when a reported fact rests on one family of pages', () => {
    card('person.rashida_jones');
    const c19 = container.querySelector('.cc-side[data-fact-id="C19"]')!;
    // Two pixelation.org pages and two relays of The Hollywood Reporter: two independent sources.
    expect(text(c19.querySelector('.cc-independence'))).toBe('2 independent sources (4 pages)');
    expect(all(':scope > li', c19.querySelector('.cc-sources')!).map((l) => l.getAttribute('data-family'))).toEqual(['thr', 'pixelation']);
    render(null, container);
    card('film.good_sex');
    const c38 = container.querySelector('li[data-fact-id="C38"]')!;
    expect(text(c38.querySelector('.cc-badge'))).toBe('Reported');
    expect(text(c38.querySelector('.cc-independence'))).toMatch(/^1 independent source: all \d pages trace back to pixelation\.org$/);
  });

  it('says so when an entity has no facts', () => {
    const lonely: Entity = { ...entity('person.natalie_portman'), id: 'person.nobody', name: 'Nobody', role: null };
    render(
      <InLanguage>
        <EntityCard entity={lonely} index={index} />
      </InLanguage>,
      container,
    );
    expect(text(container.querySelector('.cc-note'))).toBe('No sourced facts about Nobody yet.');
    expect(container.querySelector('.cc-role')).toBeNull();
  });
});

describe('FilmOverview', () => {
  it('lists the cast in billing order, each with its role line', () => {
    render(
      <InLanguage>
        <FilmOverview index={index} />
      </InLanguage>,
      container,
    );
    const cast = all('section[aria-labelledby="cc-cast"] .cc-person');
    expect(cast.map((li) => text(li.querySelector('.cc-person-name')))).toEqual([
      'Natalie Portman',
      'Mark Ruffalo',
      'Tucker Pillsbury',
      'Rashida Jones',
      'Meg Ryan',
      'Tramell Tillman',
    ]);
    for (const li of cast) {
      const e = entity(li.getAttribute('data-entity-id')!);
      expect(text(li.querySelector('.cc-person-role'))).toBe(e.role!.text);
    }
  });

  it('gives each role the status of the least sure fact behind it', () => {
    render(
      <InLanguage>
        <FilmOverview index={index} />
      </InLanguage>,
      container,
    );
    const badge = (id: string) => text(container.querySelector(`.cc-person[data-entity-id="${id}"] .cc-badge`));
    expect(badge('person.natalie_portman')).toBe('Confirmed'); // C02, C03, C25: all confirmed
    expect(badge('person.rashida_jones')).toBe('Disputed'); // C18 confirmed, C19 disputed
    expect(badge('person.meg_ryan')).toBe('Reported'); // C21 confirmed, X01 reported
    expect(badge('person.tramell_tillman')).toBe('Reported'); // X03 reported
  });

  it('lists the makers and names the film', () => {
    render(
      <InLanguage>
        <FilmOverview index={index} />
      </InLanguage>,
      container,
    );
    expect(text(container.querySelector('h1'))).toBe('Good Sex');
    const makers = all('section[aria-labelledby="cc-makers"] .cc-person-name').map(text);
    expect(makers).toEqual(expect.arrayContaining(['Lena Dunham', 'Sophie Mas', 'Michael Cohen']));
    expect(text(container.querySelector('.cc-overview > footer'))).toContain('Facts as of Jan 2026');
  });
});

describe('CardDialog', () => {
  it('is a labelled, non-modal dialog named after the entity', () => {
    render(
      <InLanguage>
        <CardDialog entity={entity('person.natalie_portman')} index={index} />
      </InLanguage>,
      container,
    );
    const dialog = container.querySelector('[role="dialog"]')!;
    expect(dialog).not.toBeNull();
    expect(dialog.getAttribute('aria-label')).toBe('Natalie Portman');
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(dialog.getAttribute('aria-hidden')).toBeNull();
    expect(dialog.getAttribute('data-entity-id')).toBe('person.natalie_portman');
    expect(dialog.querySelector('.cc-card h2')?.textContent).toBe('Natalie Portman');
  });

  it('takes the canonical name, not an alias, as its label', () => {
    render(
      <InLanguage>
        <CardDialog entity={entity('org.filmnation')} index={index} />
      </InLanguage>,
      container,
    );
    expect(container.querySelector('[role="dialog"]')!.getAttribute('aria-label')).toBe('FilmNation Entertainment');
  });
});

describe('ClaimNote', () => {
  const note = (
    claims: Array<{ id: string; stance: 'states' | 'denies' }>,
    said = 'Girls creator Dunham stars as Ally\u2019s best friend.',
    now?: Date,
  ) =>
    render(
      <InLanguage>
        <ClaimNoteDialog claims={claims} said={said} index={index} now={now} />
      </InLanguage>,
      container,
    );

  it('is a labelled, non-modal dialog that leads with what the sources say of the claim', () => {
    note([{ id: 'C20', stance: 'states' }]);
    const d = container.querySelector('[role="dialog"]')!;
    expect(d.getAttribute('aria-label')).toBe('Note: Sources disagree here');
    expect(d.getAttribute('aria-modal')).toBe('false');
    expect(text(d.querySelector('.cc-said blockquote'))).toBe('Girls creator Dunham stars as Ally\u2019s best friend.');
    // Both sides of the dispute, the favoured one first, each with its sources.
    expect(all('.cc-side', d).map((s) => s.getAttribute('data-fact-id'))).toEqual(['C19', 'C20']);
    expect(all('.cc-side .cc-independence', d)).toHaveLength(2);
  });

  it('names a denial as one, and a prediction as a prediction', () => {
    note([{ id: 'C37', stance: 'denies' }], 'Filming did not wrap in late 2025.');
    expect(text(container.querySelector('.cc-kind'))).toBe('Note · this page denies a claim');
    expect(text(container.querySelector('.cc-note-claim .cc-subhead'))).toBe('It denies; the sources say');
    render(null, container);
    note([{ id: 'C42', stance: 'states' }], 'Expect a teaser by mid-2026.', new Date(2026, 6, 2));
    expect(container.querySelector('[role="dialog"]')!.getAttribute('aria-label')).toBe('Note: A prediction whose date has passed');
    expect(container.querySelector('[data-aged]')).not.toBeNull();
    render(null, container);
    note([{ id: 'C42', stance: 'states' }], 'Expect a teaser by mid-2026.', new Date(2026, 4, 2));
    expect(container.querySelector('[role="dialog"]')!.getAttribute('aria-label')).toBe('Note: A prediction, not a fact');
    expect(container.querySelector('[data-aged]')).toBeNull();
  });

  it('holds every claim a sentence makes, the most cautionary one naming the note', () => {
    note([
      { id: 'C22', stance: 'states' },
      { id: 'C20', stance: 'states' },
    ]);
    expect(container.querySelector('[role="dialog"]')!.getAttribute('aria-label')).toBe('Note: Sources disagree here');
    expect(all('.cc-note-claim').map((s) => s.getAttribute('data-claim-id'))).toEqual(['C22', 'C20']);
    expect(text(container.querySelector('.cc-kind'))).toBe('Note · 2 claims on this page');
  });

  it('shows a dispute once when the sentence states both its sides', () => {
    note(
      [
        { id: 'C19', stance: 'states' },
        { id: 'C20', stance: 'denies' },
      ],
      'Rashida Jones, not Lena Dunham, plays Ally\u2019s best friend.',
    );
    expect(all('.cc-note-claim')).toHaveLength(1);
    expect(all('.cc-side').map((s) => s.getAttribute('data-fact-id'))).toEqual(['C19', 'C20']);
  });

  it('shortens a long sentence at a word', () => {
    expect(shortened('word '.repeat(100), 40)).toMatch(/^(word ){7}word…$/);
    expect(shortened('  short   one ')).toBe('short one');
  });
});
