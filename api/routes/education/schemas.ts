import { z } from 'zod';
import {
  caseKinds,
  caseStatuses,
  closureReasons,
  escalationActions,
  escalationEvents,
  legalActs,
  noticeKinds,
  placementKinds,
  registerFields,
  registerKinds,
  schoolStages,
  type RegisterField,
} from '../../domain/education/vocabulary';
import { riskLevels } from '../../domain/education/riskIndex';
import type { Bbox } from '../../domain/geo/bbox';
import type { GeoResult } from '../../domain/geo/geoInputError';
import { validatePoint } from '../../domain/geo/pointValidation';
import { validatePolygon } from '../../domain/geo/polygonValidation';
import { countyCode, exportFormat, idParam, isoDate, paging, plainString, queryFlag, tablePaging, tableSort, text } from '../shared/primitives';

// Every boundary of the 控辍保学 API, declared once; route handlers only validate and delegate.

/** Individual children: only 'education' and 'admin' (PIPL Art. 28); answers are never cached. */
export const childRoles = ['education', 'admin'] as const;
/** Writes of the education menu that carry no child data (the duty calendar): education and admin. */
export const writeRoles = ['education', 'admin'] as const;
/** Stored analyses by county and township are aggregates, so officials may read them too. */
export const aggregateRoles = ['education', 'admin', 'official'] as const;

export const crossCheckBody = z.object({
  asOf: isoDate,
  household: z.array(z.object({ id: plainString(), name: plainString(), birthDate: isoDate, countyCode: plainString() })),
  students: z.array(z.object({ id: plainString(), schoolCode: plainString(), countyCode: plainString() })),
  inSchool: z.array(z.object({ id: plainString() })),
  poverty: z.array(z.object({ id: plainString() })),
});
export type CrossCheckBody = z.output<typeof crossCheckBody>;

const position = z.array(z.number()).min(2).max(3);
const ring = z.array(position).min(4);
const polygonGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);
const idValue = z.union([plainString(), z.number()]);

/**
 * The stateless coverage contract may serve any Chinese jurisdiction (沙坡头 is in Ningxia), so
 * geometry is checked against China's extent, with the same ring rules as every polygon input
 * (closed, ≥ 4 positions, no self-intersection, bounded vertex count).
 */
const chinaExtent: Bbox = [73.4, 18.1, 135.1, 53.6];

function geoIssue(ctx: z.RefinementCtx, path: (string | number)[], result: GeoResult<unknown>) {
  if (result.ok) return;
  const field = result.error.field.split('.').slice(1);
  ctx.addIssue({ code: 'custom', path: [...path, ...field], message: result.error.reason.en, params: result.error.reason });
}

const catchmentGeometry = polygonGeometry.superRefine((g, ctx) => {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  polygons.forEach((coordinates, k) =>
    geoIssue(ctx, g.type === 'Polygon' ? [] : ['coordinates', k], validatePolygon({ type: 'Polygon', coordinates }, { extent: chinaExtent, maxPositions: 20_000 })),
  );
});

const childGeometry = z
  .object({ type: z.literal('Point'), coordinates: position })
  .superRefine((g, ctx) => geoIssue(ctx, [], validatePoint(g, { extent: chinaExtent })));

export const coverageBody = z.object({
  catchments: z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        geometry: catchmentGeometry,
        properties: z.object({ schoolId: idValue, level: z.enum(schoolStages), capacity: z.number().min(0) }),
      }),
    ),
  }),
  children: z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        geometry: childGeometry,
        properties: z.object({ id: idValue, age: z.number() }),
      }),
    ),
  }),
});

export type CoverageBody = z.output<typeof coverageBody>;

export const areaQuery = z.object({ county: countyCode.optional(), asOf: isoDate.optional() });
export type AreaQuery = z.output<typeof areaQuery>;

export const distanceQuery = areaQuery.extend({
  primaryMeters: z.coerce.number().positive().max(100_000).optional(),
  juniorMeters: z.coerce.number().positive().max(100_000).optional(),
});
export type DistanceQuery = z.output<typeof distanceQuery>;

export const densityQuery = areaQuery.extend({ cellDegrees: z.coerce.number().min(0.005).max(0.5).optional() });
export type DensityQuery = z.output<typeof densityQuery>;

export const schoolGasQuery = z.object({ county: countyCode.optional(), radiusMeters: z.coerce.number().int().min(10).max(2000).optional() });
export type SchoolGasQuery = z.output<typeof schoolGasQuery>;

export const consolidationQuery = z.object({
  county: countyCode.optional(),
  schoolYear: z.coerce.number().int().min(2000).max(2100).optional(),
  asOf: isoDate.optional(),
});
export type ConsolidationQuery = z.output<typeof consolidationQuery>;

export const registerKindParam = z.object({ kind: z.enum(registerKinds) });

const importForm = z.object({
  asOf: isoDate,
  /** JSON object: register field → column header in the file. */
  mapping: plainString()
    .optional()
    .transform((v, ctx) => {
      if (!v) return {} as Partial<Record<RegisterField, string>>;
      try {
        return z.partialRecord(z.enum(registerFields), plainString().min(1)).parse(JSON.parse(v)) as Partial<Record<RegisterField, string>>;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'mapping must be a JSON object of field → column', params: { zh: '列映射应为 JSON 对象（字段 → 列名）', en: 'must be a JSON object of field → column' } });
        return z.NEVER;
      }
    }),
});

