import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { assertValidDataset } from './data/validate';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Context Cards — Good Sex',
    description: 'Marks mentions of the film Good Sex, its cast and makers on any page; hover for verified facts with their sources.',
    // storage: the person's settings (on/off, per-site, hover delay, marks), kept in this browser.
    permissions: ['storage'],
    action: { default_title: 'Context Cards — Good Sex' },
    commands: {
      // Changeable in chrome://extensions/shortcuts and Firefox's add-on shortcut settings.
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Go to the next mention on the page and open its card',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'context-cards@good-sex.example', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
  hooks: {
    // A malformed dataset fails the build, naming the fact or source at fault.
    'build:before': () => {
      assertValidDataset(JSON.parse(readFileSync(resolve(import.meta.dirname, 'data/dataset.json'), 'utf8')));
    },
  },
});
