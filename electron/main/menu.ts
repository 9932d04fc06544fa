import type { MenuItemConstructorOptions } from 'electron';
import {
  COMMANDS,
  MENU_TITLES,
  menuKeys,
  type CommandId,
  type MenuId,
} from '../../src/shared/commands';
import type { Theme } from '../../src/shared/preferences';

export interface MenuContext {
  mac: boolean;
  /** The theme to show as chosen. */
  theme: Theme;
  /** Hands a command to the page, which carries out every app command. */
  send: (command: CommandId) => void;
}

/**
 * The native menu, built from the one command table. App commands are
 * carried out by the page; their shortcuts are shown here but handled by the
 * page's own key handler (so they work the same in the web edition), except
 * on macOS, where menu shortcuts always go through the menu.
 */
export function menuTemplate({ mac, theme, send }: MenuContext): MenuItemConstructorOptions[] {
  const items = (menu: MenuId): MenuItemConstructorOptions[] =>
    COMMANDS.filter((command) => command.menu === menu).map((command) => ({
      id: command.id,
      label: command.label,
      accelerator: menuKeys(command, mac),
      registerAccelerator: mac,
      ...(command.id.startsWith('theme:')
        ? { type: 'radio' as const, checked: command.id === `theme:${theme}` }
        : {}),
      click: () => send(command.id),
    }));
  const edit = items('edit');
  const view = items('view');
  const firstZoom = view.findIndex((item) => item.id === 'zoom-in');
  const firstTheme = view.findIndex((item) => item.type === 'radio'); // the theme choices

  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: `&${MENU_TITLES.file}`,
      submenu: [
        ...items('file'),
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: `&${MENU_TITLES.edit}`,
      submenu: [
        { role: 'copy' },
        ...edit.filter((item) => item.id !== 'find-in-page' && item.id !== 'find'),
        { type: 'separator' },
        { role: 'selectAll' },
        { type: 'separator' },
        ...edit.filter((item) => item.id === 'find-in-page' || item.id === 'find'),
      ],
    },
    {
      label: `&${MENU_TITLES.view}`,
      submenu: [
        ...view.slice(0, firstZoom),
        { type: 'separator' },
        ...view.slice(firstZoom, firstTheme),
        { type: 'separator' },
        ...view.slice(firstTheme),
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: `&${MENU_TITLES.go}`, submenu: items('go') },
    { label: `&${MENU_TITLES.tools}`, submenu: items('tools') },
    { label: `&${MENU_TITLES.help}`, role: 'help', submenu: items('help') },
  ];
}
