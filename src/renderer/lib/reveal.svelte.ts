/**
 * Scrolls the element for the route's item into view whenever the reader
 * navigates, including to the item already shown (hence `visit`). Call it
 * during component initialisation.
 */
export function revealOnVisit(
  elementId: () => string | undefined,
  visit: () => number,
  block: ScrollLogicalPosition = 'center',
): void {
  $effect(() => {
    void visit();
    const id = elementId();
    if (id) document.getElementById(id)?.scrollIntoView({ block });
  });
}
