import type { ExpressionSpecification } from 'maplibre-gl';

// Data-driven colours built from the product's tables (tiers, districts, class breaks). MapLibre
// types each expression as a fixed tuple, which a list spread from a table cannot satisfy; the
// expressions are built here only, so that cast is written once.

/** `property`'s value looked up in `pairs`, else `fallback` (a 'match' expression). */
export function matchValue(property: string, pairs: readonly (readonly [string, string])[], fallback: string): ExpressionSpecification {
  return ['match', ['get', property], ...pairs.flat(), fallback] as unknown as ExpressionSpecification;
}

/**
 * A colour per class: `list[i].colour` up to and including `list[i].max` of `property` (missing = 0),
 * read from the feature's properties or from its feature state (values joined onto a shared source).
 */
export function classColour(property: string, list: readonly { max: number; colour: string }[], from: 'get' | 'feature-state' = 'get'): ExpressionSpecification {
  const expr: unknown[] = ['step', ['coalesce', [from, property], 0], list[0]!.colour];
  for (let i = 0; i < list.length - 1; i++) expr.push(list[i]!.max + 1e-9, list[i + 1]!.colour);
  return expr as ExpressionSpecification;
}
