import type { Bilingual } from '../shared/bilingual';
// Which layer an underground floor is, from its depths. The seed (东政办〔2023〕95号 Art. 15)
// names 半地下 / 负一层 / 负二层及以下 without defining them; GB 50352-2019 (民用建筑设计统一标准)
// §2.0.x does: floor below outdoor ground by > 1/2 net height → 地下室; > 1/3 and ≤ 1/2 → 半地下室.
// Depths are metres below the outdoor ground, positive downwards (negative = above ground).

export type Level = 'semi' | `B${number}`;

export const levelPattern = /^(semi|B[1-9]\d*)$/;

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && levelPattern.test(value);
}

/** 0 for the semi-basement, n for Bn: the vertical order of levels. */
export function levelOrdinal(level: Level): number {
  return level === 'semi' ? 0 : Number(level.slice(1));
}

export const layerPositions = ['basement', 'semi_basement', 'above_ground'] as const;
export type LayerPosition = (typeof layerPositions)[number];

export type LayerDepth = {
  readonly level?: Level;
  /** Depth of the ceiling (top of the right). */
  readonly topDepth: number;
  /** Depth of the floor (bottom of the right). */
  readonly bottomDepth: number;
  readonly netHeight: number;
};

// Survey depths are given to the millimetre; this absorbs binary noise such as 3.6 / 3 so that a
// floor exactly at 1/3 or 1/2 of the net height falls on the side GB 50352 puts it.
const tolerance = 1e-9;

/** GB 50352-2019: classify by how far the floor is below outdoor ground relative to net height. */
export function classifyLayer(bottomDepth: number, netHeight: number): LayerPosition {
  if (bottomDepth > netHeight / 2 + tolerance) return 'basement';
  if (bottomDepth > netHeight / 3 + tolerance) return 'semi_basement';
  return 'above_ground';
}

export type DerivedLevel = {
  /** Index of the layer in the input. */
  readonly index: number;
  readonly position: LayerPosition;
  /** Level from the depths (null for an above-ground layer). */
  readonly derived: Level | null;
  /** The level used: the explicit one if given, else the derived one. */
  readonly level: Level | null;
  readonly explicit: boolean;
  /** An explicit level that contradicts the depths. */
  readonly mismatch: boolean;
};

/**
 * Levels for the layers of one parcel, in input order. Fully underground layers are numbered
 * B1, B2, … from the top down (by topDepth); an explicit Bn restarts the count below it, so an
 * unlabelled layer under an explicit B2 becomes B3. Explicit levels are kept (the approval
 * document is authoritative, Art. 3) but flagged when the depths say otherwise.
 */
export function deriveLevels(layers: readonly LayerDepth[]): DerivedLevel[] {
  const order = layers
    .map((layer, index) => ({ layer, index }))
    .sort((a, b) => a.layer.topDepth - b.layer.topDepth || a.index - b.index);
  const out: DerivedLevel[] = new Array(layers.length);
  let previousBasement = 0;
  for (const { layer, index } of order) {
    const position = classifyLayer(layer.bottomDepth, layer.netHeight);
    let derived: Level | null = null;
    if (position === 'semi_basement') derived = 'semi';
    if (position === 'basement') {
      const explicitOrdinal = layer.level && layer.level !== 'semi' ? levelOrdinal(layer.level) : null;
      previousBasement = explicitOrdinal ?? previousBasement + 1;
      derived = `B${previousBasement}`;
    }
    const level = layer.level ?? derived;
    const mismatch =
      layer.level !== undefined &&
      (position === 'above_ground' || (layer.level === 'semi') !== (position === 'semi_basement'));
    out[index] = { index, position, derived, level, explicit: layer.level !== undefined, mismatch };
  }
  return out;
}

const zhDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function zhNumber(n: number): string {
  if (n < 10) return zhDigits[n];
  if (n < 20) return '十' + (n % 10 ? zhDigits[n % 10] : '');
  if (n < 100) return zhDigits[Math.floor(n / 10)] + '十' + (n % 10 ? zhDigits[n % 10] : '');
  return String(n);
}

/** 东政办〔2023〕95号 Art. 15 wording: 半地下, 负一层, 负二层 … */
export function levelLabel(level: Level): Bilingual {
  if (level === 'semi') return { zh: '半地下', en: 'semi-basement' };
  const n = levelOrdinal(level);
  return { zh: `负${zhNumber(n)}层`, en: `basement ${level}` };
}
