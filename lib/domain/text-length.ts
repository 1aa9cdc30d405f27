/** Field lengths count code points, not UTF-16 units (docs/api.md). */
export function charCount(value: string): number {
  return Array.from(value).length;
}
