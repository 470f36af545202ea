// What the planner's forms call each input of the underground-space API, so an error names the
// field as the form does (东政办〔2023〕95号 terms). No I/O.
import type { FieldLabels } from '../shared/fieldLabels';

export const undergroundFieldLabels: FieldLabels = {
  supply: { zh: '供应方式', en: 'supply method' },
  use: { zh: '用途', en: 'use' },
  surfaceAllocated: { zh: '地表为划拨用地', en: 'allocated surface land' },
  publicParking: { zh: '公共停车场', en: 'public parking' },
  surfaceUnitPrice: { zh: '地表评估单价（元/m²）', en: 'surface price (CNY/m²)' },
  layers: { zh: '分层', en: 'layers', item: { zh: '第 {n} 层', en: 'layer {n}' } },
  level: { zh: '层次', en: 'level' },
  topDepth: { zh: '顶深（米）', en: 'top depth (m)' },
  bottomDepth: { zh: '底深（米）', en: 'bottom depth (m)' },
  netHeight: { zh: '净高（米）', en: 'net height (m)' },
  area: { zh: '投影面积（m²）', en: 'projection area (m²)' },
  projectionArea: { zh: '投影面积（m²）', en: 'projection area (m²)' },
  floorArea: { zh: '建筑面积（m²）', en: 'floor area (m²)' },
  footprint: { zh: '地块范围（图形）', en: 'parcel outline' },
  coordinates: { zh: '坐标', en: 'coordinates' },
  type: { zh: '类型', en: 'type' },
  code: { zh: '地块编号', en: 'parcel code' },
  kind: { zh: '建设类型（单建/结建）', en: 'kind (standalone/combined)' },
  publicLand: { zh: '公共用地类型', en: 'public land type' },
  townshipCode: { zh: '乡镇', en: 'township' },
  civilAirDefence: { zh: '人防工程', en: 'civil air defence' },
  wartimeUse: { zh: '战时用途', en: 'wartime use' },
  peacetimeUse: { zh: '平时用途', en: 'peacetime use' },
  surfaceUse: { zh: '地表用途', en: 'surface use' },
  surfaceTermYears: { zh: '地表出让年限（年）', en: 'surface term (years)' },
  termStart: { zh: '起始日期', en: 'term start' },
  conflicts: { zh: '冲突', en: 'conflicts' },
  file: { zh: '文件', en: 'file' },
};
