/**
 * A mark on the page as the marker keeps it and hands it across: to the every-page stage
 * (the popup's list, the badge) and to the card (what a note is about). A mark is a name or a
 * sentence stating claims, never a name with no entity.
 */
import type { Stance } from '../core/claims/stance';

/** A claim the ledger does not confirm, as a sentence states (or denies) it: what its note is about. */
export interface ClaimRef {
  id: string;
  stance: Stance;
}

/** Where a mark is: its span in the page text, and the live range over the text nodes it spans. */
export interface Placed {
  start: number;
  end: number;
  /** The text as on the page: the name, or the whole sentence. */
  text: string;
  range: Range;
  /** The text nodes it spans: one, or more for "<b>Natalie</b> Portman". */
  nodes: Text[];
}

export interface NameMark extends Placed {
  kind: 'name';
  entity: string;
  /** Named in full (a distinctive alias), which lets bare surnames elsewhere on the page count. */
  full: boolean;
}

/** A sentence stating (or denying) one or more claims. */
export interface ClaimMark extends Placed {
  kind: 'claim';
  claims: ClaimRef[];
}

export type Mark = NameMark | ClaimMark;

/** A mark found in page text, before it is placed in the page. */
export type Found<M extends Mark> = Omit<M, 'range' | 'nodes'>;
