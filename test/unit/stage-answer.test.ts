/**
 * The card's words come with its script: the loader keeps what the background answered the
 * load request with, and the card takes its locale from there, asking for none.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { LOAD_CARD_REQUEST, type LocaleResponse } from '../../data/contracts/messages';
import { CARD_GLOBAL, STAGE_ANSWER_GLOBAL, type World } from '../../data/contracts/world';
import type { CardModule } from '../../data/contracts/stages';
import { stageLoader } from '../../entrypoints/in-page/load-stage';

const g = globalThis as World;

afterEach(() => {
  vi.restoreAllMocks();
  delete g[CARD_GLOBAL];
  delete g[STAGE_ANSWER_GLOBAL];
});

describe('a stage and what the background sends with it', () => {
  it('keeps the answer to the load request for the stage, and the card takes its locale from it without asking', async () => {
    const italian: LocaleResponse = { lang: 'it', messages: { check: 'Verifica' }, fallback: { check: 'Check' } };
    const module = {} as CardModule;
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      expect(message).toEqual({ type: LOAD_CARD_REQUEST });
      g[CARD_GLOBAL] = module; // what the injected script does
      return italian;
    });
    expect(await stageLoader(LOAD_CARD_REQUEST, CARD_GLOBAL)()).toBe(module);
    expect(g[STAGE_ANSWER_GLOBAL]?.[CARD_GLOBAL]).toEqual(italian);
    const { locale } = await import('../../entrypoints/first-hover/locale');
    expect(await locale()).toEqual(italian);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
