// The hazard list tied to the map (issue 11): the columns officials and inspectors work by —
// status, severity, deadline, days overdue, district, group (东政办〔2023〕98号 §四(二) closed-loop
// management; overdue by hazardWorkflow.overdueRule). No I/O.
import type { TableDefinition } from '../shared/table';
import type { Bilingual } from '../shared/bilingual';
import { dayNumber, type IsoDate } from '../shared/calendarDate';
import { districtNames, isDistrictCode } from '../geo/vocabulary';
import { isOverdue } from './hazardWorkflow';
import { groupLabel } from './inspectionGroups';
import { hazardCategoryLabels, hazardStatusLabels, severityLabels, type HazardCategory, type HazardStatus, type Severity } from './vocabulary';

export interface HazardTableRow {
  id: number;
  venueName: string;
  districtCode: string;
  groupNo: number;
  category: HazardCategory;
  severity: Severity;
  status: HazardStatus;
  foundAt: IsoDate;
  /** Null for a hazard dated outside every round (campaigns.roundRule: kept and listed as 轮次外). */
  roundNo: number | null;
  deadline: IsoDate;
  lon: number;
  lat: number;
}

/** Calendar days past the deadline of an overdue hazard (the deadline day is still in time); 0 otherwise. */
export function daysOverdue(h: { status: HazardStatus; deadline: IsoDate }, today: IsoDate): number {
  return isOverdue(h, today) ? dayNumber(today) - dayNumber(h.deadline) : 0;
}

/** "第1轮" / "轮次外": a record outside every round is marked, never left blank (campaigns.roundRule). */
export function roundLabel(roundNo: number | null): Bilingual {
  return roundNo === null ? { zh: '轮次外', en: 'Outside a round' } : { zh: `第${roundNo}轮`, en: `Round ${roundNo}` };
}

export function districtLabel(code: string): Bilingual {
  return isDistrictCode(code) ? districtNames[code] : { zh: code, en: code };
}

/** The hazard list's columns; the sort keys are the repository's (gasHazardTable.ts). */
export function hazardTable(today: IsoDate): TableDefinition<HazardTableRow> {
  return {
    title: { zh: '隐患清单', en: 'Hazard list' },
    layer: 'hazards',
    id: (r) => r.id,
    place: (r) => ({ point: [r.lon, r.lat] }),
    defaultSort: { key: 'deadline', dir: 'asc' },
    columns: [
      { key: 'id', label: { zh: '隐患编号', en: 'Hazard no.' }, cell: (r) => r.id, sortable: true, numeric: true },
      { key: 'venue', label: { zh: '场所', en: 'Venue' }, cell: (r) => r.venueName, sortable: true },
      { key: 'district', label: { zh: '片区', en: 'District' }, cell: (r, l) => districtLabel(r.districtCode)[l], sortable: true },
      { key: 'group', label: { zh: '督查组', en: 'Group' }, cell: (r, l) => groupLabel(r.groupNo)[l], sortable: true },
      { key: 'category', label: { zh: '隐患类别', en: 'Category' }, cell: (r, l) => hazardCategoryLabels[r.category][l] },
      { key: 'severity', label: { zh: '等级', en: 'Severity' }, cell: (r, l) => severityLabels[r.severity][l], sortable: true },
      { key: 'status', label: { zh: '状态', en: 'Status' }, cell: (r, l) => hazardStatusLabels[r.status][l], sortable: true },
      { key: 'foundAt', label: { zh: '发现日期', en: 'Found on' }, cell: (r) => r.foundAt, sortable: true, date: true },
      { key: 'round', label: { zh: '轮次', en: 'Round' }, cell: (r, l) => roundLabel(r.roundNo)[l] },
      { key: 'deadline', label: { zh: '整改期限', en: 'Deadline' }, cell: (r) => r.deadline, sortable: true, date: true },
      { key: 'daysOverdue', label: { zh: '逾期天数', en: 'Days overdue' }, cell: (r) => daysOverdue(r, today), sortable: true, numeric: true, shpName: 'days_over' },
      { key: 'lon', label: { zh: '经度', en: 'Longitude' }, cell: (r) => r.lon, numeric: true },
      { key: 'lat', label: { zh: '纬度', en: 'Latitude' }, cell: (r) => r.lat, numeric: true },
    ],
  };
}
