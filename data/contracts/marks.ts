/**
 * A mark on the page as the marker keeps it and hands it across: to the every-page stage
 * (the popup's list, the badge) and to the card (what a note is about).
 */
import type { Stance } from '../core/claims/claims';
import type { Mention } from '../core/names/detect';

/** A claim the ledger does not confirm, as a sentence states (or denies) it: what its note is about. */
export interface ClaimRef {
  id: string;
  stance: Stance;
}

export interface MarkedMention extends Mention {
  range: Range;
  /** The text nodes the mention spans: one, or more for "<b>Natalie</b> Portman". */
  nodes: Text[];
  /** Set on a sentence stating claims, one or more (its `entity` is then empty, its `text` the sentence). */
  claims?: ClaimRef[];
}
