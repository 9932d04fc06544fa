import type { CommandId } from '../../shared/commands';
import type { Theme } from '../../shared/preferences';
import type { SectionId } from '../../shared/sections';

type PlainCommand = Exclude<CommandId, `tab:${string}` | `theme:${string}`>;

/**
 * What each command does: one handler per command (the type insists on every
 * one), the tab and theme commands by their argument.
 */
export type CommandHandlers = { [Command in PlainCommand]: () => unknown } & {
  tab(section: SectionId): unknown;
  theme(theme: Theme): unknown;
};

/** Carries out commands from the keyboard, the native menu or the controls. */
export function commandDispatcher(handlers: CommandHandlers): (command: CommandId) => void {
  return (command) => {
    if (command.startsWith('tab:')) void handlers.tab(command.slice(4) as SectionId);
    else if (command.startsWith('theme:')) void handlers.theme(command.slice(6) as Theme);
    else void handlers[command as PlainCommand]();
  };
}
