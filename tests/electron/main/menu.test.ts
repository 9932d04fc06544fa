import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../../electron/main/menu';
import { COMMANDS } from '../../../src/shared/commands';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((menu) => [
    menu,
    ...items((menu.submenu as MenuItemConstructorOptions[] | undefined) ?? []),
  ]);
}

describe('the native menu', () => {
  it('has File, Edit, View, Go, Tools and Help, with quit, copy and full screen from the system', () => {
    const template = menuTemplate({ mac: false, theme: 'system', send: vi.fn() });
    expect(template.map((menu) => menu.label)).toEqual([
      '&File',
      '&Edit',
      '&View',
      '&Go',
      '&Tools',
      '&Help',
    ]);
    const roles = items(template).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['quit', 'copy', 'togglefullscreen']));
  });

  it('offers every command of the table, with its shortcut, and sends it to the page', () => {
    const send = vi.fn();
    const all = items(menuTemplate({ mac: false, theme: 'system', send }));
    for (const command of COMMANDS) {
      const item = all.find((i) => i.id === command.id);
      expect(item, command.id).toMatchObject({ label: command.label, accelerator: command.keys });
      (item!.click as () => void)();
      expect(send).toHaveBeenLastCalledWith(command.id);
    }
  });

  it('leaves the shortcuts to the page on Windows and Linux, and to the menu on macOS', () => {
    const linux = items(menuTemplate({ mac: false, theme: 'system', send: vi.fn() }));
    expect(linux.find((i) => i.id === 'find')!.registerAccelerator).toBe(false);
    const mac = items(menuTemplate({ mac: true, theme: 'system', send: vi.fn() }));
    expect(mac.find((i) => i.id === 'find')!.registerAccelerator).toBe(true);
    expect(mac.find((i) => i.id === 'back')!.accelerator).toBe('CmdOrCtrl+[');
    expect(mac[0]!.role).toBe('appMenu');
  });

  it('shows the chosen theme as checked', () => {
    const all = items(menuTemplate({ mac: false, theme: 'dark', send: vi.fn() }));
    const themes = all.filter((i) => i.id?.startsWith('theme:'));
    expect(themes.map((i) => [i.id, i.type, i.checked])).toEqual([
      ['theme:system', 'radio', false],
      ['theme:light', 'radio', false],
      ['theme:dark', 'radio', true],
    ]);
  });
});
