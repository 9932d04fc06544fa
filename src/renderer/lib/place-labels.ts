/**
 * A paragraph ("2") or list item ("2.5") of answer 3 as a screen reader reads
 * it out after "Bookmark": "answer 3, paragraph 2, item 5". The ¶ of the
 * citations is for the eye; spoken, it is a word.
 */
export function passageLabel(entryNumber: number, anchor: string): string {
  const [paragraph, item] = anchor.split('.');
  return `answer ${entryNumber}, paragraph ${paragraph}${item ? `, item ${item}` : ''}`;
}
