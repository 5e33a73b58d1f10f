/** Lookups by id over the bundled dataset, built once. */
import type { Dataset, Entity, Fact, Family, Source } from './schema';

export interface DatasetIndex {
  dataset: Dataset;
  entity(id: string): Entity | undefined;
  fact(id: string): Fact | undefined;
  source(id: string): Source | undefined;
  family(id: string): Family | undefined;
  /** Facts whose subject is the entity, in ledger order. */
  factsAbout(entityId: string): Fact[];
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const facts = new Map(dataset.facts.map((f) => [f.id, f]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const families = new Map(dataset.families.map((f) => [f.id, f]));
  const about = new Map<string, Fact[]>();
  for (const f of dataset.facts) {
    const list = about.get(f.subject);
    if (list) list.push(f);
    else about.set(f.subject, [f]);
  }
  return {
    dataset,
    entity: (id) => entities.get(id),
    fact: (id) => facts.get(id),
    source: (id) => sources.get(id),
    family: (id) => families.get(id),
    factsAbout: (id) => about.get(id) ?? [],
  };
}
