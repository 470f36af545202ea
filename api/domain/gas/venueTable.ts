// The venue list tied to the gas map (issue 11): name, type, district, the last door-to-door
// safety check (§三) and the hazards not yet closed. No I/O.
import type { TableDefinition } from '../shared/table';
import { districtLabel } from './hazardTable';
import { venueTypeLabels, type VenueType } from './vocabulary';

export interface VenueTableRow {
  id: number;
  name: string;
  venueType: VenueType;
  districtCode: string;
  lastSafetyCheckOn: string | null;
  openHazards: number;
  lon: number;
  lat: number;
}

export const venueTable: TableDefinition<VenueTableRow> = {
  title: { zh: '场所清单', en: 'Venue list' },
  layer: 'venues',
  id: (r) => r.id,
  place: (r) => ({ point: [r.lon, r.lat] }),
  defaultSort: { key: 'name', dir: 'asc' },
  columns: [
    { key: 'id', label: { zh: '场所编号', en: 'Venue no.' }, cell: (r) => r.id, sortable: true, numeric: true },
    { key: 'name', label: { zh: '场所名称', en: 'Venue' }, cell: (r) => r.name, sortable: true },
    { key: 'venueType', label: { zh: '场所类型', en: 'Venue type' }, cell: (r, l) => venueTypeLabels[r.venueType][l], sortable: true },
    { key: 'district', label: { zh: '片区', en: 'District' }, cell: (r, l) => districtLabel(r.districtCode)[l], sortable: true },
    { key: 'lastSafetyCheckOn', label: { zh: '最近入户安检', en: 'Last safety check' }, cell: (r) => r.lastSafetyCheckOn, sortable: true, date: true, shpName: 'last_check' },
    { key: 'openHazards', label: { zh: '未销号隐患', en: 'Open hazards' }, cell: (r) => r.openHazards, sortable: true, numeric: true, shpName: 'open_haz' },
    { key: 'lon', label: { zh: '经度', en: 'Longitude' }, cell: (r) => r.lon, numeric: true },
    { key: 'lat', label: { zh: '纬度', en: 'Latitude' }, cell: (r) => r.lat, numeric: true },
  ],
};
