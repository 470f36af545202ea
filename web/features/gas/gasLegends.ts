import type { ExpressionSpecification } from 'maplibre-gl';
import type { Legend } from '../../map/mapContext';
import type { Bilingual } from '../../../api/domain/shared/bilingual';
import { groupLabel } from '../../../api/domain/gas/inspectionGroups';

// The gas map's classes, colours and legends in one place, so a legend always states the breaks
// the paint expressions draw.

type Tr = (text: Bilingual) => string;

// Severity × status colours: majors red family, generals orange family; fixed ones green/grey.
export const hazardColours: { colour: string; label: Bilingual }[] = [
  { colour: '#c62828', label: { zh: '重大隐患（未整改）', en: 'Major, open' } },
  { colour: '#ef8a17', label: { zh: '一般隐患（未整改）', en: 'General, open' } },
  { colour: '#2e7d32', label: { zh: '已整改待核验', en: 'Rectified, awaiting check' } },
  { colour: '#9e9e9e', label: { zh: '已核验销号', en: 'Verified (closed)' } },
];

/** Cluster circle radii (px) by count: the paint step and the legend's size key. */
/** The ring of a hazard dated outside every round (campaigns.roundRule): shown, and marked as such. */
export const outsideColour = '#6a1b9a';
export const hazardClusterSizes = [{ from: 0, radius: 10 }, { from: 20, radius: 15 }, { from: 200, radius: 22 }] as const;
export const venueClusterSizes = [{ from: 0, radius: 12 }, { from: 50, radius: 18 }, { from: 500, radius: 26 }] as const;

export function sizeStep(sizes: readonly { from: number; radius: number }[]): ExpressionSpecification {
  const expr: unknown[] = ['step', ['get', 'point_count'], sizes[0]!.radius];
  for (const s of sizes.slice(1)) expr.push(s.from, s.radius);
  return expr as ExpressionSpecification;
}

function sizeKey(sizes: readonly { from: number; radius: number }[], colour: string, unit: Bilingual, tr: Tr) {
  return sizes.map((s, i) => {
    const next = sizes[i + 1];
    const range = next ? `${Math.max(s.from, 2)}–${next.from - 1}` : `≥ ${s.from}`;
    return { radius: s.radius, colour, label: tr({ zh: `${range} ${unit.zh}`, en: `${range} ${unit.en}` }) };
  });
}

// Coverage classes: the share of a district's venues its group visited in the round (§一(三)).
export const coverageClasses = [
  { from: 0, colour: '#fee5d9', label: '0 – 25%' },
  { from: 0.25, colour: '#fcae91', label: '25 – 50%' },
  { from: 0.5, colour: '#fb6a4a', label: '50 – 75%' },
  { from: 0.75, colour: '#a1d99b', label: '75 – 99%' },
  { from: 1, colour: '#31a354', label: '100%' },
] as const;
export const noCoverageColour = '#d9d9d9';

/** The fill of a district by its `coverage` property (0–1; missing = no venues / no row). */
export const coverageFill: ExpressionSpecification = ['step', ['coalesce', ['get', 'coverage'], -1], noCoverageColour, ...coverageClasses.flatMap((c) => [c.from, c.colour])] as unknown as ExpressionSpecification;

// The heat ramp, low → high; set on the layer so that the legend shows what is drawn.
export const heatColours = ['rgba(255,255,178,0)', '#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026'] as const;
export const heatColour: ExpressionSpecification = ['interpolate', ['linear'], ['heatmap-density'], ...heatColours.flatMap((c, i) => [i / (heatColours.length - 1), c])] as unknown as ExpressionSpecification;

export function hazardLegend(tr: Tr): Legend {
  return {
    title: tr({ zh: '燃气隐患：等级与状态（处）', en: 'Gas hazards: severity and status (count)' }),
    note: tr({ zh: '当前筛选的隐患；点为一处隐患（大点 = 重大），圈为聚合，数字为隐患数', en: 'Hazards of the current filter; a dot is one hazard (large = major), a circle a cluster with its count' }),
    items: [...hazardColours.map((h) => ({ colour: h.colour, label: tr(h.label), shape: 'circle' as const })), { colour: '#000', label: tr({ zh: '黑边 = 逾期', en: 'Black ring = overdue' }), shape: 'circle' as const }, { colour: outsideColour, label: tr({ zh: '紫边 = 轮次外', en: 'Purple ring = outside a round' }), shape: 'circle' as const }],
    sizes: sizeKey(hazardClusterSizes, '#c62828', { zh: '处', en: 'hazards' }, tr),
  };
}

export function venueLegend(tr: Tr): Legend {
  return {
    title: tr({ zh: '燃气场所（家）', en: 'Gas venues (count)' }),
    note: tr({ zh: '点为一个场所；圈为聚合，数字为场所数', en: 'A dot is one venue; a circle a cluster with its count' }),
    items: [{ colour: '#3b5bdb', label: tr({ zh: '场所', en: 'Venue' }), shape: 'circle' }],
    sizes: sizeKey(venueClusterSizes, '#5c7cfa', { zh: '家', en: 'venues' }, tr),
  };
}

export function coverageLegend(tr: Tr, round: number | null, groupNo: number | null): Legend {
  const who = groupNo === null ? { zh: '各片区的包片督查组', en: 'each district\'s area group' } : groupLabel(groupNo);
  const when = round === null ? { zh: '', en: '' } : { zh: `第${round}轮`, en: `round ${round}` };
  return {
    title: tr({ zh: `走访覆盖率（${when.zh}，%）`, en: `Visit coverage (${when.en}, %)` }),
    note: tr({ zh: `${who.zh}已走访场所数 ÷ 片区场所数（东政办〔2023〕98号 §一(三) 全覆盖）`, en: `Venues visited by ${who.en} ÷ venues in the district (§1(3) full coverage)` }),
    items: [...coverageClasses.map((c) => ({ colour: c.colour, label: c.label })), { colour: noCoverageColour, label: tr({ zh: '无场所或无该组记录', en: 'No venues or no record of the group' }) }],
  };
}

export function heatLegend(tr: Tr): Legend {
  return {
    title: tr({ zh: '隐患密度（热力）', en: 'Hazard density (heat)' }),
    note: tr({ zh: '当前筛选的隐患数，重大隐患权重 1、一般 0.4；颜色为相对密度，无单位', en: 'Hazards of the current filter, major weighted 1, general 0.4; colour is relative density, no unit' }),
    ramp: { colours: [...heatColours], low: tr({ zh: '低', en: 'low' }), high: tr({ zh: '高', en: 'high' }) },
  };
}

export function districtLegend(tr: Tr): Legend {
  return {
    title: tr({ zh: '督查片区（包片督查组）', en: 'Inspection districts (area groups)' }),
    items: [{ colour: '#37474f', label: tr({ zh: '片区界，注记为片区与包片组', en: 'District line, labelled with its area group' }), shape: 'line' }],
  };
}
