import { z } from 'zod';
import { districtCodes } from '../../domain/geo/vocabulary';
import { enforcementOutcomes, hazardCategories, hazardStatuses, pipelineUserKinds, reportItemKinds, severities, venueTypes } from '../../domain/gas/vocabulary';
import { bboxParam, countyCode, isoDate, paging, queryFlag, text } from '../shared/primitives';

// Every boundary of the gas-safety API (东政办〔2023〕98号), declared once; handlers, services and
// the web's forms take their types from here (z.output / z.input).

export const gasRoles = ['inspector', 'official', 'admin'] as const;

const groupNo = z.coerce.number().int().min(1).max(9);
const roundNo = z.coerce.number().int().min(1).max(20);
const campaignId = z.string().max(100);

/** The hazard list's filters (the map's clusters take the same, without paging). */
export const hazardFilter = z.object({
  status: z.enum(hazardStatuses).optional(),
  severity: z.enum(severities).optional(),
  category: z.enum(hazardCategories).optional(),
  countyCode: countyCode.optional(),
  district: z.enum(districtCodes).optional(),
  campaign: campaignId.optional(),
  round: roundNo.optional(),
  group: groupNo.optional(),
  venueType: z.enum(venueTypes).optional(),
  venueId: z.coerce.number().int().positive().optional(),
  overdue: queryFlag.optional(),
});
export type HazardFilter = z.output<typeof hazardFilter>;

export const hazardQuery = hazardFilter.extend({ bbox: bboxParam().optional(), ...paging(1000, 50_000) });
export type HazardQuery = z.output<typeof hazardQuery>;

const view = { bbox: bboxParam(), zoom: z.coerce.number().min(0).max(22) };
export const hazardClusterQuery = hazardFilter.extend(view);
export type HazardClusterQuery = z.output<typeof hazardClusterQuery>;

export const venueQuery = z.object({
  district: z.enum(districtCodes).optional(),
  countyCode: countyCode.optional(),
  venueType: z.enum(venueTypes).optional(),
  q: z.string().max(100).optional(),
  bbox: bboxParam().optional(),
  ...paging(1000, 50_000),
});
export type VenueQuery = z.output<typeof venueQuery>;

/** A device position asking for the nearest venues; the bounds are China's extent (issue 10: a position outside China is 400). */
export const nearbyQuery = z.object({
  lon: z.coerce.number().min(73).max(136),
  lat: z.coerce.number().min(3).max(54),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type NearbyQuery = z.output<typeof nearbyQuery>;

export const venueClusterQuery = z.object({ ...view, venueType: z.enum(venueTypes).optional() });

export const hazardBody = z.object({
  venueId: z.number().int().positive(),
  category: z.enum(hazardCategories),
  description: text(2000),
  severity: z.enum(severities),
  responsibleUnit: text(200),
  responsiblePerson: text(100),
  measures: text(2000),
  foundAt: isoDate.optional(),
  deadline: isoDate,
  interimMeasures: z.string().max(2000).optional(),
  enforcementOutcome: z.enum(enforcementOutcomes).optional(),
  fineYuan: z.number().int().min(0).max(100_000_000).optional(),
  groupNo: z.number().int().min(1).max(9).optional(),
});
export type HazardInput = z.output<typeof hazardBody>;

export const enforcementBody = z.object({
  enforcementOutcome: z.enum(enforcementOutcomes).nullable(),
  fineYuan: z.number().int().min(0).max(100_000_000),
});
export type EnforcementInput = z.output<typeof enforcementBody>;

export const transitionBody = z.object({ to: z.enum(hazardStatuses), note: z.string().max(2000).optional() });

export const visitBody = z.object({
  venueId: z.number().int().positive(),
  visitedOn: isoDate.optional(),
  inspectors: text(200),
  note: z.string().max(2000).optional(),
  groupNo: z.number().int().min(1).max(9).optional(),
});
export type VisitInput = z.output<typeof visitBody>;

export const venueBody = z.object({
  name: text(200),
  venueType: z.enum(venueTypes),
  pipelineUserKind: z.enum(pipelineUserKinds),
  lastSafetyCheckOn: isoDate.optional(),
  address: z.string().trim().max(300).optional(),
  location: z.object({ lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) }),
});
export type VenueInput = z.output<typeof venueBody>;

export const campaignQuery = z.object({ campaign: campaignId.optional() });

export const dueQuery = z.object({ district: z.enum(districtCodes).optional(), ...paging(200, 5000) });
export type DueQuery = z.output<typeof dueQuery>;

export const boardQuery = z.object({ campaign: campaignId.optional(), round: roundNo.optional(), group: groupNo.optional() });
export type BoardQuery = z.output<typeof boardQuery>;

export const campaignBody = z.object({
  id: z.string().regex(/^[a-z0-9-]{3,60}$/),
  document: text(200),
  title: text(200),
  issuedOn: isoDate,
  minDaysPerRound: z.number().int().min(1).max(60).optional(),
  rounds: z
    .array(z.object({ no: z.number().int().min(1), nameZh: z.string().min(1).max(50), nameEn: z.string().min(1).max(80), startsOn: isoDate, endsOn: isoDate, reportDueOn: isoDate }))
    .min(1)
    .max(10),
});
export type CampaignInput = z.output<typeof campaignBody>;

export const reportParams = z.object({ groupNo, round: roundNo });
export const reportQuery = z.object({ campaign: campaignId.optional() });
export const textsBody = z.object({ campaign: campaignId.optional(), sections: z.record(z.string(), z.string().max(20_000)) });
export const itemBody = z.object({
  campaign: campaignId.optional(),
  kind: z.enum(reportItemKinds),
  text: text(2000),
  districtCode: z.enum(districtCodes).optional(),
  recordedOn: isoDate.optional(),
});
export type ReportItemInput = z.output<typeof itemBody>;
