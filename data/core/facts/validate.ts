/**
 * Checks a dataset before anything ships it. Every problem names the id it is about, so a
 * broken ledger edit fails the build with "fact C19: ..." rather than a blank card later.
 */
import { ALIAS_RULES, ENTITY_KINDS, STATUSES, type Dataset } from './schema';

export class InvalidDatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid dataset (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
    this.name = 'InvalidDatasetError';
  }
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const strList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);

/** Every problem found, each naming its id; empty when the dataset is sound. */
export function datasetProblems(input: unknown): string[] {
  const problems: string[] = [];
  if (!isObj(input)) return ['dataset: not an object'];
  const d = input as Partial<Dataset> & Record<string, unknown>;
  if (d.schemaVersion !== 1) problems.push(`dataset: schemaVersion must be 1, got ${JSON.stringify(d.schemaVersion)}`);
  if (!isStr(d.factsAsOf) || !DATE.test(d.factsAsOf)) problems.push('dataset: factsAsOf must be a date (YYYY, YYYY-MM or YYYY-MM-DD)');
  if (!strList(d.filmAnchors) || d.filmAnchors.length === 0) problems.push('dataset: filmAnchors must be a non-empty list of strings');
  if (!Array.isArray(d.entities) || !Array.isArray(d.facts) || !Array.isArray(d.sources)) {
    problems.push('dataset: entities, facts and sources must all be lists');
    return problems;
  }

  const familyIds = new Set<string>();
  if (!Array.isArray(d.families)) problems.push('dataset: families must be a list');
  else
    for (const f of d.families as unknown[]) {
      if (!isObj(f) || !isStr(f.id)) {
        problems.push(`family ${JSON.stringify(isObj(f) ? f.id : f)}: missing id`);
        continue;
      }
      if (familyIds.has(f.id)) problems.push(`family ${f.id}: duplicate id`);
      familyIds.add(f.id);
      if (!isStr(f.name)) problems.push(`family ${f.id}: missing name`);
      if (typeof f.primary !== 'boolean') problems.push(`family ${f.id}: primary must be true or false`);
    }

  const sourceIds = new Set<string>();
  for (const s of d.sources as unknown[]) {
    if (!isObj(s) || !isStr(s.id)) {
      problems.push(`source ${JSON.stringify(isObj(s) ? s.id : s)}: missing id`);
      continue;
    }
    if (sourceIds.has(s.id)) problems.push(`source ${s.id}: duplicate id`);
    sourceIds.add(s.id);
    if (!isStr(s.outlet)) problems.push(`source ${s.id}: missing outlet`);
    if (!isStr(s.url) || !/^https?:\/\//.test(s.url)) problems.push(`source ${s.id}: url must be an http(s) address`);
    if (!(s.date === null || (isStr(s.date) && DATE.test(s.date))))
      problems.push(`source ${s.id}: date must be YYYY, YYYY-MM, YYYY-MM-DD or null`);
    if (!isStr(s.family)) problems.push(`source ${s.id}: missing family (the original reporting it derives from)`);
    else if (Array.isArray(d.families) && !familyIds.has(s.family))
      problems.push(`source ${s.id}: family ${s.family} is not in the dataset's families`);
  }

  const entityIds = new Set<string>();
  for (const e of d.entities as unknown[]) {
    if (!isObj(e) || !isStr(e.id)) {
      problems.push(`entity ${JSON.stringify(isObj(e) ? e.id : e)}: missing id`);
      continue;
    }
    if (entityIds.has(e.id)) problems.push(`entity ${e.id}: duplicate id`);
    entityIds.add(e.id);
  }

  const facts = new Map<string, Record<string, unknown>>();
  for (const f of d.facts as unknown[]) {
    if (!isObj(f) || !isStr(f.id)) {
      problems.push(`fact ${JSON.stringify(isObj(f) ? f.id : f)}: missing id`);
      continue;
    }
    if (facts.has(f.id)) problems.push(`fact ${f.id}: duplicate id`);
    facts.set(f.id, f);
  }

  for (const [id, f] of facts) {
    if (!isStr(f.text)) problems.push(`fact ${id}: missing text`);
    if (!isStr(f.subject) || !entityIds.has(f.subject))
      problems.push(`fact ${id}: subject ${JSON.stringify(f.subject)} is not an entity id`);
    if (!(STATUSES as readonly unknown[]).includes(f.status))
      problems.push(`fact ${id}: unknown status ${JSON.stringify(f.status)} (expected one of ${STATUSES.join(', ')})`);
    if (!strList(f.sources) || f.sources.length === 0) problems.push(`fact ${id}: has no source`);
    for (const key of ['sources', 'partiallySupportedBy', 'contradictedBy'] as const) {
      const list = f[key];
      if (list === undefined) continue;
      if (!strList(list)) {
        problems.push(`fact ${id}: ${key} must be a list of source ids`);
        continue;
      }
      for (const s of list) if (!sourceIds.has(s)) problems.push(`fact ${id}: source ${s} does not exist`);
    }
    if (f.expectedBy !== undefined) {
      if (!isStr(f.expectedBy) || !/^\d{4}-\d{2}-\d{2}$/.test(f.expectedBy))
        problems.push(`fact ${id}: expectedBy must be a date (YYYY-MM-DD)`);
      else if (f.status !== 'speculative') problems.push(`fact ${id}: expectedBy on a fact that is ${String(f.status)}, not speculative`);
    }
    const others = f.conflictsWith;
    if (f.status === 'disputed') {
      if (!strList(others) || others.length === 0) problems.push(`fact ${id}: disputed but names no counterpart (conflictsWith)`);
      else
        for (const o of others) {
          const other = facts.get(o);
          if (!other) problems.push(`fact ${id}: counterpart ${o} does not exist`);
          else if (!strList(other.conflictsWith) || !other.conflictsWith.includes(id))
            problems.push(`fact ${id}: counterpart ${o} does not name ${id} back`);
        }
      if (f.weight !== 'favoured' && f.weight !== 'disfavoured')
        problems.push(`fact ${id}: disputed without weight (favoured or disfavoured)`);
    } else if (others !== undefined) problems.push(`fact ${id}: conflictsWith on a fact that is ${String(f.status)}, not disputed`);
  }

  for (const e of d.entities as unknown[]) {
    if (!isObj(e) || !isStr(e.id)) continue;
    const id = e.id;
    if (!isStr(e.name)) problems.push(`entity ${id}: missing name`);
    if (!(ENTITY_KINDS as readonly unknown[]).includes(e.kind)) problems.push(`entity ${id}: unknown kind ${JSON.stringify(e.kind)}`);
    if (typeof e.marked !== 'boolean') problems.push(`entity ${id}: marked must be true or false`);
    if (e.playedBy !== undefined && !(isStr(e.playedBy) && entityIds.has(e.playedBy)))
      problems.push(`entity ${id}: playedBy ${JSON.stringify(e.playedBy)} is not an entity id`);
    if (e.role !== null) {
      if (!isObj(e.role) || !isStr(e.role.text) || !strList(e.role.basis) || e.role.basis.length === 0)
        problems.push(`entity ${id}: role needs text and the facts it rests on`);
      else for (const b of e.role.basis) if (!facts.has(b)) problems.push(`entity ${id}: role rests on fact ${b}, which does not exist`);
    }
    if (!Array.isArray(e.aliases)) {
      problems.push(`entity ${id}: aliases must be a list`);
      continue;
    }
    for (const a of e.aliases as unknown[]) {
      if (!isObj(a) || !isStr(a.surface)) {
        problems.push(`entity ${id}: alias without surface`);
        continue;
      }
      if (!(ALIAS_RULES as readonly unknown[]).includes(a.rule))
        problems.push(`entity ${id}: alias "${a.surface}" has unknown rule ${JSON.stringify(a.rule)}`);
    }
  }
  return problems;
}

/** Throws InvalidDatasetError listing every problem, or returns the dataset typed. */
export function assertValidDataset(input: unknown): Dataset {
  const problems = datasetProblems(input);
  if (problems.length) throw new InvalidDatasetError(problems);
  return input as Dataset;
}
