// npx tsx build/bench/first-paint.ts [page.html ...] [--runs N]
//
// First contentful paint of web edition pages opened from file://, the main
// thread's CPU time before it, and when the FAQ's question list painted, in
// Chromium (the system's, as the browser tests use): the median of N fresh
// loads each, the pages taking turns load by load so that the machine's
// other work falls on all of them alike. With no page given, the built
// out/web/index.html. Pass an older build beside it to compare.
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { median } from './measure';
import { launchChromium, pagesAndRuns, type TraceEvent } from './web-pages';

const { pages, runs } = pagesAndRuns('first-paint', 15);

async function main(): Promise<void> {
  const browser = await launchChromium();
  const paints = new Map<string, number[]>(pages.map((page) => [page, []]));
  const questionPaints = new Map<string, number[]>(pages.map((page) => [page, []]));
  const cpuTimes = new Map<string, number[]>(pages.map((page) => [page, []]));
  try {
    for (let run = 0; run < runs; run++) {
      for (const page of pages) {
        // A fresh context each time: nothing cached between loads.
        const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
        const tab = await context.newPage();
        await browser.startTracing(tab, {
          categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
        });
        await tab.goto(`file://${resolve(page)}`, { waitUntil: 'load' });
        const [fcp, questions] = await tab.evaluate(() =>
          Promise.all(
            ['first-contentful-paint', 'faq-questions'].map(
              (name) =>
                new Promise<number>((done) => {
                  // The question list is timed by its heading's elementtiming (older builds have none).
                  const type = name === 'faq-questions' ? 'element' : 'paint';
                  // (No named function in here: tsx would wrap it in a helper the page lacks.)
                  new PerformanceObserver((list) => {
                    const entry = list
                      .getEntries()
                      .find(
                        (e) =>
                          e.name === name || (e as { identifier?: string }).identifier === name,
                      ) as (PerformanceEntry & { renderTime?: number }) | undefined;
                    if (entry) done(entry.renderTime || entry.startTime);
                  }).observe({ type, buffered: true });
                  setTimeout(() => done(NaN), 1500);
                }),
            ),
          ),
        );
        if (!Number.isNaN(questions)) questionPaints.get(page)!.push(questions);
        paints.get(page)!.push(fcp);
        cpuTimes.get(page)!.push(mainThreadCpu(await browser.stopTracing(), fcp));
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  console.log(
    `first contentful paint, median of ${runs} loads from file:// (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs):`,
  );
  for (const [page, times] of paints) {
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `  ${page}: ${median(times).toFixed(0)} ms (fastest ${sorted[0]!.toFixed(0)}, slowest ${sorted.at(-1)!.toFixed(0)})`,
    );
    console.log(
      `    the page's main thread busy before it (CPU time, less swayed by other work): ${median(cpuTimes.get(page)!).toFixed(0)} ms (median)`,
    );
    const questions = questionPaints.get(page)!;
    if (questions.length > 0)
      console.log(
        `    the FAQ's question list painted: ${median(questions).toFixed(0)} ms (median)`,
      );
  }
}

/** CPU time of the renderer's main-thread tasks from navigation to the first contentful paint. */
function mainThreadCpu(trace: Buffer, fcp: number): number {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const paint = events.find((e) => e.name === 'firstContentfulPaint');
  if (!paint) return NaN;
  const start = paint.ts - fcp * 1000;
  let micros = 0;
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || e.pid !== paint.pid || e.tid !== paint.tid)
      continue;
    if (e.ts >= start && e.ts < paint.ts) micros += e.tdur ?? 0;
  }
  return micros / 1000;
}

main().catch((error: unknown) => {
  console.error(`first-paint: ${(error as Error).message}`);
  process.exit(1);
});
