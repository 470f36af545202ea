import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { queryRows } from '../../db/client';
import { insertImportJob } from '../../db/repositories/importJobs';
import { districtCodes } from '../../api/domain/geo/vocabulary';
import { client, type Client, type Reply, type TestApp } from './testApp';
import { TEST_TODAY } from './testApp';

/** Every principal of the access matrix, in the table's column order. */
export const principals = [
  'anonymous',
  'planner',
  'inspector1',
  'inspector2',
  'inspector3',
  'inspector4',
  'inspector5',
  'inspector6',
  'inspector7',
  'official',
  'education',
  'education630222',
  'admin',
] as const;
export type Principal = (typeof principals)[number];

/** Inspection district of each area group (东政办〔2023〕98号 §二(一)2; api/domain/gas/inspectionGroups). */
export const districtOfInspector: Record<string, string> = {
  inspector1: '630202',
  inspector2: '630203',
  inspector3: '630222',
  inspector4: '630223',
  inspector5: '630224',
  inspector6: '630225',
  inspector7: 'park',
};
export const gasDistricts = districtCodes;

const sessionCache = new WeakMap<TestApp, Map<Principal, Promise<Client>>>();

/** The county of the county-bound education principal (民和县): its cases are `{case}`, others' `{case@630202}`. */
export const boundCounty = '630222';
const boundPassword = 'Matrix-Minhe-Edu-2026';

/**
 * The county-bound education principal (issue 14): an account of the county education bureau,
 * created by the admin on first use (the demo accounts are city-wide).
 */
export async function loginBoundEducation(app: TestApp): Promise<Client> {
  const username = 'education630222';
  const admin = await sessionOf(app, 'admin');
  const made = await admin.post('/api/admin/users', { username, displayName: '民和县教育局（矩阵）', role: 'education', countyCode: boundCounty, password: boundPassword });
  if (made.status !== 201 && made.status !== 409) throw new Error(`bound education account: ${made.status} ${made.text}`);
  const res = await fetch(`${app.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: boundPassword }) });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
  return client(app.baseUrl, res.headers.get('set-cookie')!.split(';')[0]!);
}

/** A fresh session of a principal (the logout cells end theirs). */
export function loginAs(app: TestApp, who: Principal): Promise<Client> {
  return who === 'education630222' ? loginBoundEducation(app) : app.login(who);
}

/** One logged-in client per principal and app (anonymous: no cookie), reused by every test. */
export function sessionOf(app: TestApp, who: Principal): Promise<Client> {
  let m = sessionCache.get(app);
  if (!m) sessionCache.set(app, (m = new Map()));
  let c = m.get(who);
  if (!c) {
    c = who === 'anonymous' ? Promise.resolve(app.anon) : loginAs(app, who);
    m.set(who, c);
  }
  return c;
}

// Tables that legitimately grow on refused or read-only requests: sessions (logins), the audit log
// (denials and reads of personal data are audited) and import jobs (recorded before the
// all-or-nothing data transaction, then marked failed).
const bookkeeping = new Set(['sessions', 'audit_log', 'import_jobs', 'spatial_ref_sys']);

/** Row count of every application table, to prove that refused requests wrote nothing. */
export async function tableCounts(app: TestApp): Promise<Record<string, number>> {
  const tables = await queryRows<{ t: string }>(
    app.database.db,
    sql`select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const names = tables.map((r) => r.t).filter((t) => !bookkeeping.has(t) && !t.startsWith('__'));
  const parts = names.map((t) => `select '${t}' as t, count(*)::int as n from "${t}"`);
  const rows = await queryRows<{ t: string; n: number }>(app.database.db, sql.raw(parts.join(' union all ')));
  return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
}

const one = async (app: TestApp, q: ReturnType<typeof sql>): Promise<number> => {
  const [row] = await queryRows<{ id: number }>(app.database.db, q);
  if (!row) throw new Error('no row for placeholder');
  return Number(row.id);
};

/** Real ids behind the matrix's placeholders, read from the test database. */
export async function existingId(app: TestApp, name: string, arg?: string): Promise<number | string> {
  switch (name) {
    case 'hazard':
      return one(app, sql`select id from gas_hazards where district_code = ${arg} order by id limit 1`);
    case 'venue':
      return one(app, sql`select id from gas_venues where district_code = ${arg} order by id limit 1`);
    case 'parcel':
      return one(app, sql`select id from underground_parcels order by id limit 1`);
    case 'case':
      // `{case}`: a case of the bound county (every education principal reaches it); `{case@C}`: one
      // of county C that the bound county is neither responsible for nor notified of.
      return arg
        ? one(app, sql`select id from edu_cases where responsible_county_code = ${arg} and notify_county_code is distinct from ${boundCounty} order by id limit 1`)
        : one(app, sql`select id from edu_cases where responsible_county_code = ${boundCounty} order by id limit 1`);
    case 'cityImport':
      // The newest city-wide register import of a kind (the county-bound principal cannot run on it).
      return one(app, sql`select id from edu_register_imports where kind = ${arg} and county_code is null order by as_of desc, id desc limit 1`);
    case 'photo':
      return ensurePhoto(app, arg!);
    case 'token':
      return ensureAdminToken(app);
    case 'missing':
      return 2_000_000_000;
    case 'user':
      return matrixUser(app, 'matrix-target');
    case 'import':
      return ensureImportJob(app, arg ?? 'planner');
    case 'roundDay':
      return roundDay(app);
    default:
      throw new Error(`unknown placeholder ${name}`);
  }
}

/** An API token of the admin's that no cell revokes (others' cells must not reach it). */
async function ensureAdminToken(app: TestApp): Promise<number> {
  const [row] = await queryRows<{ id: number }>(app.database.db, sql`select t.id from api_tokens t join users u on u.id = t.user_id where u.username = 'admin' and t.name = 'matrix-kept' and t.revoked_at is null order by t.id limit 1`);
  if (row) return Number(row.id);
  const admin = await sessionOf(app, 'admin');
  const r = await admin.post('/api/auth/tokens', { name: 'matrix-kept', expiresInDays: 30 });
  if (r.status !== 201) throw new Error(`admin token: ${r.status} ${r.text}`);
  return r.body.id;
}

/** A tiny real JPEG (8×8), as a phone would send it. */
export const matrixJpeg = () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } }).jpeg().toBuffer();

