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

/** A menu as the reader sees it: one line per item, `---` for a separator. */
function layout(template: MenuItemConstructorOptions[]): Record<string, string[]> {
  return Object.fromEntries(
    template.map((menu) => [
      menu.label ?? `(${menu.role})`,
      ((menu.submenu as MenuItemConstructorOptions[] | undefined) ?? []).map((item) => {
        if (item.type === 'separator') return '---';
        if (item.role) return [`role ${item.role}`, item.accelerator].filter(Boolean).join(' ');
        const radio = item.type === 'radio' ? ` (radio${item.checked ? ', checked' : ''})` : '';
        return [item.id, item.accelerator].filter(Boolean).join(' ') + radio;
      }),
    ]),
  );
}

describe('the menus, item by item', () => {
  const edit = [
    'role copy',
    'copy-open CmdOrCtrl+Shift+C',
    'copy-markdown CmdOrCtrl+Shift+M',
    '---',
    'role selectAll',
    '---',
    'find-in-page CmdOrCtrl+F',
    'find CmdOrCtrl+K',
  ];
  const tools = [
    'bookmark CmdOrCtrl+D',
    'bookmarks CmdOrCtrl+Shift+B',
    'dossier-add CmdOrCtrl+Shift+D',
    'dossier CmdOrCtrl+Shift+E',
    'check-quote CmdOrCtrl+Shift+L',
  ];
  const view = [
    'tab:faq CmdOrCtrl+1',
    'tab:overview CmdOrCtrl+2',
    'tab:membership CmdOrCtrl+3',
    'tab:bodies CmdOrCtrl+4',
    'tab:documents CmdOrCtrl+5',
    'tab:timeline CmdOrCtrl+6',
    'tab:compare CmdOrCtrl+7',
    '---',
    'zoom-in CmdOrCtrl+=',
    'zoom-out CmdOrCtrl+-',
    'zoom-reset CmdOrCtrl+0',
    '---',
    'theme:system (radio)',
    'theme:light (radio, checked)',
    'theme:dark (radio)',
    '---',
    'role togglefullscreen',
  ];
  const file = [
    'open-pack CmdOrCtrl+O',
    'content-packs',
    'save-markdown CmdOrCtrl+S',
    'save-html',
    'save-text',
    'print CmdOrCtrl+P',
    '---',
  ];

  it('on Windows and Linux: File ends with Quit (Ctrl+Q); tabs, text size and theme are grouped', () => {
    expect(layout(menuTemplate({ mac: false, theme: 'light', send: vi.fn() }))).toEqual({
      '&File': [...file, 'role quit CmdOrCtrl+Q'],
      '&Edit': edit,
      '&View': view,
      '&Go': ['back Alt+Left', 'forward Alt+Right'],
      '&Tools': tools,
      '&Help': ['shortcuts F1', 'about'],
    });
  });

  it('on macOS: the app menu first, File ends with Close, Go uses Cmd+[ and Cmd+]', () => {
    expect(layout(menuTemplate({ mac: true, theme: 'light', send: vi.fn() }))).toEqual({
      '(appMenu)': [],
      '&File': [...file, 'role close'],
      '&Edit': edit,
      '&View': view,
      '&Go': ['back CmdOrCtrl+[', 'forward CmdOrCtrl+]'],
      '&Tools': tools,
      '&Help': ['shortcuts F1', 'about'],
    });
  });

  it('gives Help the system’s help role (macOS adds its search field there)', () => {
    const help = menuTemplate({ mac: true, theme: 'system', send: vi.fn() }).at(-1)!;
    expect(help).toMatchObject({ label: '&Help', role: 'help' });
  });
});
