import type { Role } from '../auth/roles';
import { menusByRole } from '../auth/roles';
import type { Bilingual } from '../shared/bilingual';
import { isIsoDate } from '../shared/calendarDate';
import { FieldError } from '../shared/domainError';

// The feature collections served through OGC API – Features (issue 12). Each belongs to the menu
// whose roles may read it (menusByRole: the same split the API enforces per route), or to every
// logged-in role (reference geography). Children's data is never a collection (PIPL Art. 28/31).

export const ogcCollectionIds = ['parcels', 'venues', 'hazards', 'visits', 'catchments', 'schools', 'counties', 'districts', 'townships'] as const;
export type OgcCollectionId = (typeof ogcCollectionIds)[number];

export type OgcPropertyType = 'string' | 'integer' | 'number' | 'boolean';

export interface OgcCollection {
  id: OgcCollectionId;
  title: Bilingual;
  /** The menu whose roles read it; `any` for reference geography. */
  menu: 'underground' | 'gas' | 'education' | 'any';
  /** Inspectors see only their own districts (东政办〔2023〕98号 §二). */
  districtScoped: boolean;
  /** The date `datetime` filters on, if the collection has one. */
  temporal?: Bilingual;
  geometry: 'point' | 'polygon';
  /** Attribute name → label and type; the names are the GeoJSON property keys (stable for GIS clients). */
  properties: Record<string, { label: Bilingual; type: OgcPropertyType }>;
}

const s = (zh: string, en: string, type: OgcPropertyType = 'string') => ({ label: { zh, en }, type });

export const ogcCollections: Record<OgcCollectionId, OgcCollection> = {
  parcels: {
    id: 'parcels', title: { zh: '地下空间地块', en: 'Underground-space parcels' }, menu: 'underground', districtScoped: false,
    temporal: { zh: '出让起始日', en: 'term start' }, geometry: 'polygon',
    properties: {
      code: s('地块编号', 'code'), name: s('名称', 'name'), kind: s('类型', 'kind'), use: s('用途', 'use'), supply: s('供应方式', 'supply'),
      status: s('状态', 'status'), countyCode: s('县区代码', 'county code'), townshipCode: s('乡镇代码', 'township code'),
      termStart: s('出让起始日', 'term start'), levels: s('分层', 'layers'), feeTotal: s('出让金（元）', 'fee (yuan)', 'number'),
      feeTier: s('价格分级', 'fee tier'), synthetic: s('示例数据', 'synthetic', 'boolean'),
    },
  },
  venues: {
    id: 'venues', title: { zh: '燃气场所', en: 'Gas venues' }, menu: 'gas', districtScoped: true,
    temporal: { zh: '最近入户安检日', en: 'last safety check' }, geometry: 'point',
    properties: {
      name: s('名称', 'name'), venueType: s('场所类型', 'venue type'), pipelineUserKind: s('管道用户类别', 'pipeline user kind'),
      lastSafetyCheckOn: s('最近入户安检日', 'last safety check'), countyCode: s('县区代码', 'county code'), districtCode: s('片区', 'district'),
      address: s('地址', 'address'),
    },
  },
  hazards: {
    id: 'hazards', title: { zh: '燃气隐患', en: 'Gas hazards' }, menu: 'gas', districtScoped: true,
    temporal: { zh: '发现日期', en: 'found on' }, geometry: 'point',
    properties: {
      venueId: s('场所编号', 'venue id', 'integer'), venueName: s('场所名称', 'venue name'), venueType: s('场所类型', 'venue type'),
      category: s('隐患类别', 'category'), severity: s('等级', 'severity'), status: s('状态', 'status'), description: s('隐患描述', 'description'),
      foundOn: s('发现日期', 'found on'), deadline: s('整改期限', 'deadline'), groupNo: s('督查组', 'group', 'integer'),
      countyCode: s('县区代码', 'county code'), districtCode: s('片区', 'district'), campaignId: s('专项行动', 'campaign'), roundNo: s('轮次', 'round', 'integer'),
    },
  },
  visits: {
    id: 'visits', title: { zh: '督查走访', en: 'Inspection visits' }, menu: 'gas', districtScoped: true,
    temporal: { zh: '走访日期', en: 'visited on' }, geometry: 'point',
    properties: {
      venueId: s('场所编号', 'venue id', 'integer'), venueName: s('场所名称', 'venue name'), visitedOn: s('走访日期', 'visited on'),
      groupNo: s('督查组', 'group', 'integer'), campaignId: s('专项行动', 'campaign'), roundNo: s('轮次', 'round', 'integer'),
      targetKind: s('对象类别', 'target kind'), districtCode: s('片区', 'district'),
    },
  },
  catchments: {
    id: 'catchments', title: { zh: '招生片区', en: 'School catchments' }, menu: 'education', districtScoped: false, geometry: 'polygon',
    properties: {
      schoolCode: s('学校代码', 'school code'), schoolName: s('学校', 'school'), level: s('学段', 'level'), capacity: s('学位数', 'capacity', 'integer'),
      countyCode: s('县区代码', 'county code'),
    },
  },
  schools: {
    id: 'schools', title: { zh: '学校', en: 'Schools' }, menu: 'education', districtScoped: false, geometry: 'point',
    properties: {
      code: s('学校代码', 'code'), name: s('名称', 'name'), level: s('学段', 'level'), capacity: s('学位数', 'capacity', 'integer'),
      countyCode: s('县区代码', 'county code'), townshipCode: s('乡镇代码', 'township code'),
    },
  },
  counties: {
    id: 'counties', title: { zh: '县区（真实边界）', en: 'Counties (real boundaries)' }, menu: 'any', districtScoped: false, geometry: 'polygon',
    properties: { code: s('区划代码', 'code'), name: s('名称', 'name') },
  },
  districts: {
    id: 'districts', title: { zh: '督查片区', en: 'Inspection districts' }, menu: 'any', districtScoped: false, geometry: 'polygon',
    properties: { code: s('片区代码', 'code'), name: s('名称', 'name'), synthetic: s('示例数据', 'synthetic', 'boolean') },
  },
  townships: {
    id: 'townships', title: { zh: '乡镇（示例范围）', en: 'Townships (synthetic areas)' }, menu: 'any', districtScoped: false, geometry: 'polygon',
    properties: {
      code: s('区划代码', 'code'), name: s('名称', 'name'), countyCode: s('县区代码', 'county code'),
      villageCount: s('村数', 'villages', 'integer'), synthetic: s('示例数据', 'synthetic', 'boolean'),
    },
  },
};

