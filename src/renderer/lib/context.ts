import { getContext, setContext } from 'svelte';
import type { Reference } from '../../shared/reference';

const REFERENCE = Symbol('reference');

/** Makes the loaded reference available to every view below the caller. */
export function provideReference(reference: Reference): void {
  setContext(REFERENCE, reference);
}

export function useReference(): Reference {
  return getContext<Reference>(REFERENCE);
}
