import { inList } from './checkList';
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { geometry, validGeometry } from './geometry';
import { townships } from './geo';
import { caseKinds, caseStatuses, caseStepKinds, registerKinds, schoolLevels, schoolStages } from '../../api/domain/education/vocabulary';

// 控辍保学 data. Minors' personal data (PIPL Art. 28): every read of a child row outside an
// aggregate is audited by the service layer. Rule sets stay in code (api/domain/education/
// ruleSets.ts) and are referenced here by id.

export const eduSchools = pgTable(
  'edu_schools',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    level: text('level', { enum: schoolLevels }).notNull(),
    capacity: integer('capacity').notNull(),
    countyCode: text('county_code').notNull(),
    townshipCode: text('township_code')
      .notNull()
      .references(() => townships.code),
    geom: geometry('geom', 'Point').notNull(),
  },
  (t) => [
    index('edu_schools_geom_idx').using('gist', t.geom),
    validGeometry('edu_schools_geom_valid', t.geom),
    index('edu_schools_township_idx').on(t.townshipCode),
    check('edu_schools_level_check', sql`${t.level} in (${inList(schoolLevels)})`),
    check('edu_schools_capacity_check', sql`${t.capacity} >= 0`),
  ],
);

/** One catchment (招生片区) per school and level; a nine-year school has two. */
export const eduCatchments = pgTable(
  'edu_catchments',
  {
    id: serial('id').primaryKey(),
    schoolId: integer('school_id')
      .notNull()
      .references(() => eduSchools.id),
    level: text('level', { enum: schoolStages }).notNull(),
    capacity: integer('capacity').notNull(),
    geom: geometry('geom', 'MultiPolygon').notNull(),
  },
  (t) => [
    index('edu_catchments_geom_idx').using('gist', t.geom),
    validGeometry('edu_catchments_geom_valid', t.geom),
    uniqueIndex('edu_catchments_school_level_idx').on(t.schoolId, t.level),
    check('edu_catchments_level_check', sql`${t.level} in (${inList(schoolStages)})`),
  ],
);

export const eduChildren = pgTable(
  'edu_children',
  {
    id: serial('id').primaryKey(),
    idNumber: text('id_number').notNull(),
    name: text('name').notNull(),
    sex: smallint('sex').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    countyCode: text('county_code').notNull(),
    townshipCode: text('township_code').notNull(),
    villageCode: text('village_code').notNull(),
    /** County the child actually lives in (人籍分离 when it differs from the household county). */
    residentCountyCode: text('resident_county_code').notNull(),
    home: geometry('home', 'Point').notNull(),
    /** School of student registration (学籍); null for a child never enrolled. */
    schoolId: integer('school_id').references(() => eduSchools.id),
    povertyAlleviated: boolean('poverty_alleviated').notNull().default(false),
    disabled: boolean('disabled').notNull().default(false),
    leftBehind: boolean('left_behind').notNull().default(false),
    migrant: boolean('migrant').notNull().default(false),
  },
  (t) => [
    uniqueIndex('edu_children_id_number_idx').on(t.idNumber),
    index('edu_children_home_idx').using('gist', t.home),
    validGeometry('edu_children_home_valid', t.home),
    index('edu_children_township_idx').on(t.townshipCode),
    index('edu_children_school_idx').on(t.schoolId),
    check('edu_children_sex_check', sql`${t.sex} in (1, 2)`),
  ],
);

/** A dated snapshot of one of the four registers (四查). */
export const eduRegisterImports = pgTable(
  'edu_register_imports',
  {
    id: serial('id').primaryKey(),
    kind: text('kind', { enum: registerKinds }).notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    rowCount: integer('row_count').notNull(),
    source: text('source').notNull(),
    importedBy: text('imported_by'),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
    /** The county of a county-bound importer (issue 14); null = a city-wide snapshot. */
    countyCode: text('county_code'),
  },
  (t) => [
    index('edu_register_imports_kind_idx').on(t.kind, t.asOf),
    index('edu_register_imports_county_idx').on(t.countyCode, t.kind, t.asOf),
    check('edu_register_imports_kind_check', sql`${t.kind} in (${inList(registerKinds)})`),
  ],
);

/** Register rows as imported; ID numbers are kept as given (malformed ones included). */
export const eduRegisterRows = pgTable(
  'edu_register_rows',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    importId: integer('import_id')
      .notNull()
      .references(() => eduRegisterImports.id),
    idNumber: text('id_number').notNull(),
    name: text('name'),
    birthDate: text('birth_date'),
    countyCode: text('county_code'),
    schoolCode: text('school_code'),
  },
  (t) => [index('edu_register_rows_import_id_idx').on(t.importId, t.idNumber), index('edu_register_rows_id_idx').on(t.idNumber)],
);

