/**
 * The learned note model's reading of a sentence (the background's, the scan command's): which
 * of the ledger's open claims it speaks of, and its stance, from two linear classifiers trained
 * at build time (scripts/train-note-model.ts) on the labelled pages and on sentences written
 * from the ledger (data/film/note-training). The model itself is a file of the extension the
 * background reads when first needed (data/generated/note-model.json), not part of any bundle.
 * ADR 0010 says why and how well.
 */
import { predict, type SoftmaxModel } from '../core/learn/softmax';
import { sentenceFeatures, type FeatureSpace, type SentenceContext } from '../core/statements/features';
import { NO_CLAIM, STANCES } from './note-model-spec';

export interface NoteModels {
  claims: SoftmaxModel;
  stance: SoftmaxModel;
}

/** What the model makes of a sentence: the open claims by probability, best first, and each stance's probability. */
export interface LearnedReading {
  claims: { claim: string; p: number }[];
  stance: Record<(typeof STANCES)[number], number>;
}

export function readSentence(space: FeatureSpace, text: string, context: SentenceContext, models: NoteModels): LearnedReading {
  const features = sentenceFeatures(space, text, context);
  const pc = predict(models.claims, features);
  const claims = models.claims.classes
    .map((claim, i) => ({ claim, p: pc[i]! }))
    .filter((c) => c.claim !== NO_CLAIM)
    .sort((a, b) => b.p - a.p);
  const ps = predict(models.stance, features);
  const stance = { states: 0, denies: 0, asks: 0 };
  models.stance.classes.forEach((s, i) => (stance[s as keyof typeof stance] = ps[i]!));
  return { claims, stance };
}
