import { getContext, setContext } from 'svelte';
import type { Reference } from '../../shared/reference';
import type { ExportActions } from './export-actions.svelte';
import type { ReaderTools } from './tools.svelte';

const REFERENCE = Symbol('reference');

/** Makes the loaded reference available to every view below the caller. */
export function provideReference(reference: Reference): void {
  setContext(REFERENCE, reference);
}

export function useReference(): Reference {
  return getContext<Reference>(REFERENCE);
}

const ACTIONS = Symbol('actions');

/** Copy, save and print, shared by every copy control below the caller. */
export function provideExportActions(actions: ExportActions): void {
  setContext(ACTIONS, actions);
}

export function useExportActions(): ExportActions {
  return getContext<ExportActions>(ACTIONS);
}

const TOOLS = Symbol('tools');

/** The reader's bookmarks and dossier, for every control below the caller. */
export function provideTools(tools: ReaderTools): void {
  setContext(TOOLS, tools);
}

export function useTools(): ReaderTools {
  return getContext<ReaderTools>(TOOLS);
}