export const eduAbsences = pgTable(
  'edu_absences',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    childId: integer('child_id')
      .notNull()
      .references(() => eduChildren.id),
    schoolId: integer('school_id')
      .notNull()
      .references(() => eduSchools.id),
    date: date('date', { mode: 'string' }).notNull(),
    excused: boolean('excused').notNull().default(false),
  },
  (t) => [uniqueIndex('edu_absences_child_date_idx').on(t.childId, t.date), index('edu_absences_school_idx').on(t.schoolId)],
);

export const eduCrossCheckRuns = pgTable('edu_cross_check_runs', {
  id: serial('id').primaryKey(),
  asOf: date('as_of', { mode: 'string' }).notNull(),
  importIds: jsonb('import_ids').notNull(),
  counts: jsonb('counts').notNull(),
  runBy: text('run_by'),
  runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A 失学 / 辍学 case, owned by the county that routing (海东 Art. 16) made responsible. */
export const eduCases = pgTable(
  'edu_cases',
  {
    id: serial('id').primaryKey(),
    kind: text('kind', { enum: caseKinds }).notNull(),
    status: text('status', { enum: caseStatuses }).notNull().default('open'),
    childId: integer('child_id').references(() => eduChildren.id),
    idNumber: text('id_number').notNull(),
    name: text('name').notNull(),
    birthDate: text('birth_date'),
    poverty: boolean('poverty').notNull().default(false),
    householdCountyCode: text('household_county_code').notNull(),
    studentCountyCode: text('student_county_code'),
    schoolCode: text('school_code'),
    responsibleCountyCode: text('responsible_county_code').notNull(),
    notifyCountyCode: text('notify_county_code'),
    routingRule: text('routing_rule').notNull(),
    ruleSetId: text('rule_set_id').notNull(),
    crossCheckRunId: integer('cross_check_run_id').references(() => eduCrossCheckRuns.id),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    placement: jsonb('placement'),
    closedOn: date('closed_on', { mode: 'string' }),
    closureReason: text('closure_reason'),
  },
  (t) => [
    index('edu_cases_county_idx').on(t.responsibleCountyCode, t.status),
    index('edu_cases_id_number_idx').on(t.idNumber),
    index('edu_cases_school_idx').on(t.schoolCode),
    check('edu_cases_kind_check', sql`${t.kind} in (${inList(caseKinds)})`),
    check('edu_cases_status_check', sql`${t.status} in (${inList(caseStatuses)})`),
  ],
);

/** Escalation actions done, events (home visit failed, notice issued) and the four legal steps. */
export const eduCaseSteps = pgTable(
  'edu_case_steps',
  {
    id: serial('id').primaryKey(),
    caseId: integer('case_id')
      .notNull()
      .references(() => eduCases.id),
    stepKind: text('step_kind', { enum: caseStepKinds }).notNull(),
    action: text('action').notNull(),
    document: text('document'),
    date: date('date', { mode: 'string' }).notNull(),
    recordedBy: text('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('edu_case_steps_case_idx').on(t.caseId),
    check('edu_case_steps_kind_check', sql`${t.stepKind} in (${inList(caseStepKinds)})`),
  ],
);

/** Per township and school year: enrolment figures for 巩固率 and the annual loss rate. */
export const eduCohortStats = pgTable(
  'edu_cohort_stats',
  {
    id: serial('id').primaryKey(),
    countyCode: text('county_code').notNull(),
    townshipCode: text('township_code').notNull(),
    schoolYear: integer('school_year').notNull(),
    grade1Enrolment: integer('grade1_enrolment').notNull(),
    grade9Graduates: integer('grade9_graduates').notNull(),
    studentsAtYearStart: integer('students_at_year_start').notNull(),
    studentsLost: integer('students_lost').notNull(),
  },
  (t) => [uniqueIndex('edu_cohort_stats_township_year_idx').on(t.townshipCode, t.schoolYear)],
);

/**
 * A dated duty of the calendar marked done (issue 13) for a county, or for one of its townships
 * (township_code '' = the county itself). Marking is audited by the verb.
 */
export const eduDutyCompletions = pgTable(
  'edu_duty_completions',
  {
    id: serial('id').primaryKey(),
    countyCode: text('county_code').notNull(),
    townshipCode: text('township_code').notNull().default(''),
    dutyId: text('duty_id').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    doneOn: date('done_on', { mode: 'string' }).notNull(),
    doneBy: text('done_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('edu_duty_completions_key_idx').on(t.countyCode, t.townshipCode, t.dutyId, t.dueDate)],
);
