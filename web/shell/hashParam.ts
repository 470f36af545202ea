/** Reads/writes one parameter of the URL hash, leaving MapLibre's `map=` parameter intact. */
export function getHashParam(name: string): string | null {
  return new URLSearchParams(location.hash.slice(1)).get(name);
}

export function setHashParam(name: string, value: string | null): void {
  const params = new URLSearchParams(location.hash.slice(1));
  if (value === null) params.delete(name);
  else params.set(name, value);
  // URLSearchParams encodes '/' in map=zoom/lat/lng; MapLibre reads both forms, keep it readable.
  history.replaceState(history.state, '', `#${params.toString().replace(/%2F/g, '/')}`);
}

/**
 * A view's state kept in the URL hash as one query-string parameter (`name=k1=v1&k2=v2`, encoded),
 * so a filtered list can be shared and survives a reload; empty values are left out.
 */
export function readHashRecord(name: string): Record<string, string> {
  const raw = getHashParam(name);
  return raw ? Object.fromEntries(new URLSearchParams(raw)) : {};
}

export function writeHashRecord(name: string, value: Record<string, string | number | undefined>): void {
  const kept = Object.entries(value).filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '');
  setHashParam(name, kept.length === 0 ? null : new URLSearchParams(kept.map(([k, v]) => [k, String(v)])).toString());
}
