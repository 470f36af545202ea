/**
 * A form control's string as a member of the API's `as const` tuple (the same tuple its zod enum
 * is built from), or undefined when it is none of them (an "all" option). Replaces casts such as
 * `value as 'combined'`, which would let a wrong value through to the server.
 */
export function oneOf<T extends string>(values: readonly T[], value: string): T | undefined {
  return values.find((v) => v === value);
}

/**
 * The label of a code the server sends as a plain string (a text column), or undefined for a
 * code the table does not know; `tr(labelOf(districtNames, code), code)` then shows the code.
 */
export function labelOf<T extends string, L>(labels: Record<T, L>, code: string): L | undefined {
  return Object.hasOwn(labels, code) ? labels[code as T] : undefined;
}
