import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Build-time constants the renderer shows (About), for both the desktop and
 * web builds. Takes the project root: electron-vite bundles its config to
 * another folder, so this module cannot find package.json from its own path.
 */
export function appDefines(root: string): Record<string, string> {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  return { __APP_VERSION__: JSON.stringify(version) };
}
