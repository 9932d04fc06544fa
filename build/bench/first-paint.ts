// npx tsx build/bench/first-paint.ts [page.html ...] [--runs N]
//
// First contentful paint of web edition pages opened from file://, in
// Chromium (the system's, as the browser tests use): the median of N fresh
// loads each, the pages taking turns load by load so that the machine's
// other work falls on all of them alike. With no page given, the built
// out/web/index.html. Pass an older build beside it to compare.
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { median } from './measure';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 15;
const pages = args.filter((arg, i) => !arg.startsWith('--') && i !== runsAt + 1);
if (pages.length === 0) pages.push('out/web/index.html');
for (const page of pages) {
  if (!existsSync(page)) throw new Error(`first-paint: no page at ${page} (npm run build:web)`);
}

async function main(): Promise<void> {
  const systemChromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  const browser = await chromium.launch({
    executablePath: existsSync(systemChromium) ? systemChromium : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const paints = new Map<string, number[]>(pages.map((page) => [page, []]));
  try {
    for (let run = 0; run < runs; run++) {
      for (const page of pages) {
        // A fresh context each time: nothing cached between loads.
        const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
        const tab = await context.newPage();
        await tab.goto(`file://${resolve(page)}`, { waitUntil: 'load' });
        const fcp = await tab.evaluate(
          () =>
            new Promise<number>((done) => {
              const seen = performance.getEntriesByName('first-contentful-paint')[0];
              if (seen) return done(seen.startTime);
              new PerformanceObserver((list) => done(list.getEntries()[0]!.startTime)).observe({
                type: 'paint',
                buffered: true,
              });
            }),
        );
        paints.get(page)!.push(fcp);
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
  }
}

main().catch((error: unknown) => {
  console.error(`first-paint: ${(error as Error).message}`);
  process.exit(1);
});
