const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a text is a UUID, in any case: checked before it reaches a uuid column (a 400 or 404, never a 500). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
