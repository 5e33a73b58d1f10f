/** axe-core in a tab, through the driver (extension pages allow no inline script tag). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Tab } from '../../scripts/browsers/driver';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The violations axe finds ("id: help (targets)"), in the whole document or in the first of our
 * UI hosts that holds `within` (a selector inside its shadow root), and how many rules passed.
 */
export async function axeRun(tab: Tab, within?: string): Promise<{ violations: string[]; passes: number }> {
  await tab.runSource(AXE_SOURCE);
  return tab.evaluate(async (inside) => {
    type Result = { violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }>; passes: unknown[] };
    const a = (window as unknown as { axe: { run(ctx: unknown, o: object): Promise<Result> } }).axe;
    const host = inside ? [...document.querySelectorAll('context-cards-ui')].find((h) => h.shadowRoot?.querySelector(inside)) : null;
    if (host) host.setAttribute('data-axe-scope', '');
    const r = await a.run(host ? { include: [['[data-axe-scope]']] } : document, {});
    host?.removeAttribute('data-axe-scope');
    return {
      violations: r.violations.map((v) => `${v.id}: ${v.help} (${JSON.stringify(v.nodes.map((n) => n.target))})`),
      passes: r.passes.length,
    };
  }, within ?? null);
}
