/**
 * Page text is the page's blocks (paragraphs, headings, list items, cells) joined by U+2029,
 * the paragraph separator, which no page's text holds (entrypoints/named-page/page-text.ts).
 */
import { lastAtOrBefore } from '../algo/partition-point';

export const BLOCK_SEPARATOR = '\u2029';

/** Where each block starts, for the block of any offset by a binary search: `lastIndexOf` would walk back over a giant block each time. */
export interface Blocks {
  starts: number[];
}

export function blocksOf(text: string): Blocks {
  const starts = [0];
  for (let i = text.indexOf(BLOCK_SEPARATOR); i !== -1; i = text.indexOf(BLOCK_SEPARATOR, i + 1)) starts.push(i + 1);
  return { starts };
}

const blockIndex = (blocks: Blocks, offset: number): number => lastAtOrBefore(blocks.starts, offset);

export const blockStart = (blocks: Blocks, offset: number): number => blocks.starts[blockIndex(blocks, offset)]!;

/** Where the block holding `offset` ends (its separator, or the text's end). */
export function blockEnd(blocks: Blocks, offset: number, length: number): number {
  const next = blocks.starts[blockIndex(blocks, offset) + 1];
  return next === undefined ? length : next - 1;
}
