import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const { version } = JSON.parse(
  readFileSync(join(import.meta.dirname, '../package.json'), 'utf8'),
) as {
  version: string;
};

/** Build-time constants the renderer shows (About), for both the desktop and web builds. */
export const APP_DEFINES = { __APP_VERSION__: JSON.stringify(version) };
