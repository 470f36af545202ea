// 附件2 督导检查发现隐患问题清单: the hazard list a group hands in with its report
// (东政办〔2023〕98号 §五 closing paragraph "形成督查报告（附问题隐患清单）"). No I/O.
import { districtCodes, districtNames, type DistrictCode } from '../geo/vocabulary';
import {
  hazardCategoryLabels,
  hazardStatusLabels,
  severityLabels,
  venueTypeLabels,
  type HazardCategory,
  type HazardStatus,
  type Severity,
  type VenueType,
} from './vocabulary';
import type { IsoDate } from '../shared/calendarDate';

export interface ListedHazard {
  readonly id: string;
  readonly groupNo: number;
  readonly district: DistrictCode;
  readonly venueName: string;
  readonly venueType: VenueType;
  readonly category: HazardCategory;
  readonly description: string;
  readonly severity: Severity;
  readonly status: HazardStatus;
  // §四(二): "逐项明确责任单位、责任人、整改要求、整改措施和完成时限".
  readonly responsibleUnit: string;
  readonly responsiblePerson: string;
  readonly measures: string;
  readonly foundOn: IsoDate;
  readonly deadline: IsoDate;
  // Where the hazard is (issue 12): the venue's address, the township its point lies in, the point.
  readonly venueAddress?: string | null;
  readonly township?: string | null;
  readonly lon?: number;
  readonly lat?: number;
}

// Column order and headers of the list; the XLSX, DOCX and PDF 附件2 read this array. `kind` says
// how the XLSX stores a cell: a real date (Excel serial day) or a number; text otherwise.
export const hazardListColumns = [
  { key: 'seq', header: '序号', kind: 'number' },
  { key: 'district', header: '县区' },
  { key: 'township', header: '乡镇' },
  { key: 'venueName', header: '场所名称' },
  { key: 'address', header: '场所地址' },
  { key: 'lon', header: '经度', kind: 'number' },
  { key: 'lat', header: '纬度', kind: 'number' },
  { key: 'venueType', header: '场所类型' },
  { key: 'category', header: '隐患类别' },
  { key: 'description', header: '隐患描述' },
  { key: 'severity', header: '等级' },
  { key: 'responsibleUnit', header: '责任单位' },
  { key: 'responsiblePerson', header: '责任人' },
  { key: 'measures', header: '整改措施' },
  { key: 'foundOn', header: '发现日期', kind: 'date' },
  { key: 'deadline', header: '整改时限', kind: 'date' },
  { key: 'status', header: '状态' },
] as const satisfies readonly { key: string; header: string; kind?: 'number' | 'date' }[];

export type HazardListColumnKey = (typeof hazardListColumns)[number]['key'];
/** A row of the list; `hazardId` is not a column: it ties the row to the hazard's photos. */
export type HazardListRow = { readonly seq: number; readonly hazardId: string } & {
  readonly [K in Exclude<HazardListColumnKey, 'seq'>]: string;
};

/** Asserts every hazard belongs to `groupNo`: one group's list never carries another's records. */
export function assertGroup(groupNo: number, records: readonly { readonly groupNo: number }[], what: string): void {
  const stray = records.find((r) => r.groupNo !== groupNo);
  if (stray) throw new RangeError(`${what} of group ${stray.groupNo} passed to the report of group ${groupNo}`);
}

/** Rows of the list in zh-CN, ordered by district (code order), day found, id; numbered from 1. */
export function hazardListRows(groupNo: number, hazards: readonly ListedHazard[]): HazardListRow[] {
  assertGroup(groupNo, hazards, 'a hazard');
  const districtIndex = (d: DistrictCode) => (districtCodes as readonly string[]).indexOf(d);
  const sorted = [...hazards].sort(
    (a, b) =>
      districtIndex(a.district) - districtIndex(b.district) ||
      a.foundOn.localeCompare(b.foundOn) ||
      a.id.localeCompare(b.id),
  );
  return sorted.map((h, i) => ({
    seq: i + 1,
    hazardId: h.id,
    district: districtNames[h.district].zh,
    township: h.township ?? '',
    venueName: h.venueName,
    address: h.venueAddress ?? '',
    // Six decimals (≈0.1 m), as every GeoJSON the API writes.
    lon: h.lon === undefined ? '' : h.lon.toFixed(6),
    lat: h.lat === undefined ? '' : h.lat.toFixed(6),
    venueType: venueTypeLabels[h.venueType].zh,
    category: hazardCategoryLabels[h.category].zh,
    description: h.description,
    severity: severityLabels[h.severity].zh,
    responsibleUnit: h.responsibleUnit,
    responsiblePerson: h.responsiblePerson,
    measures: h.measures,
    foundOn: h.foundOn,
    deadline: h.deadline,
    status: hazardStatusLabels[h.status].zh,
  }));
}
