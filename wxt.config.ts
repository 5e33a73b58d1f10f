import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { assertValidDataset } from './data/core/facts/validate';
import { checkBundles, describeSize } from './scripts/size-budget';
import { NOTE_MODEL_FILE } from './data/contracts/bundles';

const BARE_BROWSER = resolve(import.meta.dirname, 'entrypoints/in-page/bare-browser.ts');

/** Resolves `wxt/browser` (and the polyfill module's alias for it) to the bare API. */
function bareBrowser(): Plugin {
  return {
    name: 'context-cards:bare-browser',
    enforce: 'pre',
    resolveId: (id) => (id === 'wxt/browser' || id === '@wxt-dev/webextension-polyfill/browser' ? BARE_BROWSER : null),
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The bench builds a second copy elsewhere (with WXT_MATCHER_NOTES=off, to compare).
  ...(process.env.CC_OUT_DIR ? { outDir: process.env.CC_OUT_DIR } : {}),
  // The sources zip addons.mozilla.org asks for: what builds the extension, not what the tests
  // leave behind (the same paths .gitignore keeps out of the repository).
  zip: { excludeSources: ['test/e2e/artifacts/**', 'test/fixtures/react-app/dist/**', 'stats.html', '**/*.log'] },
  manifest: ({ browser }) => ({
    // The store listing and the browser's own surfaces in the browser's language, from
    // public/_locales (the same catalogue the interface reads; docs/adr/0009).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the person's settings (on/off, per-site, hover delay, marks), kept in this browser.
    // scripting (MV3) / the page match (MV2): to inject the marking code into a page the first
    // time it may name someone, and the card's the first time a card opens there, instead of
    // shipping them to every page. No new install warning:
    // the content script already runs on all pages.
    // contextMenus: "What do the sources say?" on selected text (no install warning).
    permissions: browser === 'firefox' ? ['storage', 'contextMenus', '<all_urls>'] : ['storage', 'scripting', 'contextMenus'],
    ...(browser === 'firefox' ? {} : { host_permissions: ['<all_urls>'] }),
    action: { default_title: '__MSG_extName__' },
    commands: {
      // Changeable in chrome://extensions/shortcuts and Firefox's add-on shortcut settings.
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_commandNextMention__',
      },
      'ask-about-selection': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandAsk__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'context-cards@good-sex.example', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  hooks: {
    // The learned note model ships as a file of its own, which the background reads when first
    // needed (data/film/learned-notes.ts), so that no bundle carries it.
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: resolve(import.meta.dirname, 'data/generated', NOTE_MODEL_FILE), relativeDest: NOTE_MODEL_FILE });
    },
    // The content script and the card script take the bare extension API (see
    // entrypoints/in-page/bare-browser.ts); the popup, options and background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
      config.plugins = [...(config.plugins ?? []), bareBrowser()];
    },
    // A malformed dataset fails the build, naming the fact or source at fault.
    'build:before': () => {
      const file = resolve(import.meta.dirname, 'data/generated/dataset.json');
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(file, 'utf8'));
      } catch (err) {
        throw new Error(
          `data/generated/dataset.json is not valid JSON (cut short or hand-edited? \`npm run dataset\` writes it): ${(err as Error).message}`,
        );
      }
      assertValidDataset(parsed);
    },
    // Each page-side bundle, and the note model, stays within its budget, or the build fails.
    'build:done': (wxt) => {
      const checks = checkBundles(wxt.config.outDir);
      for (const c of checks) console.log(`size budget: ${describeSize(c)}`);
      const over = checks.filter((c) => !c.ok);
      if (over.length) throw new Error(`Over the size budget: ${over.map(describeSize).join('; ')}`);
    },
  },
});
