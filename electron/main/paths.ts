import { join } from 'node:path';

export interface AppLocation {
  isPackaged: boolean;
  /** `app.getAppPath()`: the project root in development, app.asar when packaged. */
  appPath: string;
  /** `process.resourcesPath`: where electron-builder puts extraResources. */
  resourcesPath: string;
}

/**
 * The one place that knows where the data pack lives: `resources/pack` in the
 * checkout during development, `<resources>/pack` beside app.asar when packaged
 * (electron-builder copies it there as an extra resource).
 */
export function packDirectory(location: AppLocation): string {
  return location.isPackaged
    ? join(location.resourcesPath, 'pack')
    : join(location.appPath, 'resources', 'pack');
}

/** The built renderer and preload, relative to the built main script (out/main). */
export function rendererDirectory(mainDir: string): string {
  return join(mainDir, '../renderer');
}

export function preloadScript(mainDir: string): string {
  return join(mainDir, '../preload/index.js');
}
