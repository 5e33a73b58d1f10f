import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/core/facts/dataset';
import { editDistance, foldForSearch, searchEntities } from '../../data/core/facts/search';

const top = (q: string) => searchEntities(dataset.entities, q)[0]?.entity.id;

describe('searchEntities', () => {
  it.each([
    ['Rufalo', 'person.mark_ruffalo'],
    ['portman', 'person.natalie_portman'],
    ['dunam', 'person.lena_dunham'],
    ['good thing', 'org.good_thing_going'],
    ['PORTMAN', 'person.natalie_portman'],
    ['natalie portmn', 'person.natalie_portman'],
    ['Rashida', 'person.rashida_jones'],
    ['meg rian', 'person.meg_ryan'],
    ['netflix', 'org.netflix'],
    ['filmnation', 'org.filmnation'],
    ['Good Sex', 'film.good_sex'],
    ['tiny furnature', 'work.tiny_furniture'],
  ])('"%s" finds %s first', (q, id) => {
    expect(top(q)).toBe(id);
  });

  it('finds nothing for an empty query or nonsense', () => {
    expect(searchEntities(dataset.entities, '   ')).toEqual([]);
    expect(searchEntities(dataset.entities, 'xqzvw')).toEqual([]);
  });

  it('forgives no typo in a short word, where one edit names someone else', () => {
    expect(searchEntities(dataset.entities, 'Mog').map((h) => h.entity.id)).not.toContain('person.meg_ryan');
  });

  it('caps the number of results', () => {
    expect(searchEntities(dataset.entities, 'a', 5).length).toBeLessThanOrEqual(5);
  });
});

describe('the pieces', () => {
  it('folds case, accents and punctuation', () => {
    expect(foldForSearch('  Zéta-Jones’s ')).toBe('zeta jones s');
  });

  it('counts an edit or a swap as one', () => {
    expect(editDistance('rufalo', 'ruffalo')).toBe(1);
    expect(editDistance('dunham', 'duhnam')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });
});
