import { describe, expect, it } from 'vitest';
import { scopeProblems } from '../../data/core/facts/ledger-scope';

describe('scopeProblems', () => {
  const ids = ['film.a', 'person.b', 'work.c'];
  it('accepts a scope that puts every entity in one list', () => {
    expect(scopeProblems(ids, { marked: ['film.a', 'person.b'], notMarked: ['work.c'] })).toEqual([]);
  });
  it('names an entity neither list decides', () => {
    expect(scopeProblems(ids, { marked: ['film.a'], notMarked: ['work.c'] })).toEqual([
      'entity person.b: scope.json says neither marked nor notMarked (decide, then add it to one list)',
    ]);
  });
  it('names an id in both lists, twice in one, or unknown', () => {
    const problems = scopeProblems(ids, { marked: ['film.a', 'person.b', 'film.a'], notMarked: ['work.c', 'person.b', 'org.x'] });
    expect(problems).toEqual([
      'scope.json: film.a is in marked twice',
      'scope.json: person.b is in marked and notMarked',
      'scope.json notMarked: org.x is not an entity of entities.json',
    ]);
  });
});
