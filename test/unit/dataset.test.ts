import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import committed from '../../data/generated/dataset.json';
import scope from '../../data/film/ledger/scope.json';
import { scopeProblems } from '../../data/core/facts/ledger-scope';
import type { LedgerClaims, LedgerEntities } from '../../data/core/facts/ledger-to-dataset';
import type { Dataset } from '../../data/core/facts/schema';
import { datasetProblems } from '../../data/core/facts/validate';

const LEDGER_DIR = resolve(import.meta.dirname, '../../data/film/ledger');
const readJson = <T>(name: string): T => JSON.parse(readFileSync(resolve(LEDGER_DIR, name), 'utf8')) as T;

interface RawClaim {
  id: string;
  status: string;
  conflicts_with?: string[];
  expected_by?: string;
}
interface RawSource {
  id: string;
  outlet: string;
  url: string;
  date: string | null;
  family: string;
}
const claims = readJson<
  LedgerClaims & { claims: RawClaim[]; supplementary_claims_not_in_seeds: RawClaim[]; sources: { list: RawSource[] } }
>('claims.json');
const entities = readJson<LedgerEntities>('entities.json');
const dataset = committed as unknown as Dataset;

/** Sort key for a source date: a bare year counts as its start, so "2026-01" is newer than "2026". */
const dateKey = (d: string) => {
  const [y, m = '00', day = '00'] = d.split('-');
  return `${y}-${m.padStart(2, '0')}-${day.padStart(2, '0')}`;
};

describe('data/generated/dataset.json and the facts ledger', () => {
  it('validates', () => {
    expect(datasetProblems(dataset)).toEqual([]);
  });

  it('carries every claim of both ledger lists, with its status', () => {
    const all = [...claims.claims, ...claims.supplementary_claims_not_in_seeds];
    // The counts come from the ledger, so a ledger that grows needs no change here.
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all.map((c) => c.id)).size, 'claim ids are unique across both lists').toBe(all.length);
    const facts = new Map(dataset.facts.map((f) => [f.id, f]));
    for (const c of all) {
      expect(facts.get(c.id), `claim ${c.id} missing from dataset`).toBeDefined();
      expect(facts.get(c.id)!.status, `claim ${c.id}`).toBe(c.status);
    }
    for (const c of claims.supplementary_claims_not_in_seeds) expect(facts.get(c.id)!.supplementary, c.id).toBe(true);
    for (const c of claims.claims) expect(facts.get(c.id)!.supplementary, c.id).toBe(false);
    expect(dataset.facts).toHaveLength(all.length);
  });

  it('carries every entity of the ledger', () => {
    const ids = new Set(dataset.entities.map((e) => e.id));
    expect(entities.entities.length).toBeGreaterThan(0);
    for (const e of entities.entities) expect(ids.has(e.id), `entity ${e.id}`).toBe(true);
    expect(dataset.entities).toHaveLength(entities.entities.length);
  });

  it('carries every source with its outlet, url and date', () => {
    const sources = new Map(dataset.sources.map((s) => [s.id, s]));
    for (const s of claims.sources.list) {
      const got = sources.get(s.id);
      expect(got, `source ${s.id}`).toBeDefined();
      expect(got!.outlet, s.id).toBe(s.outlet);
      expect(got!.url, s.id).toBe(s.url);
      expect(got!, s.id).toHaveProperty('date');
      expect(got!.date, s.id).toBe(s.date);
      expect(got!.family, `${s.id} keeps its family`).toBe(s.family);
    }
    expect(dataset.sources).toHaveLength(claims.sources.list.length);
  });

  it("carries every prediction's expected_by, and only predictions have one", () => {
    const all = [...claims.claims, ...claims.supplementary_claims_not_in_seeds];
    const withDate = all.filter((c) => c.expected_by);
    expect(withDate.length, 'the ledger dates some predictions').toBeGreaterThan(0);
    const facts = new Map(dataset.facts.map((f) => [f.id, f]));
    for (const c of all) expect(facts.get(c.id)!.expectedBy, c.id).toBe(c.expected_by);
    for (const c of withDate) expect(c.status, c.id).toBe('speculative');
  });

  it('marks exactly the entities the marking scope lists, and the scope decides every entity', () => {
    expect(
      scopeProblems(
        entities.entities.map((e) => e.id),
        scope,
      ),
    ).toEqual([]);
    expect(scope.marked.length, 'the film, its cast and makers, characters, companies').toBe(16);
    const marked = dataset.entities.filter((e) => e.marked).map((e) => e.id);
    expect([...marked].sort()).toEqual([...scope.marked].sort());
    for (const id of ['org.netflix', 'work.girls', 'person.megan_stalter']) expect(scope.notMarked, id).toContain(id);
  });

  it.each([
    ['C19', 'C20'],
    ['C37', 'X18'],
  ])('records the dispute %s / %s on both sides, one side favoured', (a, b) => {
    const fa = dataset.facts.find((f) => f.id === a)!;
    const fb = dataset.facts.find((f) => f.id === b)!;
    expect(fa.status).toBe('disputed');
    expect(fb.status).toBe('disputed');
    expect(fa.conflictsWith).toContain(b);
    expect(fb.conflictsWith).toContain(a);
    expect([fa.weight, fb.weight].sort()).toEqual(['disfavoured', 'favoured']);
  });

  it('says the facts are as of the newest source date', () => {
    const dates = claims.sources.list.map((s) => s.date).filter((d): d is string => d !== null);
    const newest = dates.reduce((best, d) => (dateKey(d) > dateKey(best) ? d : best));
    expect(dataset.factsAsOf).toBe(newest);
  });
});

describe('the editorial choices rest on the dataset', () => {
  it('the popup overview names only facts and entities that exist, each role backed', async () => {
    const { FILM_ID, OVERVIEW } = await import('../../data/film/editorial');
    const factIds = new Set(dataset.facts.map((f) => f.id));
    const byId = new Map(dataset.entities.map((e) => [e.id, e]));
    expect(byId.has(FILM_ID)).toBe(true);
    for (const id of [...OVERVIEW.premise, ...OVERVIEW.status]) expect(factIds.has(id), id).toBe(true);
    for (const id of [...OVERVIEW.cast, ...OVERVIEW.makers]) expect(byId.get(id)?.role, `${id} has a role line`).toBeTruthy();
  });
});
