import { getContext, setContext } from 'svelte';
import type { Reference } from '../../shared/reference';
import type { Actions } from './actions.svelte';
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
export function provideActions(actions: Actions): void {
  setContext(ACTIONS, actions);
}

export function useActions(): Actions {
  return getContext<Actions>(ACTIONS);
}

const TOOLS = Symbol('tools');

/** The reader's bookmarks and dossier, for every control below the caller. */
export function provideTools(tools: ReaderTools): void {
  setContext(TOOLS, tools);
}

export function useTools(): ReaderTools {
  return getContext<ReaderTools>(TOOLS);
}
