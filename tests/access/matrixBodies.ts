import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import { DEMO_PASSWORD } from '../../api/services/demo/demoAccounts';
import { existingId, freshParcel, hazardBody, matrixJpeg, parcelFeature, roundDay } from '../helpers/accessFixtures';
import type { TestApp } from '../helpers/testApp';

/** A request body ready to send: JSON, or raw bytes/FormData with their own headers. */
export type Payload = { json: unknown } | { raw: BodyInit; headers: Record<string, string> };

const ring = [[102.0, 36.0], [102.1, 36.0], [102.1, 36.1], [102.0, 36.1], [102.0, 36.0]];

/** The `@name` body templates of access-matrix.md (built per cell: fresh codes, real ids). */
export async function namedBody(app: TestApp, name: string): Promise<Payload> {
  const [base, arg] = name.split('@') as [string, string | undefined];
  switch (base) {
    case 'login':
      return { json: { username: 'planner', password: DEMO_PASSWORD } };
    case 'new-user':
      return { json: { username: `matrix-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`, displayName: '矩阵测试用户', role: 'planner', password: 'Matrix-Strong-Pass-2026' } };
    case 'fee-quote':
      return {
        json: { supply: 'agreement', use: 'commercial', surfaceAllocated: false, publicParking: false, surfaceUnitPrice: 2000, layers: [{ topDepth: 0, bottomDepth: 4, netHeight: 3.5, area: 1000 }] },
      };
    case 'parcel':
      return { json: freshParcel() };
    case 'parcel-import': {
      const fc = { type: 'FeatureCollection', features: [parcelFeature(freshParcel())] };
      return { raw: JSON.stringify(fc), headers: { 'content-type': 'application/geo+json' } };
    }
    case 'hazard':
      return { json: hazardBody(arg === 'missing' ? 2_000_000_000 : Number(await existingId(app, 'venue', arg))) };
    case 'visit':
      return { json: { venueId: Number(await existingId(app, 'venue', arg)), visitedOn: await roundDay(app), inspectors: '张三、李四' } };
    case 'venue-at': {
      // A point where a venue of district `arg` stands, so the new venue falls in that district.
      const venueId = Number(await existingId(app, 'venue', arg));
      const [at] = await queryRows<{ lon: number; lat: number }>(app.database.db, sql`select ST_X(geom) as lon, ST_Y(geom) as lat from gas_venues where id = ${venueId}`);
      return { json: { name: '矩阵测试场所', venueType: 'restaurant', pipelineUserKind: 'non_residential', location: { lon: Number(at!.lon), lat: Number(at!.lat) } } };
    }
    case 'campaign': {
      const id = `am-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`;
      return {
        json: {
          id,
          document: '东政办〔2099〕1号',
          title: '矩阵测试督查活动',
          issuedOn: '2099-01-01',
          rounds: [{ no: 1, nameZh: '第一轮', nameEn: 'Round 1', startsOn: '2099-02-01', endsOn: '2099-02-28', reportDueOn: '2099-03-05' }],
        },
      };
    }
    case 'register-upload': {
      // `@register-upload@630222`: a row of 民和 (the county-bound principal's own county).
      const csv = arg === '630222' ? '身份证号,姓名,出生日期,县区代码\n630222201503100810,马小明,2015-03-10,630222\n' : '身份证号,姓名,出生日期,县区代码\n630202201503100815,王小明,2015-03-10,630202\n';
      const form = new FormData();
      form.set('file', new File([csv], 'household.csv', { type: 'text/csv' }));
      form.set('asOf', '2026-11-01');
      return { raw: form, headers: {} };
    }
    case 'photo': {
      const form = new FormData();
      form.set('photo', new File([new Uint8Array(await matrixJpeg())], 'matrix.jpg', { type: 'image/jpeg' }));
      form.set('stage', 'finding');
      return { raw: form, headers: {} };
    }
    case 'cross-check':
      return {
        json: {
          asOf: '2026-11-20',
          household: [{ id: '630202201503100815', name: '王小明', birthDate: '2015-03-10', countyCode: '630202' }],
          students: [],
          inSchool: [],
          poverty: [],
        },
      };
    case 'coverage':
      return {
        json: {
          catchments: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] }, properties: { schoolId: 's1', level: 'primary', capacity: 10 } }] },
          children: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [102.05, 36.05] }, properties: { id: 'c1', age: 8 } }] },
        },
      };
    default:
      throw new Error(`unknown body template @${name}`);
  }
}
