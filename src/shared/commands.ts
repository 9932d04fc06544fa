import { SECTIONS, type SectionId } from './sections';
import { THEMES, type Theme } from './preferences';

// Every command the reader can give, declared once: the native menu, the
// renderer's keyboard handling and the keyboard-shortcuts panel all read this
// table, so a shortcut shown is a shortcut that works.

export type CommandId =
  | 'open-pack'
  | 'content-packs'
  | 'save-markdown'
  | 'save-html'
  | 'save-text'
  | 'print'
  | 'copy-open'
  | 'copy-markdown'
  | 'find'
  | 'find-in-page'
  | `tab:${SectionId}`
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | `theme:${Theme}`
  | 'back'
  | 'forward'
  | 'bookmark'
  | 'bookmarks'
  | 'dossier-add'
  | 'dossier'
  | 'check-quote'
  | 'shortcuts'
  | 'about';

export type MenuId = 'file' | 'edit' | 'view' | 'go' | 'tools' | 'help';

/** The menus in order, with their titles (the native menu's and the shortcuts panel's). */
export const MENU_TITLES: Readonly<Record<MenuId, string>> = {
  file: 'File',
  edit: 'Edit',
  view: 'View',
  go: 'Go',
  tools: 'Tools',
  help: 'Help',
};

export interface Command {
  id: CommandId;
  menu: MenuId;
  label: string;
  /**
   * Electron accelerator syntax (`CmdOrCtrl+Shift+C`): shown in the menu and
   * in the shortcuts panel, matched by the renderer's key handler.
   */
  keys?: string;
  /** The Mac's own convention, where it differs (shown and used there instead of `keys`). */
  macKeys?: string;
  /** Further keys that do the same (shown in the panel, not in the menu). */
  alsoKeys?: string[];
}

export const COMMANDS: readonly Command[] = [
  { id: 'open-pack', menu: 'file', label: 'Open content pack…', keys: 'CmdOrCtrl+O' },
  { id: 'content-packs', menu: 'file', label: 'Content packs…' },
  { id: 'save-markdown', menu: 'file', label: 'Save as Markdown…', keys: 'CmdOrCtrl+S' },
  { id: 'save-html', menu: 'file', label: 'Save as HTML…' },
  { id: 'save-text', menu: 'file', label: 'Save as plain text…' },
  { id: 'print', menu: 'file', label: 'Print…', keys: 'CmdOrCtrl+P' },
  { id: 'copy-open', menu: 'edit', label: 'Copy section with citation', keys: 'CmdOrCtrl+Shift+C' },
  {
    id: 'copy-markdown',
    menu: 'edit',
    label: 'Copy section as Markdown',
    keys: 'CmdOrCtrl+Shift+M',
  },
  // Ctrl/Cmd+F finds in the page, as in any browser; the reference's search has its own keys.
  { id: 'find-in-page', menu: 'edit', label: 'Find in page…', keys: 'CmdOrCtrl+F' },
  {
    id: 'find',
    menu: 'edit',
    label: 'Search the reference…',
    keys: 'CmdOrCtrl+K',
    alsoKeys: ['/'],
  },
  ...SECTIONS.map((section, index): Command => ({
    id: `tab:${section.id}`,
    menu: 'view',
    label: section.label,
    keys: `CmdOrCtrl+${index + 1}`,
  })),
  // "=" matches "+" too (Shift+= on most layouts, and the keypad's plus).
  { id: 'zoom-in', menu: 'view', label: 'Larger text', keys: 'CmdOrCtrl+=' },
  { id: 'zoom-out', menu: 'view', label: 'Smaller text', keys: 'CmdOrCtrl+-' },
  { id: 'zoom-reset', menu: 'view', label: 'Actual size', keys: 'CmdOrCtrl+0' },
  ...THEMES.map((theme): Command => ({
    id: `theme:${theme}`,
    menu: 'view',
    label: theme === 'system' ? 'Theme: as the system' : `Theme: ${theme}`,
  })),
  { id: 'back', menu: 'go', label: 'Back', keys: 'Alt+Left', macKeys: 'CmdOrCtrl+[' },
  { id: 'forward', menu: 'go', label: 'Forward', keys: 'Alt+Right', macKeys: 'CmdOrCtrl+]' },
  { id: 'bookmark', menu: 'tools', label: 'Bookmark this', keys: 'CmdOrCtrl+D' },
  { id: 'bookmarks', menu: 'tools', label: 'Bookmarks…', keys: 'CmdOrCtrl+Shift+B' },
  { id: 'dossier-add', menu: 'tools', label: 'Add this to the dossier', keys: 'CmdOrCtrl+Shift+D' },
  { id: 'dossier', menu: 'tools', label: 'Dossier…', keys: 'CmdOrCtrl+Shift+E' },
  { id: 'check-quote', menu: 'tools', label: 'Check a quote…', keys: 'CmdOrCtrl+Shift+L' },
  {
    id: 'shortcuts',
    menu: 'help',
    label: 'Keyboard shortcuts',
    keys: 'F1',
    alsoKeys: ['CmdOrCtrl+/'],
  },
  { id: 'about', menu: 'help', label: 'About CICA Reference' },
];

