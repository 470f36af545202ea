// Vocabulary of underground-space parcels (东政办〔2023〕95号). Pure data: the tuples drive the
// pg enums, the zod enums and the TS unions; the label maps drive the UI in both languages.

import type { Bilingual } from '../shared/bilingual';

// 东政办〔2023〕95号 Art. 13, Art. 15: how the underground right is acquired.
export const supplyMethods = ['agreement', 'tender', 'auction', 'listing', 'allocation', 'lease'] as const;
export type SupplyMethod = (typeof supplyMethods)[number];

export const supplyMethodLabels: Record<SupplyMethod, Bilingual> = {
  agreement: { zh: '协议出让', en: 'Transfer by agreement' },
  tender: { zh: '招标出让', en: 'Transfer by tender' },
  auction: { zh: '拍卖出让', en: 'Transfer by auction' },
  listing: { zh: '挂牌出让', en: 'Transfer by listing' },
  allocation: { zh: '划拨', en: 'Allocation' },
  lease: { zh: '租赁（平战结合）', en: 'Lease (dual-use civil air defence)' },
};

// 东政办〔2023〕95号 Art. 13: the uses that decide the supply method.
export const parcelUses = [
  'commercial',
  'residential',
  'industrial',
  'office',
  'public_service',
  'infrastructure',
  'civil_air_defence',
  'parking',
  'transport',
  'national_defence',
  'disaster_prevention',
] as const;
export type ParcelUse = (typeof parcelUses)[number];

export const parcelUseLabels: Record<ParcelUse, Bilingual> = {
  commercial: { zh: '商业', en: 'Commercial' },
  residential: { zh: '住宅', en: 'Residential' },
  industrial: { zh: '工业', en: 'Industrial' },
  office: { zh: '办公', en: 'Office' },
  public_service: { zh: '公共服务设施', en: 'Public service facilities' },
  infrastructure: { zh: '城市基础设施', en: 'Urban infrastructure' },
  civil_air_defence: { zh: '人民防空', en: 'Civil air defence' },
  parking: { zh: '停车', en: 'Parking' },
  transport: { zh: '地下交通', en: 'Underground transport' },
  // Art. 15 ¶1: with 人防, infrastructure and public service, the uses exempt on allocated land.
  national_defence: { zh: '国防', en: 'National defence' },
  disaster_prevention: { zh: '防灾', en: 'Disaster prevention' },
};

// 东政办〔2023〕95号 Art. 3: 结建 (built with the surface building) and 单建 (independent).
export const parcelKinds = ['combined', 'standalone'] as const;
export type ParcelKind = (typeof parcelKinds)[number];

export const parcelKindLabels: Record<ParcelKind, Bilingual> = {
  combined: { zh: '结建', en: 'Combined (built with surface building)' },
  standalone: { zh: '单建', en: 'Standalone' },
};

// 东政办〔2023〕95号 Art. 3: space under these public lands is always 单建.
export const publicLandTypes = ['road', 'green', 'square'] as const;
export type PublicLandType = (typeof publicLandTypes)[number];

export const publicLandTypeLabels: Record<PublicLandType, Bilingual> = {
  road: { zh: '市政道路', en: 'Municipal road' },
  green: { zh: '公共绿地', en: 'Public green space' },
  square: { zh: '公共广场', en: 'Public square' },
};

// 东政办〔2023〕95号 Art. 11 (planning approval), Art. 17, 24 (registration).
export const parcelStatuses = ['planned', 'approved', 'registered'] as const;
export type ParcelStatus = (typeof parcelStatuses)[number];

// 东政办〔2023〕95号 Art. 22: the earlier builder reserves the interface, the later builds it.
export const connectionStates = ['reserved', 'built'] as const;
export type ConnectionState = (typeof connectionStates)[number];

export const connectionStateLabels: Record<ConnectionState, Bilingual> = {
  reserved: { zh: '已预留接口', en: 'Interface reserved' },
  built: { zh: '已连通', en: 'Connected' },
};
