// npx tsx tests/helpers/make-pack-file.ts <out.cicapack> <edition> <extra events>: the real
// pack as a later edition with extra test events, signed by the test key. For the browser
// tests, which run outside Vitest and cannot import the compiler directly.
import { writeFileSync } from 'node:fs';
import { laterEdition, packFileBytes } from './pack';

const [out, edition, events] = process.argv.slice(2);
if (!out || !edition || !events)
  throw new Error('usage: make-pack-file.ts <out> <edition> <events>');
writeFileSync(out, packFileBytes(laterEdition(Number(edition), Number(events))));