/** The multipart body of a register import: the form fields and the file. */
export const registerImportForm = importForm.extend({ file: z.custom<File>((v) => v instanceof File, { params: { zh: '必填项缺失', en: 'is required' } }) });
export type RegisterImportForm = z.output<typeof registerImportForm>;

export const runCrossCheckBody = z.object({ asOf: isoDate, importIds: z.array(z.number().int().positive()).length(4).optional() });
export type RunCrossCheckBody = z.output<typeof runCrossCheckBody>;

export const caseListQuery = z.object({
  county: countyCode.optional(),
  kind: z.enum(caseKinds).optional(),
  status: z.enum(caseStatuses).optional(),
  poverty: queryFlag.optional(),
  runId: z.coerce.number().int().positive().optional(),
  ...paging(100, 500),
});
export type CaseListQuery = z.output<typeof caseListQuery>;

/**
 * The cases export: masked like the list unless `full=true` is chosen explicitly with a `reason`
 * (issue 14; PIPL Art. 28/31: full ID numbers of minors only with a recorded purpose).
 */
export const caseFullExportQuery = caseListQuery.extend({ full: queryFlag.optional(), reason: text(200).optional() });
export type CaseFullExportQuery = z.output<typeof caseFullExportQuery>;

/**
 * The masked case list tied to the map: the same filters, a sort and a page (api/domain/education/caseTable.ts).
 * `asOf` is the time slider: the cases opened by the end of that day with their status then
 * (caseStatusAsOf.ts: from the closing and placement dates); the status filter reads that status.
 */
const caseFilter = caseListQuery.omit({ limit: true, offset: true }).extend({ asOf: isoDate.optional() });
export const caseTableQuery = caseFilter.extend({ ...tableSort, ...tablePaging });
export type CaseTableQuery = z.output<typeof caseTableQuery>;
export const caseExportQuery = caseFilter.extend({ ...tableSort, ...exportFormat });
export type CaseExportQuery = z.output<typeof caseExportQuery>;

export const caseIdParam = idParam;

export const escalationBody = z.union([
  z.object({ action: z.enum(escalationActions), date: isoDate }),
  z.object({ event: z.enum(escalationEvents), date: isoDate }),
]);
export type EscalationBody = z.output<typeof escalationBody>;

export const legalStepBody = z.object({ act: z.enum(legalActs), date: isoDate });
export type LegalStepBody = z.output<typeof legalStepBody>;

export const placementBody = z.object({
  kind: z.enum(placementKinds),
  date: isoDate,
  schoolCode: plainString().max(40).optional(),
  teachingWeeksPerYear: z.number().min(0).max(53).optional(),
  visitsPerWeek: z.number().min(0).max(14).optional(),
  severelyDisabled: z.boolean().optional(),
  assessedUnableToStudy: z.boolean().optional(),
  guardianApplied: z.boolean().optional(),
});
export type PlacementBody = z.output<typeof placementBody>;

export const closeBody = z.object({ date: isoDate, reason: z.enum(closureReasons) });
export type CloseBody = z.output<typeof closeBody>;

export const noticeQuery = z.object({ kind: z.enum(noticeKinds), date: isoDate.optional() });
export type NoticeQuery = z.output<typeof noticeQuery>;

const termDates = z
  .object({ start: isoDate, end: isoDate })
  .refine((t) => t.start <= t.end, { params: { zh: '学期结束日期不能早于开始日期', en: 'the term must not end before it starts' } });

/** A school calendar sent with a preview; each part given replaces the stored or default part. */
export const calendarOverride = z.object({
  terms: z.array(termDates).max(40).optional(),
  holidays: z.array(isoDate).max(1000).optional(),
  makeUpDays: z.array(isoDate).max(200).optional(),
  weekendDays: z.array(z.number().int().min(0).max(6)).max(7).optional(),
});

/** Issue 13 contract: stateless escalation preview; `householdCountyCode` (optional) enables 海东 Art. 15. */
export const escalationPreviewBody = z.object({
  countyCode,
  asOf: isoDate,
  absences: z.array(isoDate).max(2000),
  calendar: calendarOverride.optional(),
  events: z
    .object({
      homeVisitFailedOn: isoDate.optional(),
      noticeIssuedOn: isoDate.optional(),
      noticeDeadline: isoDate.optional(),
      orderIssuedOn: isoDate.optional(),
    })
    .optional(),
  householdCountyCode: countyCode.optional(),
});
export type EscalationPreviewBody = z.output<typeof escalationPreviewBody>;

const townshipCode = z.string().refine((v) => /^\d{9,12}$/.test(v), { params: { zh: '应为乡镇区划代码（9—12位数字）', en: 'must be a township division code (9–12 digits)' } });

/** The duty calendar of a county or one of its townships (issue 13). */
export const dutyQuery = z.object({
  county: countyCode,
  township: townshipCode.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  asOf: isoDate.optional(),
});
export type DutyQuery = z.output<typeof dutyQuery>;

export const dutyDoneBody = z.object({
  county: countyCode,
  township: townshipCode.optional(),
  dutyId: z.string().min(1).max(80),
  dueDate: isoDate,
  doneOn: isoDate,
});
export type DutyDoneBody = z.output<typeof dutyDoneBody>;

export const riskQuery = z.object({
  county: countyCode,
  asOf: isoDate.optional(),
  level: z.enum(riskLevels).optional(),
  ...paging(50, 500),
});
export type RiskQuery = z.output<typeof riskQuery>;

export const riskSummaryQuery = z.object({ county: countyCode, asOf: isoDate.optional() });
export type RiskSummaryQuery = z.output<typeof riskSummaryQuery>;
