/**
 * Turns the three parts' results into the Markdown of BENCHMARKS.md (the terminal gets the
 * same text): the targets first, met or not with the numbers, then each part's table.
 */
import { costTargets, renderCost, type CostResults } from './cost-report';
import { HIGHLIGHT_BATCHES, type HighlightCostRun } from './highlight-cost';
import type { Machine } from './machine';
import type { MatcherRow, NodeResults, Timing } from './node-bench';
import type { PageBenchResults } from './page-bench';
import type { StormResults, StormRun } from './storm-bench';
import { max, median, ms, rate, ratio, table } from './stats';
import { renderNotes, type NotesResults } from './notes-bench';

export interface Results {
  machine: Machine;
  commit: string;
  seconds: number;
  loadAtEnd: number;
  node: NodeResults;
  page: PageBenchResults;
  nodePage: { expectedMarks: number; textChars: number; textNodes: number; readMs: number; detectMs: number };
  storm: StormResults;
  highlightCost: HighlightCostRun[];
  cost: CostResults;
  notes: NotesResults;
}

/** Targets from the benchmark's issue. */
export const TARGETS = {
  scanMs: 15,
  vsMarkjs: 20,
  aliasGrowth: 2,
  taskMs: 16,
  /** Settled within this long after the last append counts as keeping up (the scanner waits 150 ms per burst). */
  backlogMs: 500,
};

const mb = (chars: number) => `${chars / 1e6} MB`;
const yes = (ok: boolean) => (ok ? '**met**' : '**not met**');

function timing(t: Timing): string {
  const how = t.prefixChars ? `, scaled from ${Math.round(t.prefixChars / 1000)} KB †` : '';
  return `${ms(t.ms)} (${t.reps} run${t.reps === 1 ? '' : 's'}${how})`;
}

function mbps(chars: number, t: Timing): string {
  return rate(chars / 1e6 / (t.ms / 1000));
}

function range(xs: number[]): string {
  return xs.length > 1 ? ` (${ms(Math.min(...xs))}-${ms(Math.max(...xs))})` : '';
}

function med(runs: number[]): string {
  return `${ms(median(runs))}${range(runs)}`;
}

export function targets(r: Results): { rows: string[][]; met: boolean[] } {
  const ours = r.page.withExt.map((x) => x.trace.ourScriptMs);
  const scan = median(ours);
  const markjs = median(r.page.markjs.map((m) => m.ms));
  const real1 = r.node.matcher.find((m) => m.chars === 1e6 && m.set === 'real')!;
  const big1 = r.node.matcher.find((m) => m.chars === 1e6 && m.set === 'real + 10,000')!;
  const real10 = r.node.matcher.find((m) => m.chars === 1e7 && m.set === 'real')!;
  const big10 = r.node.matcher.find((m) => m.chars === 1e7 && m.set === 'real + 10,000')!;
  const growth1 = big1.ours.ms / real1.ours.ms;
  const growth10 = big10.ours.ms / real10.ours.ms;
  const longestLoad = max(r.page.withExt.map((x) => x.trace.ourLongestTaskMs));
  const longestStorm = r.storm.withExt.trace.ourLongestTaskMs;
  const s = r.storm.withExt;
  const allMarked = s.marks >= s.names;
  const met = [
    scan <= TARGETS.scanMs,
    markjs / scan >= TARGETS.vsMarkjs,
    Math.max(growth1, growth10) <= TARGETS.aliasGrowth,
    Math.max(longestLoad, longestStorm) <= TARGETS.taskMs,
    allMarked && s.backlogMs <= TARGETS.backlogMs,
  ];
  const rows = [
    [
      `Scan and mark 1 MB of page text in ≤ ${TARGETS.scanMs} ms of main-thread time`,
      `${ms(scan)} ms of our JavaScript (median of ${ours.length} loads; ${ms(median(r.page.withExt.map((x) => x.trace.busyMs)) - median(r.page.withoutExt.map((x) => x.trace.busyMs)))} ms more main-thread time than without the extension)`,
      yes(met[0]!),
    ],
    [`≥ ${TARGETS.vsMarkjs}x faster than mark.js`, `${ratio(markjs / scan)} (mark.js ${ms(markjs)} ms, ours ${ms(scan)} ms)`, yes(met[1]!)],
    [
      `10,000 aliases cost ≤ ${TARGETS.aliasGrowth}x the real ones`,
      `${ratio(growth1)} at 1 MB, ${ratio(growth10)} at 10 MB (matcher: ${ms(big1.ours.ms)} vs ${ms(real1.ours.ms)} ms per MB)`,
      yes(met[2]!),
    ],
    [
      `No task of ours over ${TARGETS.taskMs} ms`,
      `longest ${ms(longestLoad)} ms loading the 1 MB page (${siteOfLongest(r.page.withExt.map((x) => x.trace))}; up to ${max(r.page.withExt.map((x) => x.trace.ourTasksOver16))} tasks over 16 ms per load), ${ms(longestStorm)} ms in the storm (${r.storm.withExt.trace.ourTasksOver16} over 16 ms)`,
      yes(met[3]!),
    ],
    [
      `No backlog in the storm`,
      `${s.marks} of ${s.names} names marked at the end (${s.names - s.marks} missing); the count last changed ${ms(s.backlogMs)} ms after the last append; ${s.coveredBatches} of ${s.batchCount} batches ever fully marked${s.firstUncoveredMs !== null ? ` (none after ${ms(s.firstUncoveredMs)} ms into the storm)` : ''}, lag median ${ms(s.lagMedianMs)} ms, max ${ms(s.lagMaxMs)} ms`,
      yes(met[4]!),
    ],
  ];
  return { rows, met };
}