/** A photo of the first hazard of `district`, uploaded by the admin when there is none yet. */
async function ensurePhoto(app: TestApp, district: string): Promise<number> {
  const q = sql`select p.id from gas_hazard_photos p join gas_hazards h on h.id = p.hazard_id where h.district_code = ${district} order by p.id limit 1`;
  const [row] = await queryRows<{ id: number }>(app.database.db, q);
  if (row) return Number(row.id);
  const hazard = await existingId(app, 'hazard', district);
  const form = new FormData();
  form.set('photo', new File([new Uint8Array(await matrixJpeg())], 'matrix.jpg', { type: 'image/jpeg' }));
  form.set('stage', 'finding');
  const r = await (await sessionOf(app, 'admin')).send('POST', `/api/gas/hazards/${hazard}/photos`, form);
  if (r.status !== 201) throw new Error(`matrix photo: ${r.status} ${r.text}`);
  return r.body.id;
}

/** A day inside a campaign round that is not after today, so a visit on it is accepted. */
export async function roundDay(app: TestApp): Promise<string> {
  const [r] = await queryRows<{ d: string }>(
    app.database.db,
    sql`select to_char(least(ends_on, current_date), 'YYYY-MM-DD') as d from gas_rounds where starts_on <= current_date order by starts_on desc limit 1`,
  );
  return r?.d ?? TEST_TODAY;
}

const importJobs = new WeakMap<TestApp, Map<string, Promise<number>>>();

/** An import job owned by `username`, recorded once per app (as runImportJob records one). */
function ensureImportJob(app: TestApp, username: string): Promise<number> {
  let m = importJobs.get(app);
  if (!m) importJobs.set(app, (m = new Map()));
  let p = m.get(username);
  if (!p) {
    p = insertImportJob(app.database.db, { kind: 'underground.parcels', actor: username, totalRows: 1 });
    m.set(username, p);
  }
  return p;
}

let parcelSerial = 0;
const mPerDeg = 111_320;

/**
 * A valid parcel with a unique code on a random 20 m square in the hills of 民和县, far from the
 * demo parcels of 乐都/平安, so 3D conflicts are improbable.
 */
export function freshParcel(over: Record<string, unknown> = {}) {
  parcelSerial += 1;
  const lon = 102.70 + Math.random() * 0.08;
  const lat = 36.20 + Math.random() * 0.1;
  const dx = 10 / (mPerDeg * Math.cos((lat * Math.PI) / 180));
  const dy = 10 / mPerDeg;
  return {
    code: `AM-${process.pid}-${parcelSerial}-${Math.floor(Math.random() * 1e9)}`,
    name: '矩阵测试地块',
    kind: 'standalone',
    publicLand: null,
    countyCode: '630222',
    use: 'commercial',
    supply: 'agreement',
    surfaceAllocated: false,
    surfaceUnitPrice: 3000,
    publicParking: false,
    status: 'approved',
    termStart: '2024-03-01',
    footprint: { type: 'Polygon', coordinates: [[[lon - dx, lat - dy], [lon + dx, lat - dy], [lon + dx, lat + dy], [lon - dx, lat + dy], [lon - dx, lat - dy]]] },
    layers: [{ level: 'B1', topDepth: 0, bottomDepth: 4, netHeight: 3.5 }],
    ...over,
  };
}

