/** Compares two x.y.z versions numerically: negative when a is older than b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  // Stryker disable next-line EqualityOperator: both are x.y.z (AppVersionSchema, package.json); a fourth part would be 0 on both sides
  for (let i = 0; i < 3; i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