export function isCommandId(value: unknown): value is CommandId {
  return COMMANDS.some((command) => command.id === value);
}

/** The modifiers and key of a keyboard event, as matching needs them. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * Whether a key press is the accelerator. CmdOrCtrl accepts Ctrl or Cmd on
 * every system (a Mac reader's Cmd, anyone else's Ctrl); other modifiers
 * must match exactly, so Ctrl+Shift+C is not Ctrl+C.
 */
export function matchesKeys(press: KeyPress, accelerator: string): boolean {
  const parts = accelerator.split('+');
  // "CmdOrCtrl+=" splits into [..., '']; "CmdOrCtrl+Shift+=" likewise.
  const key = parts.pop() || '+';
  const mods = new Set(parts);
  const command = mods.has('CmdOrCtrl');
  if (command !== (press.ctrlKey || press.metaKey)) return false;
  if (!command && (press.ctrlKey || press.metaKey)) return false;
  if (mods.has('Alt') !== press.altKey) return false;
  // Shifted symbols ("/", "?") arrive with shiftKey on some layouts: only
  // letters and named keys insist on Shift matching.
  const symbol = key.length === 1 && !/[a-z0-9]/i.test(key);
  if (!symbol && mods.has('Shift') !== press.shiftKey) return false;
  if (symbol && mods.has('Shift') && !press.shiftKey) return false;
  return keyName(press.key) === key.toLowerCase();
}

function keyName(key: string): string {
  const named: Record<string, string> = { ArrowLeft: 'left', ArrowRight: 'right', '+': '=' };
  return (named[key] ?? key).toLowerCase();
}

/** The shortcut shown in the menu on this system. */
export function menuKeys(command: Command, mac: boolean): string | undefined {
  return (mac && command.macKeys) || command.keys;
}

/** Every shortcut of a command on this system, the menu's first. */
export function allKeys(command: Command, mac: boolean): string[] {
  const first = menuKeys(command, mac);
  return [...(first ? [first] : []), ...(command.alsoKeys ?? [])];
}

/** The command a key press gives, if any (any system's keys: harmless, and kind to habits). */
export function commandForKeys(press: KeyPress): CommandId | undefined {
  return COMMANDS.find((command) =>
    [command.keys, command.macKeys, ...(command.alsoKeys ?? [])].some(
      (keys) => keys !== undefined && matchesKeys(press, keys),
    ),
  )?.id;
}

/**
 * Whether the native menu takes this key press itself: on macOS the menu's
 * shortcuts always go through the menu, so the page must not act on them too
 * (it still handles the extra keys, "/" or Ctrl+K, that the menu does not show).
 */
export function menuTakes(press: KeyPress, mac: boolean): boolean {
  return (
    mac &&
    COMMANDS.some((command) => {
      const keys = menuKeys(command, true);
      return keys !== undefined && matchesKeys(press, keys);
    })
  );
}

/** How a shortcut reads for this reader: "Ctrl+Shift+C", or "⌘⇧C" on a Mac. */
export function describeKeys(accelerator: string, mac: boolean): string {
  const parts = accelerator.split('+');
  const key = parts.pop() || '+';
  const names: Record<string, [string, string]> = {
    CmdOrCtrl: ['Ctrl', '⌘'],
    Shift: ['Shift', '⇧'],
    Alt: ['Alt', '⌥'],
  };
  const keyLabel = { Left: '←', Right: '→' }[key] ?? key.toUpperCase();
  const mods = parts.map((mod) => names[mod]?.[mac ? 1 : 0] ?? mod);
  return mac ? [...mods, keyLabel].join('') : [...mods, keyLabel].join('+');
}
