/**
 * A paragraph ("2") or list item ("2.5") of answer 3 as a screen reader reads
 * it out after "Bookmark": "answer 3, paragraph 2, item 5". The ¶ of the
 * citations is for the eye; spoken, it is a word.
 */
export function passageLabel(entryNumber: number, anchor: string): string {
  const [paragraph, item] = anchor.split('.');
  return `answer ${entryNumber}, paragraph ${paragraph}${item ? `, item ${item}` : ''}`;
}

/**
 * A participant of the FAQ's lists after "Bookmark", with its group and the
 * date of the list, as the same name can be a member now and an observer then:
 * "Thailand (member state in September 2001)".
 */
export function participantLabel(name: string, groupLabel: string, edition: string): string {
  const one = groupLabel.toLowerCase().replace(/s$/, '');
  return `${name} (${one} in ${edition})`;
}

/**
 * A correction after "Bookmark", with the passage it corrects, as the same
 * misprint can be corrected in several places: "correction of “ofCICA” in
 * answer 12, paragraph 1".
 */
export function correctionLabel(published: string, entryNumber: number, anchor: string): string {
  return `correction of “${published}” in ${passageLabel(entryNumber, anchor)}`;
}