export function parcelFeature(p: ReturnType<typeof freshParcel>) {
  const { footprint, ...props } = p;
  return { type: 'Feature', properties: { ...props, layers: JSON.stringify(props.layers) }, geometry: footprint };
}

export const hazardBody = (venueId: number, over: Record<string, unknown> = {}) => ({
  venueId,
  category: 'hose_too_long',
  description: '连接软管长约3米',
  severity: 'general',
  responsibleUnit: '矩阵测试餐馆',
  responsiblePerson: '马某某',
  measures: '更换为2米以内专用软管',
  deadline: '2099-12-31',
  ...over,
});

/** Creates an object for one write cell (DELETE, PUT, transitions) as the admin. */
export async function freshObject(app: TestApp, name: string, arg?: string, who?: Principal): Promise<number> {
  const admin = await sessionOf(app, 'admin');
  if (name === 'new-hazard') {
    const venueId = Number(await existingId(app, 'venue', arg));
    const r = await admin.post('/api/gas/hazards', hazardBody(venueId));
    if (r.status !== 201) throw new Error(`fresh hazard: ${r.status} ${r.text}`);
    return r.body.id;
  }
  if (name === 'new-parcel') {
    const r = await admin.post('/api/underground/parcels', freshParcel());
    if (r.status !== 201) throw new Error(`fresh parcel: ${r.status} ${r.text}`);
    return r.body.id;
  }
  if (name === 'new-case') return nextOpenCase(app, who === 'education630222');
  if (name === 'new-user') return matrixUser(app, `matrix-${process.pid}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`);
  if (name === 'new-token') {
    const r = await admin.post('/api/auth/tokens', { name: 'matrix-fresh', expiresInDays: 1 });
    if (r.status !== 201) throw new Error(`fresh token: ${r.status} ${r.text}`);
    return r.body.id;
  }
  throw new Error(`unknown fresh placeholder ${name}`);
}

const usedCases = new WeakMap<TestApp, Set<number>>();

/**
 * A demo case no other cell has touched yet and with no legal step recorded by any other test
 * file in this process (cases are not created through the API). The county-bound principal gets
 * one of its county's cases; the others get the other counties' first, so the bound county's few
 * open cases last through every write row.
 */
async function nextOpenCase(app: TestApp, bound: boolean): Promise<number> {
  let used = usedCases.get(app);
  if (!used) usedCases.set(app, (used = new Set()));
  const rows = await queryRows<{ id: number }>(
    app.database.db,
    // The bound county's cases first, so the county-bound principal's write cells reach theirs.
    sql`select c.id from edu_cases c where c.status = 'open'
          and not exists (select 1 from edu_case_steps s where s.case_id = c.id and s.step_kind = 'legal')
          and (${!bound} or c.responsible_county_code = ${boundCounty})
        order by (c.responsible_county_code = ${boundCounty}) = ${bound} desc, c.id desc limit 400`,
  );
  const free = rows.map((r) => Number(r.id)).find((id) => !used!.has(id));
  if (free === undefined) throw new Error('no untouched open case left');
  used.add(free);
  return free;
}

/**
 * Replaces `{name@arg}` placeholders in a path or JSON template. `{new-…}` creates an object when
 * `fresh` (a cell expected to succeed); a cell expected to be refused gets the existing object of
 * the same kind, which it must not be able to change.
 */
export async function resolvePlaceholders(app: TestApp, template: string, fresh = true, who?: Principal): Promise<string> {
  const found = [...template.matchAll(/\{([\w-]+)(?:@([\w]+))?\}/g)];
  let out = template;
  for (const m of found) {
    const [whole, name, arg] = m;
    const isNew = name!.startsWith('new-');
    const value = isNew && fresh ? await freshObject(app, name!, arg, who) : await existingId(app, isNew ? name!.slice(4) : name!, arg);
    out = out.replace(whole!, String(value));
  }
  return out;
}

/** Response text with its size capped, for assertion messages. */
export const brief = (r: Reply) => `${r.status} ${r.text.slice(0, 300)}`;

/** A planner account for the administration cells (created on first use; password unknown to tests). */
async function matrixUser(app: TestApp, username: string): Promise<number> {
  await app.database.db.execute(
    sql`insert into users (username, display_name, password_hash, role) values (${username}, '矩阵测试', 'not-a-hash', 'planner') on conflict (username) do nothing`,
  );
  return one(app, sql`select id from users where username = ${username}`);
}
