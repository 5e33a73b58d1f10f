/**
 * What the learned note model is over, shared by its training (scripts/train-note-model.ts) and
 * its use (learned-notes.ts): the classes and how the concepts become tokens.
 */
import type { ConceptIndex } from '../core/statements/concepts';
import type { FeatureSpace } from '../core/statements/features';

/** One token for the concepts that are the same person ("Ryan" after "Meg Ryan"; Role Model and Pillsbury). */
export const SAME_CONCEPT: Readonly<Record<string, string>> = {
  PORTMAN_SURNAME: 'PORTMAN',
  DUNHAM_SURNAME: 'DUNHAM',
  DUNHAMS: 'DUNHAM',
  JONES_SURNAME: 'RASHIDA',
  RYAN_SURNAME: 'MEG',
  ROLE_MODEL: 'PILLSBURY',
};

/** The claim model's class for a sentence that states or denies no open claim. */
export const NO_CLAIM = 'none';
/** The stance model's classes. */
export const STANCES = ['states', 'denies', 'asks'] as const;

export const featureSpaceOf = (concepts: ConceptIndex): FeatureSpace => ({ concepts, same: SAME_CONCEPT });
