// The nine inspection groups of 东政办〔2023〕98号 §二(一), as data. The notice lists the
// comprehensive group first and the covert group last; the product numbers the seven area groups
// 1–7 as the notice does (第一…第七包片督查组) and gives the city-wide groups 8 and 9. No I/O.
import { districtNames, type DistrictCode } from '../geo/vocabulary';
import type { Bilingual } from '../shared/bilingual';

export interface AreaGroup {
  readonly no: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  readonly kind: 'area';
  readonly name: string;
  readonly districtCode: DistrictCode;
  readonly districtName: string;
  readonly leadUnit: string;
  readonly memberUnits: readonly string[];
}

export interface CityWideGroup {
  readonly no: 8 | 9;
  readonly kind: 'comprehensive' | 'covert';
  readonly name: string;
  // §二(一)1 and 3: these groups pick counties and units at random, so they cover all districts.
  readonly districtCode: 'all';
  readonly leadUnit: string;
  readonly memberUnits: readonly string[];
}

export type InspectionGroup = AreaGroup | CityWideGroup;

export const groupKinds = ['area', 'comprehensive', 'covert'] as const;
export type GroupKind = (typeof groupKinds)[number];

function area(
  no: AreaGroup['no'],
  name: string,
  districtCode: DistrictCode,
  leadUnit: string,
  memberUnits: readonly string[],
): AreaGroup {
  return { no, kind: 'area', name, districtCode, districtName: districtNames[districtCode].zh, leadUnit, memberUnits };
}

// 东政办〔2023〕98号 §二(一)2 包片督查组 (lead and member units as in DOMAIN.md part B; the notice
// spells group 7's units "海东工业园区管委会规划建设部" and "海东工业园区安全生产职能部门").
export const areaGroups: readonly AreaGroup[] = [
  area(1, '第一包片督查组', '630202', '海东消防救援支队', ['市发展改革委']),
  area(2, '第二包片督查组', '630203', '市住房建设局', ['市教育局']),
  area(3, '第三包片督查组', '630222', '市公安局', ['市交通运输局']),
  area(4, '第四包片督查组', '630223', '市商务局', ['市司法局', '市卫生健康委']),
  area(5, '第五包片督查组', '630224', '市应急局', ['市民宗委', '市民政局', '市财政局']),
  area(6, '第六包片督查组', '630225', '市市场监管局', ['市自然资源规划局', '市文体旅游广电局']),
  area(7, '第七包片督查组', 'park', '园区管委会规划建设部', ['园区安全生产职能部门']),
];

export const cityWideGroups: readonly CityWideGroup[] = [
  // 东政办〔2023〕98号 §二(一)1 综合督查组
  {
    no: 8,
    kind: 'comprehensive',
    name: '综合督查组',
    districtCode: 'all',
    leadUnit: '市应急局、市住房建设局',
    memberUnits: ['市公安局', '市商务局', '市市场监管局', '海东消防救援支队'],
  },
  // 东政办〔2023〕98号 §二(一)3 明察暗访组
  {
    no: 9,
    kind: 'covert',
    name: '明察暗访组',
    districtCode: 'all',
    leadUnit: '市住房建设局、市应急局',
    memberUnits: ['市城镇燃气安全专项整治工作专班成员单位'],
  },
];

export const inspectionGroups: readonly InspectionGroup[] = [...areaGroups, ...cityWideGroups];

export const groupNos = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type GroupNo = (typeof groupNos)[number];

export function groupByNo(no: number): InspectionGroup | undefined {
  return inspectionGroups.find((g) => g.no === no);
}

/**
 * A group's name in both languages, the one way every list, board, popup, export and report
 * names a group: 第一…第七包片督查组, and groups 8 and 9 as 综合督查组 and 明察暗访组
 * (东政办〔2023〕98号 §二(一)1, 3), never "第8组".
 */
export function groupLabel(no: number): Bilingual {
  const g = groupByNo(no);
  if (!g) return { zh: `第${no}组`, en: `Group ${no}` };
  const en = g.kind === 'area' ? `Area group ${g.no}` : g.kind === 'comprehensive' ? 'Comprehensive inspection group' : 'Covert inspection group';
  return { zh: g.name, en };
}