/** DBF names (≤ 10 characters) of the attribute names that are longer; docs/EXPORTS.md lists them. */
export const ogcShpNames: Record<string, string> = {
  districtCode: 'district', townshipCode: 'township', pipelineUserKind: 'pipe_kind', lastSafetyCheckOn: 'last_check', villageCount: 'villages',
  description: 'descr',
};

/** An attribute's DBF field name in a Shapefile export. */
export const ogcShpName = (key: string): string => ogcShpNames[key] ?? key;

/** Whether a role may read a collection at all (its district scope is applied in SQL on top). */
export function mayReadCollection(role: Role, c: OgcCollection): boolean {
  return c.menu === 'any' || menusByRole[role].includes(c.menu);
}

/** Dates of an OGC `datetime` (an instant, `a/b`, `../b`, `a/..`); days, as every dated column is a date. */
export interface DateInterval {
  from?: string;
  to?: string;
}

const dayOf = (v: string): string | undefined => {
  const d = v.slice(0, 10);
  return isIsoDate(d) && (v.length === 10 || /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/.test(v)) ? d : undefined;
};

/** OGC API – Features Part 1 §7.15.4 `datetime`; a malformed one is a 400 naming the parameter. */
export function parseDatetime(raw: string): DateInterval {
  const bad = () =>
    new FieldError('datetime', {
      zh: '应为日期或区间，例如 2024-06-01、2024-01-01/2024-06-30、../2024-06-30',
      en: 'must be a date or an interval, e.g. 2024-06-01, 2024-01-01/2024-06-30, ../2024-06-30',
    });
  const parts = raw.split('/');
  if (parts.length > 2) throw bad();
  if (parts.length === 1) {
    const d = dayOf(parts[0]!);
    if (!d) throw bad();
    return { from: d, to: d };
  }
  const open = (v: string) => v === '..' || v === '';
  const from = open(parts[0]!) ? undefined : dayOf(parts[0]!);
  const to = open(parts[1]!) ? undefined : dayOf(parts[1]!);
  if ((!open(parts[0]!) && !from) || (!open(parts[1]!) && !to) || (from === undefined && to === undefined)) throw bad();
  if (from && to && from > to) throw bad();
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** Property filters from the query: only the collection's own attributes; a value is compared as text. */
export function propertyFilters(c: OgcCollection, query: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query).filter(([k, v]) => k in c.properties && typeof v === 'string').map(([k, v]) => [k, v as string]),
  );
}
