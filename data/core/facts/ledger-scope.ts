/**
 * The marking scope must decide every entity of the ledger: a new entity that is in neither
 * list would silently go unmarked, one listed twice or unknown is a typo. Pure; the import
 * command and the dataset test both ask it.
 */
export interface MarkingScope {
  marked: string[];
  notMarked: string[];
}

export function scopeProblems(entityIds: readonly string[], scope: MarkingScope): string[] {
  const problems: string[] = [];
  const known = new Set(entityIds);
  const seen = new Map<string, string>();
  for (const [list, ids] of [
    ['marked', scope.marked],
    ['notMarked', scope.notMarked],
  ] as const) {
    for (const id of ids) {
      if (!known.has(id)) problems.push(`scope.json ${list}: ${id} is not an entity of entities.json`);
      const before = seen.get(id);
      if (before) problems.push(`scope.json: ${id} is in ${before}${before === list ? ' twice' : ` and ${list}`}`);
      seen.set(id, list);
    }
  }
  for (const id of entityIds) {
    if (!seen.has(id)) problems.push(`entity ${id}: scope.json says neither marked nor notMarked (decide, then add it to one list)`);
  }
  return problems;
}
