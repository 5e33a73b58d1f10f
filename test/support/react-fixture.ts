/** Builds the React fixture with Vite (React from npm) into test/fixtures/react-app/dist. */
import { resolve } from 'node:path';
import { build } from 'vite';
import { FIXTURES_DIR } from '../../scripts/browsers/chromium';

export async function buildReactFixture(): Promise<string> {
  const root = resolve(FIXTURES_DIR, 'react-app');
  const outDir = resolve(root, 'dist');
  await build({
    root,
    base: './',
    logLevel: 'warn',
    configFile: false,
    build: { outDir, emptyOutDir: true, minify: true },
  });
  return outDir;
}