function longText(x: { ms: number; taskMs: number; startedByUs: boolean; site: string }): string {
  return `${ms(x.ms)} ms ${x.site}${x.startedByUs ? '' : ` (our part of a ${ms(x.taskMs)} ms task the page started)`}`;
}

function siteOfLongest(traces: ReadonlyArray<{ ourLongest: Array<{ ms: number; site: string }> }>): string {
  const all = traces.flatMap((t) => t.ourLongest).sort((a, b) => b.ms - a.ms);
  return all[0]?.site ?? 'none';
}

function matcherTable(rows: MatcherRow[]): string {
  const realBy = new Map(rows.filter((r) => r.set === 'real').map((r) => [r.chars, r]));
  return table(
    [
      'text',
      'aliases',
      'compile ms',
      'ours: find() ms',
      'ours MB/s',
      'per-alias regex (mark.js way) ms',
      'baseline MB/s',
      'baseline / ours',
      'ours vs real aliases',
      'matches (ours / baseline)',
    ],
    rows.map((r) => [
      mb(r.chars),
      `${r.set} (${r.aliases.toLocaleString('en-US')})`,
      ms(r.compileMs),
      timing(r.ours),
      mbps(r.chars, r.ours),
      timing(r.baseline),
      mbps(r.chars, r.baseline),
      ratio(r.baseline.ms / r.ours.ms),
      ratio(r.ours.ms / realBy.get(r.chars)!.ours.ms),
      `${r.ours.prefixChars ? '-' : r.ours.result} / ${r.baseline.prefixChars ? '-' : r.baseline.result}`,
    ]),
  );
}

function stormRow(label: string, f: (r: StormRun) => string, s: StormResults): string[] {
  return [label, f(s.withExt), f(s.withoutExt)];
}

function topIncreases(w: Record<string, number>, wo: Record<string, number>, n = 6): string[][] {
  const skip = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
  return Object.keys({ ...w, ...wo })
    .filter((k) => !skip.has(k))
    .map((k) => [k, (w[k] ?? 0) - (wo[k] ?? 0)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, d]) => [k, ms(w[k] ?? 0), ms(wo[k] ?? 0), `+${ms(d)}`]);
}

