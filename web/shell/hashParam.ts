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
