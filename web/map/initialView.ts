/**
 * Whether the page was opened on a URL whose hash has a map position (`map=zoom/lat/lon`): then
 * that position wins over a view's own first extent. The current hash cannot tell: MapLibre
 * writes its position there as soon as the map moves, so the URL the document was loaded with
 * (the navigation entry) is read instead.
 */
export function openedAtMapPosition(): boolean {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (!nav) return false;
  return new URLSearchParams(new URL(nav.name).hash.slice(1)).has('map');
}
