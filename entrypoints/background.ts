/**
 * Thin on purpose: it turns the manifest's keyboard command into a message to the active
 * tab's content script, which does the page's work.
 */
import { browser } from 'wxt/browser';
import { NEXT_MENTION_REQUEST } from './content/protocol';

export const NEXT_MENTION_COMMAND = 'next-mention';

export async function onCommand(command: string, tab?: { id?: number }): Promise<void> {
  if (command !== NEXT_MENTION_COMMAND) return;
  const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  // A tab without our content script (a browser page) has nobody to answer: nothing to do.
  if (id !== undefined) await browser.tabs.sendMessage(id, { type: NEXT_MENTION_REQUEST }).catch(() => undefined);
}

export default defineBackground(() => {
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
});
