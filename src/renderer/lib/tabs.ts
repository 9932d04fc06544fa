export const TABS = [
  { id: 'faq', label: 'FAQ' },
  { id: 'membership', label: 'Membership' },
  { id: 'bodies', label: 'Bodies' },
  { id: 'documents', label: 'Documents' },
] as const;

export type TabId = (typeof TABS)[number]['id'];

export function isTabId(value: string): value is TabId {
  return TABS.some((tab) => tab.id === value);
}
