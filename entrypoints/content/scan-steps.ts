/** One scan of a subtree as idle-sized steps: read the text, then detect and locate mentions. */
import type { Detector } from '../../data/detect';
import { toRanges, type MarkedMention } from './mention-map';
import { readPageText, type PageText } from './page-text';

export function* idleSteps(root: Node, detect: Detector): Generator<void, { page: PageText; marked: MarkedMention[] }> {
  const page = yield* readPageText(root);
  yield;
  const mentions = detect(page);
  yield;
  return { page, marked: toRanges(page, mentions, root.ownerDocument ?? document) };
}
