import type { BrowserWindow, Rectangle } from 'electron';
import type { WindowState } from './settings';

export const DEFAULT_SIZE = { width: 1100, height: 800 };
const MIN_VISIBLE = { width: 120, height: 60 };

/**
 * Where to open the window: where it was, if that is still on a screen
 * (displays come and go: a laptop leaves its external monitor behind), shrunk
 * to fit the screen it is on; otherwise the default size, centred by Electron.
 */
export function placeWindow(
  saved: WindowState | undefined,
  workAreas: readonly Rectangle[],
): { bounds: Partial<Rectangle> & { width: number; height: number }; maximized: boolean } {
  if (!saved) return { bounds: { ...DEFAULT_SIZE }, maximized: false };
  const area = workAreas.find((a) => {
    const overlapWidth = Math.min(saved.x + saved.width, a.x + a.width) - Math.max(saved.x, a.x);
    const overlapHeight = Math.min(saved.y + saved.height, a.y + a.height) - Math.max(saved.y, a.y);
    // The top edge must be on the screen, or the title bar cannot be grabbed.
    const topOnScreen = saved.y >= a.y && saved.y < a.y + a.height - MIN_VISIBLE.height;
    return overlapWidth >= MIN_VISIBLE.width && overlapHeight >= MIN_VISIBLE.height && topOnScreen;
  });
  if (!area) return { bounds: { ...DEFAULT_SIZE }, maximized: saved.maximized };
  return {
    bounds: {
      x: saved.x,
      y: saved.y,
      width: Math.min(saved.width, area.width),
      height: Math.min(saved.height, area.height),
    },
    maximized: saved.maximized,
  };
}

/** Reports the window's place after it moves or resizes (once it settles) and when it closes. */
export function trackWindowState(
  window: Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized' | 'isDestroyed'>,
  save: (state: WindowState) => void,
  settleMs = 500,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    clearTimeout(timer);
    if (window.isDestroyed()) return;
    save({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(report, settleMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const)
    window.on(event as 'resize', later);
  window.on('close', report);
}
