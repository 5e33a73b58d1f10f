/**
 * Turns the facts ledger (`data/film/ledger/claims.json` and `entities.json`) into the bundled
 * dataset. Pure: the caller reads and writes files. Ids are carried over unchanged.
 */
import { ALIAS_RULE_OVERRIDES, FAMILY_PRIMARY_OUTLETS, FILM_ANCHORS, ROLES } from '../../film/editorial';
import scope from '../../film/ledger/scope.json';
import type { Alias, Dataset, Entity, EntityKind, Fact, Family, Source, Status } from './schema';

interface LedgerClaim {
  id: string;
  subject: string;
  claim: string;
  status: string;
  status_reason: string;
  source_ids: string[];
  partially_supported_by_source_ids?: string[];
  contradicted_by_source_ids?: string[];
  conflicts_with?: string[];
  weight_of_evidence?: string;
  inferred?: boolean;
  time_sensitive?: boolean;
  expected_by?: string;
}
interface LedgerSource {
  id: string;
  outlet: string;
  url: string;
  date: string | null;
  via?: string;
  type: string;
  description?: string;
  family: string;
}
export interface LedgerClaims {
  sources: { list: LedgerSource[] };
  claims: LedgerClaim[];
  supplementary_claims_not_in_seeds: LedgerClaim[];
}
interface LedgerAlias {
  surface: string;
  case_sensitive: boolean;
  ambiguous: boolean;
  why_ambiguous?: string;
  accept_when: string;
}
interface LedgerEntity {
  id: string;
  canonical_name: string;
  kind: string;
  description: string;
  aliases: LedgerAlias[];
  played_by?: string;
}
export interface LedgerEntities {
  entities: LedgerEntity[];
}

/** The marking scope: everything else appears only inside cards. */
const MARKED: ReadonlySet<string> = new Set(scope.marked);

const KIND_NAMES: Record<string, EntityKind> = { company: 'company', related_work: 'related_work' };

function toAlias(entityId: string, a: LedgerAlias): Alias {
  const rule = ALIAS_RULE_OVERRIDES[`${entityId}|${a.surface}`] ?? (a.ambiguous ? 'film-context' : 'always');
  return {
    surface: a.surface,
    caseSensitive: a.case_sensitive,
    ambiguous: a.ambiguous,
    rule,
    acceptWhen: a.accept_when,
    ...(a.why_ambiguous ? { whyAmbiguous: a.why_ambiguous } : {}),
  };
}

function toFact(c: LedgerClaim, supplementary: boolean): Fact {
  return {
    id: c.id,
    subject: c.subject,
    text: c.claim,
    // Cast, not checked: the validator rejects an unknown status with the fact's id.
    status: c.status as Status,
    statusReason: c.status_reason,
    sources: c.source_ids,
    ...(c.partially_supported_by_source_ids?.length ? { partiallySupportedBy: c.partially_supported_by_source_ids } : {}),
    ...(c.contradicted_by_source_ids?.length ? { contradictedBy: c.contradicted_by_source_ids } : {}),
    ...(c.conflicts_with?.length ? { conflictsWith: c.conflicts_with } : {}),
    ...(c.weight_of_evidence ? { weight: c.weight_of_evidence as Fact['weight'] } : {}),
    supplementary,
    ...(c.inferred ? { inferred: true } : {}),
    ...(c.time_sensitive ? { timeSensitive: true } : {}),
    ...(c.expected_by ? { expectedBy: c.expected_by } : {}),
  };
}

function toSource(s: LedgerSource): Source {
  return {
    id: s.id,
    outlet: s.outlet,
    date: s.date,
    url: s.url,
    ...(s.via ? { via: s.via } : {}),
    type: s.type,
    ...(s.description ? { description: s.description } : {}),
    family: s.family,
  };
}

/**
 * Every family the sources name, in the order first met: shown as its primary outlet where the
 * ledger names one, otherwise as the one outlet its sources share. A family of several outlets
 * and no named primary has no honest single name: the build stops and says which.
 */
export function familiesOf(sources: readonly Source[]): Family[] {
  const outlets = new Map<string, Set<string>>();
  for (const s of sources) {
    const set = outlets.get(s.family) ?? new Set<string>();
    set.add(s.outlet);
    outlets.set(s.family, set);
  }
  return [...outlets].map(([id, names]) => {
    const primary = FAMILY_PRIMARY_OUTLETS[id];
    if (primary) return { id, name: primary, primary: true };
    if (names.size === 1) return { id, name: [...names][0]!, primary: false };
    throw new Error(
      `source family ${id}: its sources are ${[...names].join(', ')} and the ledger names no primary outlet for it (add one to FAMILY_PRIMARY_OUTLETS in data/film/editorial.ts)`,
    );
  });
}

/** The newest date among the sources: "2026-01" beats "2025-09-01"; a bare year counts as its start. */
export function newestDate(dates: Array<string | null>): string {
  let best = '';
  for (const d of dates) if (d && d > best) best = d;
  return best;
}

/** The ledger writes an inferred casting as "person.x (inferred)": keep the id and the doubt apart. */
function playedBy(raw: string | undefined): Pick<Entity, 'playedBy' | 'playedByInferred'> {
  if (!raw) return {};
  const m = /^(\S+)\s*\(inferred\)$/.exec(raw);
  return m ? { playedBy: m[1], playedByInferred: true } : { playedBy: raw };
}

export function ledgerToDataset(claims: LedgerClaims, entities: LedgerEntities): Dataset {
  const sources = claims.sources.list.map(toSource);
  const facts = [...claims.claims.map((c) => toFact(c, false)), ...claims.supplementary_claims_not_in_seeds.map((c) => toFact(c, true))];
  const usedSourceIds = new Set(facts.flatMap((f) => [...f.sources, ...(f.partiallySupportedBy ?? []), ...(f.contradictedBy ?? [])]));
  const out: Entity[] = entities.entities.map((e) => ({
    id: e.id,
    name: e.canonical_name,
    kind: (KIND_NAMES[e.kind] ?? e.kind) as EntityKind,
    description: e.description,
    marked: MARKED.has(e.id),
    role: ROLES[e.id] ?? null,
    ...playedBy(e.played_by),
    aliases: e.aliases.map((a) => toAlias(e.id, a)),
  }));
  return {
    schemaVersion: 1,
    factsAsOf: newestDate(sources.filter((s) => usedSourceIds.has(s.id)).map((s) => s.date)),
    filmAnchors: [...FILM_ANCHORS],
    entities: out,
    facts,
    sources,
    families: familiesOf(sources),
  };
}
