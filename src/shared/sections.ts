/** The reference's sections: the app's tabs, the CLI's export targets, the search filter. */
export const SECTIONS = [
  { id: 'faq', label: 'FAQ' },
  { id: 'overview', label: 'Overview' },
  { id: 'membership', label: 'Membership' },
  { id: 'bodies', label: 'Bodies' },
  { id: 'documents', label: 'Documents' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'compare', label: 'Then and now' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

export function isSectionId(value: string): value is SectionId {
  return SECTIONS.some((section) => section.id === value);
}
