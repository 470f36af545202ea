import { z } from 'zod';
import { tileLayers } from '../../domain/geo/tiles';

const layerEnum = z.enum(tileLayers);

/** `/tiles/{layer}/{z}/{x}/{y}.pbf` */
export const tileParams = z.object({
  layer: layerEnum,
  z: z.coerce.number().int().min(0).max(18),
  x: z.coerce.number().int().min(0),
  y: z
    .string()
    .refine((v) => /^\d+\.pbf$/.test(v), { params: { zh: '应为 <行号>.pbf', en: 'must be <row>.pbf' } })
    .transform((v) => Number(v.slice(0, -4))),
});

/** `/tiles/{layer}.json` (TileJSON). */
export const tileJsonParams = z.object({
  file: z
    .string()
    .refine((v) => new RegExp(`^(${tileLayers.join('|')})\\.json$`).test(v), { params: { zh: `应为 <图层>.json，图层可选：${tileLayers.join(', ')}`, en: `must be <layer>.json, layer one of: ${tileLayers.join(', ')}` } })
    .transform((v) => v.slice(0, -5) as z.output<typeof layerEnum>),
});
