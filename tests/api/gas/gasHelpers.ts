import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client';
import { insertUser } from '../../../db/repositories/users';
import { DEMO_PASSWORD } from '../../../api/services/demo/demoAccounts';
import { hashPassword } from '../../../api/services/auth/password';
import type { Client, TestApp } from '../../helpers/testApp';

/** Inspectors of the city-wide groups 8 and 9 have no demo account; tests add them once per database. */
export async function ensureCityWideInspector(app: TestApp, groupNo: 8 | 9): Promise<string> {
  const username = `gas-inspector${groupNo}`;
  const rows = await queryRows(app.database.db, sql`select 1 from users where username = ${username}`);
  if (rows.length === 0) {
    await insertUser(app.database.db, { username, role: 'inspector', groupNo, passwordHash: await hashPassword(DEMO_PASSWORD) });
  }
  return username;
}

/** Venue ids of a district, read as the official. */
export async function venuesOf(official: Client, district: string, n = 3): Promise<number[]> {
  const r = await official.get(`/api/gas/venues?district=${district}&limit=${n}`);
  if (r.status !== 200) throw new Error(`venues ${district}: ${r.status} ${r.text}`);
  return r.body.features.map((f: any) => f.properties.id);
}

export const hazardInput = (venueId: number, over: Record<string, unknown> = {}) => ({
  venueId,
  category: 'hose_too_long',
  description: '连接软管长约3米',
  severity: 'general',
  responsibleUnit: '测试餐馆',
  responsiblePerson: '马某某',
  measures: '更换为2米以内专用软管',
  deadline: '2099-12-31',
  ...over,
});