export function renderReport(r: Results): string {
  const { machine: m, node, page, storm } = r;
  const t = targets(r);
  const out: string[] = [];
  out.push('# Benchmarks', '');
  out.push(
    `Latest results of \`npm run bench\` (bench/run.ts), written by the run itself. A benchmark, not a test: nothing here fails a build.`,
    '',
  );
  out.push(
    table(
      ['', ''],
      [
        ['date', m.date],
        ['commit', r.commit],
        ['CPU', `${m.cpu}, ${m.cores} cores`],
        ['memory', `${m.memoryGiB} GiB`],
        ['OS', m.os],
        ['Node', m.node],
        ['Chromium', m.chromium],
        ['load average (1 min) at start / at end', `${m.loadAtStart} / ${r.loadAtEnd}`],
        ['run time', `${Math.round(r.seconds)} s`],
      ],
    ),
    '',
  );

  out.push('## Targets: what every page pays (the "Cost" issue)', '');
  out.push(table(['target', 'measured', 'verdict'], costTargets(r.cost).rows), '');
  out.push('## Targets: finding and marking (the "Detection" issue)', '');
  out.push(table(['target', 'measured', 'verdict'], t.rows), '');

  out.push('## (a) Matcher in Node', '');
  out.push(
    `Article-like prose (paragraphs joined by U+2029 as the page reader joins blocks), one sentence naming someone from the dataset about every 2,000 characters (${node.namesPerSize.map((n, i) => `${n.toLocaleString('en-US')} in ${mb(node.sizes[i]!)}`).join(', ')}). 1 MB = 1,000,000 characters. Aliases: every alias of data/generated/dataset.json ("real"), plus 1,000 or 10,000 synthetic two-word names from a seeded PRNG. "ours" is \`compileMatcher(aliases).find(text)\` with compile time apart; the baseline is the mark.js way, \`new RegExp(escaped alias, 'g')\` per alias, each run over the whole text. Medians of up to 7 runs after a warm-up; each measurement has a ${node.budgetMs / 1000} s budget.`,
    '',
  );
  out.push(matcherTable(node.matcher), '');
  out.push(
    `† Too slow to run over the whole text within the budget even once: timed (3 runs) on a prefix of that many KB and scaled by length (the cost is linear in the text: measured at 10, 30 and 100 KB). Matches are counted differently (the baseline has no word boundaries and counts overlaps), so only their stability matters.`,
    '',
  );
  out.push(
    'Full detector, `createDetector(dataset)` (real aliases plus capitalised forms and blockers, context rules), on the same text with no titled spans:',
    '',
  );
  out.push(
    table(
      ['text', 'createDetector ms', 'detect() ms', 'MB/s', 'mentions'],
      node.detector.map((d) => [
        mb(d.chars),
        ms(d.createMs),
        timing(d.detect),
        mbps(d.chars, d.detect),
        d.detect.prefixChars ? '-' : String(d.detect.result),
      ]),
    ),
    '',
  );

  const ours = page.withExt.map((x) => x.trace.ourScriptMs);
  const busyWith = page.withExt.map((x) => x.trace.busyMs);
  const busyWithout = page.withoutExt.map((x) => x.trace.busyMs);
  const markjs = page.markjs.map((x) => x.ms);
  out.push(renderCost(r.cost), '');
  out.push('## (c) The 1 MB page, traced', '');
  out.push(
    `A generated article: ${page.textChars.toLocaleString('en-US')} characters of text in ${page.textNodes.toLocaleString('en-US')} text nodes (paragraphs with links, bold and italics; names in film context, some split across elements). The extension's reader and detector, run over the same HTML in Node (linkedom), expect ${page.expectedMarks.toLocaleString('en-US')} marks. Served on 127.0.0.1, loaded ${page.withExt.length} times in headless Chromium with the built extension and ${page.withoutExt.length} times without; main-thread figures come from a DevTools trace over the first ${ms(page.windowMs)} ms after navigation start, our JavaScript attributed by script URL (its evaluation, compilation and every callback). Medians, with the range.`,
    '',
  );
  const last = page.withExt[page.withExt.length - 1]!;
  out.push(
    table(
      ['', 'with extension', 'without'],
      [
        ['marks made / expected', `${page.withExt.map((x) => x.marks).join(', ')} / ${page.expectedMarks}`, '-'],
        ['navigation start → all marks made (ms)', med(page.withExt.map((x) => x.marksDoneMs)), '-'],
        ['our JavaScript on the main thread (ms)', med(ours), '-'],
        ['main thread busy in the window (ms)', med(busyWith), med(busyWithout)],
        ['difference: everything we cost, painting included (ms)', ms(median(busyWith) - median(busyWithout)), ''],
        ['tasks running our JavaScript', med(page.withExt.map((x) => x.trace.ourTasks)), '-'],
        ['our longest task (ms) ‡', med(page.withExt.map((x) => x.trace.ourLongestTaskMs)), '-'],
        [
          'our tasks over 16 ms / over 50 ms',
          page.withExt.map((x) => `${x.trace.ourTasksOver16}/${x.trace.ourTasksOver50}`).join(', '),
          '-',
        ],
        [
          'longest task of any kind (trace, ms)',
          med(page.withExt.map((x) => x.trace.longestTaskMs)),
          med(page.withoutExt.map((x) => x.trace.longestTaskMs)),
        ],
        ['longest `longtask` entry until the marks were done (ms)', med(page.withExt.map((x) => x.longestLongTaskMs)), '-'],
      ],
    ),
    '',
  );
  out.push(
    "‡ A task we start (an idle callback, a timer, the script's evaluation) counts whole, browser work it causes included; in a task the page started (its DOM change, our MutationObserver callback after it) only our JavaScript counts.",
    '',
  );
  out.push(
    `Our longest tasks in the last load, with the call of ours that filled most of each (minified positions in our scripts): ${last.trace.ourLongest.map(longText).join('; ')}.`,
    '',
  );
  out.push(
    `Our heaviest call sites in the last load: ${page.topCalls.map((c) => `${c.site} ${c.calls}x, ${ms(c.totalMs)} ms total, max ${ms(c.maxMs)} ms`).join('; ')}.`,
    '',
  );
  out.push(
    `In Node over the same page: \`readPageText\` ${ms(r.nodePage.readMs)} ms (linkedom DOM, not comparable to Chromium's), \`detect(page)\` ${ms(r.nodePage.detectMs)} ms in total (pure string work on the same V8, whichever way the content script slices it).`,
    '',
  );
  out.push(
    table(
      ['mark.js 8.11.1, same page, no extension', ''],
      [
        ['surfaces', `${page.markjsSurfaces} (every alias surface of the dataset)`],
        ['options', "`separateWordSearch: false, accuracy: 'exactly', caseSensitive: true, diacritics: false`"],
        [
          'time to mark (ms, performance.now() in the page)',
          `${med(markjs)} over ${markjs.length} load${markjs.length === 1 ? '' : 's'}${markjs.length < 3 ? ' (capped: each run blocks the page for seconds)' : ''}`,
        ],
        ['marks', page.markjs.map((x) => x.marks).join(', ')],
        ['mark.js / our JavaScript', ratio(median(markjs) / median(ours))],
        ['mark.js / everything we cost (busy difference)', ratio(median(markjs) / (median(busyWith) - median(busyWithout)))],
      ],
    ),
    '',
  );

  const s = storm;
  out.push('## (d) Mutation storm', '');
  out.push(
    `The page's own script appends ${s.perBatch} paragraphs every ${s.intervalMs} ms, ${s.batches.toLocaleString('en-US')} times (${(s.batches * s.perBatch).toLocaleString('en-US')} paragraphs; every third names someone in full, so each should be marked), once with the extension and once without, each traced. Main-thread figures cover the storm and the tail after it (${ms(s.withExt.windowMs - s.withExt.stormMs)} ms, long enough for the marks to settle).`,
    '',
  );
  out.push(
    table(
      ['', 'with extension', 'without'],
      [
        stormRow(
          'storm length, first append to last (ms; nominal ' + (s.batches * s.intervalMs).toLocaleString('en-US') + ')',
          (x) => ms(x.stormMs),
          s,
        ),
        stormRow('window counted (ms)', (x) => ms(x.windowMs), s),
        stormRow('main thread busy (trace, ms)', (x) => ms(x.trace.busyMs), s),
        stormRow('TaskDuration / ScriptDuration (Performance.getMetrics, ms)', (x) => `${ms(x.taskMs)} / ${ms(x.scriptMs)}`, s),
        stormRow(
          'our JavaScript (ms) and its share of the window',
          (x) => (x.trace.ourTasks ? `${ms(x.trace.ourScriptMs)} (${((100 * x.trace.ourScriptMs) / x.windowMs).toFixed(1)}%)` : '-'),
          s,
        ),
        [
          'extra main-thread time with the extension, share of the window',
          `${ms(s.withExt.trace.busyMs - s.withoutExt.trace.busyMs)} ms (${((100 * (s.withExt.trace.busyMs - s.withoutExt.trace.busyMs)) / s.withExt.windowMs).toFixed(1)}%)`,
          '',
        ],
        stormRow(
          'tasks running our JavaScript; longest (ms) ‡; over 16 ms',
          (x) => (x.trace.ourTasks ? `${x.trace.ourTasks}; ${ms(x.trace.ourLongestTaskMs)}; ${x.trace.ourTasksOver16}` : '-'),
          s,
        ),
        stormRow('longest task of any kind (ms)', (x) => ms(x.trace.longestTaskMs), s),
        stormRow('names appended / marks at the end', (x) => `${x.names} / ${x.trace.ourTasks ? x.marks : '-'}`, s),
        stormRow("expected by the extension's detector in Node over the final page", (x) => String(x.nodeExpected), s),
        stormRow(
          'batches whose names were all marked (cumulatively) at some point',
          (x) =>
            x.trace.ourTasks
              ? `${x.coveredBatches} of ${x.batchCount}${x.firstUncoveredMs !== null ? `; none after ${ms(x.firstUncoveredMs)} ms into the storm` : ''}`
              : '-',
          s,
        ),
        stormRow(
          'lag from a batch to its names marked, those batches: median / p95 / max (ms)',
          (x) => (x.trace.ourTasks && x.coveredBatches ? `${ms(x.lagMedianMs)} / ${ms(x.lagP95Ms)} / ${ms(x.lagMaxMs)}` : '-'),
          s,
        ),
        stormRow('after the last append, until the count last changed (ms)', (x) => (x.trace.ourTasks ? ms(x.backlogMs) : '-'), s),
      ],
    ),
    '',
  );
  out.push(
    "Where the extra main-thread time went (trace events on the page's main thread, nested events counted in each; largest increases):",
    '',
  );
  out.push(
    table(['event', 'with (ms)', 'without (ms)', 'difference'], topIncreases(s.withExt.trace.byName, s.withoutExt.trace.byName)),
    '',
  );
  if (r.highlightCost.length) {
    const [none, many] = [r.highlightCost[0]!, r.highlightCost[r.highlightCost.length - 1]!];
    out.push(
      `PrePaint is where Chromium rebuilds the markers of every registered highlight range after any DOM or style change (HighlightRegistry::ValidateHighlightMarkers), so its cost grows with the registered marks times the frames in which the page changes; the extension therefore registers only the marks within a screenful of the screen. The same browser without the extension, on a page that registers its own highlight ranges and then appends ${HIGHLIGHT_BATCHES} batches of 10 paragraphs 10 ms apart:`,
      '',
    );
    out.push(
      table(
        [
          'highlight ranges registered',
          `${HIGHLIGHT_BATCHES} batches took (ms; nominal ${(HIGHLIGHT_BATCHES * 10).toLocaleString('en-US')})`,
          'main thread busy (ms)',
          'PrePaint (ms)',
          'PrePaint per batch (ms)',
        ],
        r.highlightCost.map((h) => [
          h.ranges.toLocaleString('en-US'),
          ms(h.ms),
          ms(h.busyMs),
          ms(h.prePaintMs),
          ms(h.prePaintMs / HIGHLIGHT_BATCHES),
        ]),
      ),
      '',
    );
    out.push(
      `${many.ranges.toLocaleString('en-US')} ranges add ${ms((many.prePaintMs - none.prePaintMs) / HIGHLIGHT_BATCHES)} ms of PrePaint to every batch (${ms((1000 * (many.prePaintMs - none.prePaintMs)) / HIGHLIGHT_BATCHES / Math.max(1, many.ranges))} µs per range per batch).`,
      '',
    );
  }
  out.push(
    `Our heaviest call sites over the whole storm run (page load included): ${s.withExt.topCalls.map((c) => `${c.site} ${c.calls}x, ${ms(c.totalMs)} ms total, max ${ms(c.maxMs)} ms`).join('; ')}. Our longest tasks: ${s.withExt.trace.ourLongest.map(longText).join('; ')}.`,
    '',
  );

  out.push('## (e) Claim notes with and without the statement matcher', '');
  out.push(...renderNotes(r.notes));

  out.push('## Method and caveats', '');
  out.push(
    [
      "- Everything runs in one Node process: it builds the extension (`wxt build`) when the build is missing or older than its sources, generates the texts and pages from fixed seeds into a temporary folder, serves them on 127.0.0.1 and drives Debian's Chromium headless through Playwright; browsers and the server are closed in `finally` blocks.",
      "- Our JavaScript is attributed from the trace by the content script's URL (`FunctionCall`, `EvaluateScript`, `v8.compile` events); promise continuations outside those events are not counted, the busy-time difference with and without the extension catches them, along with the browser's own work for our highlights (PrePaint, paint).",
      '- Tracing costs a little; it is on for both sides of every comparison except mark.js, which is timed with `performance.now()` alone (so the ratios flatter mark.js slightly).',
      `- "No backlog" means every appended name marked and the count settled within ${TARGETS.backlogMs} ms of the last append (the scanner waits 150 ms for a burst to settle by design).`,
      '- Numbers from a shared 2-core virtual machine vary by 10-30% between runs; ratios are steadier than absolute times.',
    ].join('\n'),
    '',
  );
  return out.join('\n');
}
