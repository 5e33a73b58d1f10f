/**
 * The card, loaded on first need (see content/card-loader.ts): injected by the background
 * into the content-script world of the frame that asked, it builds the dataset index and
 * leaves the card's API where the content script looks for it.
 */
import { dataset } from '../../data/core/facts/dataset';
import { indexDataset } from '../../data/core/facts/dataset-index';
import { CARD_GLOBAL, type World } from '../../data/contracts/world';
import { createCardUi } from './card-ui';
import { startAsking } from './ask';

export default defineUnlistedScript(() => {
  const g = globalThis as World;
  // Injected twice (two hovers racing the first load): the first copy serves.
  if (g[CARD_GLOBAL]) return;
  const index = indexDataset(dataset);
  g[CARD_GLOBAL] = {
    createCardUi: (ctx, events, anchor) => createCardUi(ctx, index, events, anchor),
    asking: (ctx) => startAsking(ctx, () => createCardUi(ctx, index, { enter() {}, leave() {} })),
  };
});
