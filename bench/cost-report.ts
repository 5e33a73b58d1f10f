/**
 * The side-by-side part of BENCHMARKS.md: what each variant adds over no extension on each
 * page, ours against the floor as ratios, and the targets of the "Cost" issue.
 */
import type { FirstCard, PageCost, Variant } from './cost-bench';
import { extra } from './cost-bench';
import type { StormResults } from './storm-bench';
import { median, ms, ratio, table } from './stats';
import type { SizeCheck } from '../scripts/size-budget';

export const COST_TARGETS = {
  noMentionScript: 1.5,
  noMentionHeap: 1.5,
  mentionsScript: 2,
  bigPageScript: 2,
  taskMs: 16,
  firstCardMs: 50,
  /** Extra main-thread time in the storm, as a share of the window. */
  stormExtraShare: 0.15,
};

export interface CostResults {
  pages: PageCost[];
  firstCard: FirstCard;
  size: SizeCheck;
  storm: StormResults;
}

const yes = (ok: boolean) => (ok ? '**met**' : '**not met**');
const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} kB`;
const LABEL: Record<Variant, string> = { none: 'no extension', empty: 'empty content script', floor: 'floor', ours: 'Context Cards' };

export function stormExtraShare(s: StormResults): number {
  return (s.withExt.trace.busyMs - s.withoutExt.trace.busyMs) / s.withExt.windowMs;
}

export function costTargets(r: CostResults): { rows: string[][]; met: boolean[] } {
  const rows: string[][] = [];
  const met: boolean[] = [];
  const add = (target: string, measured: string, ok: boolean) => {
    rows.push([target, measured, yes(ok)]);
    met.push(ok);
  };
  const kind = (c: PageCost) => (c.page.expectedMarks === 0 ? 'none' : c.page.expectedMarks > 1000 ? 'big' : 'some');
  for (const c of r.pages) {
    const o = extra(c, 'ours');
    const f = extra(c, 'floor');
    const sr = o.scriptMs / f.scriptMs;
    if (kind(c) === 'none') {
      const hr = o.heapBytes / f.heapBytes;
      add(
        `${c.page.name}: extra script time ≤ ${COST_TARGETS.noMentionScript}x the floor's`,
        `${ms(o.scriptMs)} vs ${ms(f.scriptMs)} ms: ${ratio(sr)}`,
        sr <= COST_TARGETS.noMentionScript,
      );
      add(
        `${c.page.name}: extra JS heap ≤ ${COST_TARGETS.noMentionHeap}x the floor's`,
        `${kb(o.heapBytes)} vs ${kb(f.heapBytes)}: ${ratio(hr)}`,
        hr <= COST_TARGETS.noMentionHeap,
      );
    } else {
      const limit = kind(c) === 'big' ? COST_TARGETS.bigPageScript : COST_TARGETS.mentionsScript;
      const right = c.marks.ours.every((n) => n === c.page.expectedMarks);
      add(
        `${c.page.name}: extra script time ≤ ${limit}x the floor's${kind(c) === 'big' ? ', every mark right' : ', card never opened'}`,
        `${ms(o.scriptMs)} vs ${ms(f.scriptMs)} ms: ${ratio(sr)}; marks ${c.marks.ours.join(', ')} of ${c.page.expectedMarks} expected`,
        sr <= limit && right,
      );
    }
  }
  const longest = Math.max(...r.pages.map((c) => c.ourLongestTaskMs), r.storm.withExt.trace.ourLongestTaskMs);
  const worst = [...r.pages].sort((a, b) => b.ourLongestTaskMs - a.ourLongestTaskMs)[0]!;
  add(
    `No task of ours over ${COST_TARGETS.taskMs} ms, the script's evaluation included`,
    `longest ${ms(longest)} ms (${worst.page.name}: ${ms(worst.ourLongestTaskMs)} ms, ${worst.ourLongestSite}; storm ${ms(r.storm.withExt.trace.ourLongestTaskMs)} ms)`,
    longest <= COST_TARGETS.taskMs,
  );
  add(
    `The content script ≤ ${Math.round(r.size.budget / 1024)} kB gzip (the build fails above it)`,
    `${(r.size.gzip / 1024).toFixed(1)} kB gzip, ${(r.size.raw / 1024).toFixed(1)} kB raw`,
    r.size.ok,
  );
  for (const delay of ['normal', 'instant'] as const) {
    const xs = r.firstCard.runs.filter((x) => x.delay === delay).map((x) => x.ms);
    const m = median(xs);
    add(
      `First card paints ≤ ${COST_TARGETS.firstCardMs} ms after the hover intent fires (${delay === 'normal' ? 'default 0.5 s dwell' : '"instant": no head start'})`,
      `median ${ms(m)} ms, max ${ms(Math.max(...xs))} ms over ${xs.length} fresh pages`,
      Math.max(...xs) <= COST_TARGETS.firstCardMs,
    );
  }
  const share = stormExtraShare(r.storm);
  const s = r.storm.withExt;
  add(
    `Mutation storm: extra main-thread time ≤ ${COST_TARGETS.stormExtraShare * 100}% of the window, no backlog, every name marked`,
    `${(share * 100).toFixed(1)}% (${ms(s.trace.busyMs - r.storm.withoutExt.trace.busyMs)} ms of ${ms(s.windowMs)}); ${s.marks} of ${s.names} marked, settled ${ms(s.backlogMs)} ms after the last append`,
    share <= COST_TARGETS.stormExtraShare && s.marks >= s.names,
  );
  const quiet = r.pages.map((c) => c.ourEventsWhenQuiet);
  add(
    'A page that stops changing costs nothing more: none of our callbacks once the scan is done',
    `${quiet.reduce((a, b) => a + b, 0)} tasks of ours in the ${ms(r.pages[0]!.quietWindowMs[1] - r.pages[0]!.quietWindowMs[0])} ms after each page settled (${r.pages.map((c) => `${c.page.name}: ${c.ourEventsWhenQuiet}`).join('; ')})`,
    quiet.every((n) => n === 0),
  );
  return { rows, met };
}

