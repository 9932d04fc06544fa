import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packDirectory, preloadScript, rendererDirectory } from '../../../electron/main/paths';

describe('packDirectory', () => {
  it('uses resources/pack in the checkout during development', () => {
    const dir = packDirectory({ isPackaged: false, appPath: '/src/cica', resourcesPath: '/x' });
    expect(dir).toBe(join('/src/cica', 'resources', 'pack'));
  });

  it('uses the pack beside app.asar when packaged', () => {
    const dir = packDirectory({
      isPackaged: true,
      appPath: '/opt/CICA Reference/resources/app.asar',
      resourcesPath: '/opt/CICA Reference/resources',
    });
    expect(dir).toBe(join('/opt/CICA Reference/resources', 'pack'));
  });
});

describe('built file locations', () => {
  it('finds renderer and preload next to the built main script', () => {
    expect(rendererDirectory('/app/out/main')).toBe(join('/app/out/renderer'));
    expect(preloadScript('/app/out/main')).toBe(join('/app/out/preload/index.js'));
  });
});
