import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SIZE, placeWindow, trackWindowState } from '../../../electron/main/window-state';
import { FakeBrowserWindow } from '../../helpers/electron-fakes';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('placing the window at start', () => {
  it('opens at the default size the first time', () => {
    expect(placeWindow(undefined, [laptop])).toEqual({
      bounds: DEFAULT_SIZE,
      maximized: false,
    });
  });

  it('opens where it was when that is on a screen', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 900, maximized: false };
    expect(placeWindow(saved, [laptop, monitorOnTheRight]).bounds).toEqual({
      x: 1600,
      y: 100,
      width: 1200,
      height: 900,
    });
  });

  it('comes back to the laptop when the monitor it was on is gone', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 900, maximized: true };
    expect(placeWindow(saved, [laptop])).toEqual({ bounds: DEFAULT_SIZE, maximized: true });
  });

  it('never opens with its title bar off the screen', () => {
    const saved = { x: 100, y: -400, width: 1000, height: 800, maximized: false };
    expect(placeWindow(saved, [laptop]).bounds).toEqual(DEFAULT_SIZE);
  });

  it('opens at the default size when it was too short to see (a damaged settings file)', () => {
    const saved = { x: 100, y: 100, width: 800, height: 40, maximized: false };
    expect(placeWindow(saved, [laptop]).bounds).toEqual(DEFAULT_SIZE);
  });

  it('keeps a place that leaves exactly 120 × 60 pixels on the screen', () => {
    const edge = { x: 1440 - 120, y: 100, width: 800, height: 60, maximized: false };
    expect(placeWindow(edge, [laptop]).bounds).toEqual({ x: 1320, y: 100, width: 800, height: 60 });
  });

  it('keeps the title bar at least 60 pixels above the bottom of the screen', () => {
    const low = (y: number) => ({ x: 100, y, width: 800, height: 600, maximized: false });
    expect(placeWindow(low(900 - 61), [laptop]).bounds).toMatchObject({ y: 839 });
    expect(placeWindow(low(900 - 60), [laptop]).bounds).toEqual(DEFAULT_SIZE);
  });

  it('shrinks to fit a smaller screen than the one it was sized on', () => {
    const saved = { x: 0, y: 0, width: 2400, height: 1400, maximized: false };
    expect(placeWindow(saved, [laptop]).bounds).toEqual({ x: 0, y: 0, width: 1440, height: 900 });
  });
});

describe('tracking the window', () => {
  const fakeWindow = () => new FakeBrowserWindow({});

  it('saves once the window settles after moving, not on every step', () => {
    vi.useFakeTimers();
    const window = fakeWindow();
    const save = vi.fn();
    trackWindowState(window as never, save, 500);
    for (let i = 0; i < 10; i++) window.listeners.get('move')!();
    window.listeners.get('resize')!();
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(save).toHaveBeenCalledOnce();
    expect(save).toHaveBeenCalledWith({ x: 40, y: 30, width: 900, height: 700, maximized: false });
    vi.useRealTimers();
  });

  it('saves once when the window closes while a move is settling', () => {
    vi.useFakeTimers();
    const window = fakeWindow();
    const save = vi.fn();
    trackWindowState(window as never, save, 500);
    window.listeners.get('move')!();
    window.listeners.get('close')!();
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledOnce();
    vi.useRealTimers();
  });

  it('saves nothing once the window is gone', () => {
    vi.useFakeTimers();
    const window = fakeWindow();
    window.destroyed = true;
    const save = vi.fn();
    trackWindowState(window as never, save, 500);
    window.listeners.get('resize')!();
    vi.advanceTimersByTime(500);
    window.listeners.get('close')!();
    expect(save).not.toHaveBeenCalled();
    vi.useRealTimers();
  });

  it('saves at once when the window closes', () => {
    const window = fakeWindow();
    const save = vi.fn();
    trackWindowState(window as never, save);
    window.listeners.get('close')!();
    expect(save).toHaveBeenCalledOnce();
  });
});