export function renderCost(r: CostResults): string {
  const out: string[] = [];
  out.push('## (b) What every page pays: ours beside an empty content script and the floor', '');
  out.push(
    "Four browsers with identical flags: no extension, an empty content script, the *floor* (built by the bench from the dataset's aliases: one TreeWalker over the text nodes, one combined regex of every alias, a Range per match, one `CSS.highlights` entry; no context rules, no card) and the built Context Cards. The four browsers are open together and take turns, one load each in order, so that the machine's drift over the run falls on every variant alike; each page is loaded fresh several times per browser; at a fixed page time (after the marks, if any, are all made: ours counted through the content script's probe, since only those near the screen are registered with the page) the heap is garbage-collected and `Performance.getMetrics` read. \"Extra\" is a variant's median minus no extension's median; the ratio is ours over the floor's. Our longest task and our callbacks once quiet come from one traced load of each page.",
    '',
  );
  const rows: string[][] = [];
  for (const c of r.pages) {
    const f = extra(c, 'floor');
    for (const v of ['empty', 'floor', 'ours'] as const) {
      const e = extra(c, v);
      rows.push([
        v === 'empty' ? `${c.page.name} (${c.page.reps} loads, read at ${c.page.settleMs} ms)` : '',
        LABEL[v],
        ms(e.scriptMs),
        v === 'ours' ? ratio(e.scriptMs / f.scriptMs) : '',
        ms(e.taskMs),
        v === 'ours' ? ratio(e.taskMs / f.taskMs) : '',
        kb(e.heapBytes),
        v === 'ours' ? ratio(e.heapBytes / f.heapBytes) : '',
        v === 'empty' ? '-' : c.marks[v].join(', '),
        v === 'ours' ? `${ms(c.ourLongestTaskMs)} (${c.ourLongestSite})` : '',
      ]);
    }
  }
  out.push(
    table(
      [
        'page',
        'variant',
        'extra script ms',
        'ours / floor',
        'extra task ms',
        'ours / floor',
        'extra JS heap',
        'ours / floor',
        'marks',
        'our longest task ms',
      ],
      rows,
    ),
    '',
  );
  out.push(
    `No extension, for scale: ${r.pages.map((c) => `${c.page.name} ${ms(c.medians.none.scriptMs)} ms script, ${ms(c.medians.none.taskMs)} ms tasks, ${kb(c.medians.none.heapBytes)} heap`).join('; ')}. The floor marks more than we do: it has no context rules, so every "Ally", "Mark" or "Good Sex" counts.`,
    '',
  );
  const normal = r.firstCard.runs.filter((x) => x.delay === 'normal').map((x) => x.ms);
  const instant = r.firstCard.runs.filter((x) => x.delay === 'instant').map((x) => x.ms);
  out.push('### The first card', '');
  out.push(
    `The card's code and data are not in the content script: the background injects them into the page's content-script world the first time a card is wanted (the dwell's start, a tap, the keyboard), or with "instant" cards once the page's marks have settled. Timed from the hover intent firing (a user-timing mark the content script sets) to the first animation frame with the dialog in it, on a fresh page each time: ${ms(median(normal))} ms median (${normal.map(ms).join(', ')}) with the default 0.5 s dwell, during which the code arrives; ${ms(median(instant))} ms (${instant.map(ms).join(', ')}) with "instant", where the pointer gives no head start (the bench hovers once the first mark is painted; the code is fetched when the marks settle).`,
    '',
  );
  return out.join('\n');
}
