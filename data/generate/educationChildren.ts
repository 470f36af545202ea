import { makeIdNumber, type SexCode } from '../../api/domain/education/idNumber';
import { addDays, dayNumber, fromDayNumber } from '../../api/domain/shared/calendarDate';
import { referenceYear } from '../../api/domain/education/schoolAge';
import { apportion } from './educationSchools';
import type { Geography } from './geography';
import { createRng, int, normal, pick, type Rng } from './random';

// Synthetic school-age children (6–15 on 31 August of the current school year), about
// 160,000 × scale, spread over the villages in proportion to their population. Names come from
// common-surname / given-name lists; ID numbers are valid GB 11643 numbers (makeIdNumber).

export const demoChildrenAtScale1 = 160_000;

export interface DemoChild {
  idNumber: string;
  name: string;
  sex: SexCode;
  birthDate: string;
  age: number;
  countyCode: string;
  townshipCode: string;
  villageCode: string;
  residentCountyCode: string;
  lon: number;
  lat: number;
  povertyAlleviated: boolean;
  disabled: boolean;
  leftBehind: boolean;
  migrant: boolean;
}

const surnames = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯祁鲁汪安';
const givenChars = '子浩宇欣怡梓涵俊杰雨萱佳琪思远明轩嘉豪晨曦文博若汐一诺雅静志强海燕春花建国玉兰德才';

/** Shares of special groups (demo assumptions of the order reported for rural Qinghai). */
export const specialGroupShares = { poverty: 0.09, disabled: 0.015, leftBehindRural: 0.14, migrantUrban: 0.08, migrantRural: 0.01 };
/** Share of children whose household county differs from the county they live in. */
export const livingElsewhereShare = 0.004;

function childName(rng: Rng): string {
  const given = int(rng, 1, 2);
  let name = pick(rng, [...surnames]);
  for (let i = 0; i < given; i++) name += pick(rng, [...givenChars]);
  return name;
}

/** Uniform birth date giving `age` full years on 31 August of `refYear`. */
function birthDateFor(rng: Rng, age: number, refYear: number): string {
  const first = dayNumber(`${refYear - age - 1}-09-01`);
  const last = dayNumber(`${refYear - age}-08-31`);
  return fromDayNumber(first + Math.floor(rng() * (last - first + 1)));
}

export function generateChildren(geography: Geography, seed: string, scale: number, today: string): DemoChild[] {
  const rng = createRng(`${seed}:education:children`);
  const villages = geography.villages.features;
  const counts = apportion(Math.round(demoChildrenAtScale1 * scale), villages.map((v) => v.properties.population));
  const refYear = referenceYear(today);
  const seqs = new Map<string, number>();
  const children: DemoChild[] = [];
  villages.forEach((village, vi) => {
    const p = village.properties;
    const [vx, vy] = village.geometry.coordinates as [number, number];
    const spread = p.settlement === 'urban' ? 0.006 : 0.004;
    for (let k = 0; k < counts[vi]!; k++) {
      const age = int(rng, 6, 15);
      const birthDate = birthDateFor(rng, age, refYear);
      const sex: SexCode = rng() < 0.52 ? 1 : 2;
      const key = `${p.countyCode}${birthDate}${sex}`;
      const seq = seqs.get(key) ?? 0;
      seqs.set(key, seq + 1);
      children.push({
        idNumber: makeIdNumber(p.countyCode, birthDate, seq % 500, sex),
        name: childName(rng),
        sex,
        birthDate,
        age,
        countyCode: p.countyCode,
        townshipCode: p.townshipCode,
        villageCode: p.code,
        residentCountyCode: p.countyCode,
        lon: Math.round((vx + normal(rng, 0, spread)) * 1e6) / 1e6,
        lat: Math.round((vy + normal(rng, 0, spread)) * 1e6) / 1e6,
        povertyAlleviated: rng() < specialGroupShares.poverty,
        disabled: rng() < specialGroupShares.disabled,
        leftBehind: p.settlement === 'rural' && rng() < specialGroupShares.leftBehindRural,
        migrant: rng() < (p.settlement === 'urban' ? specialGroupShares.migrantUrban : specialGroupShares.migrantRural),
      });
    }
  });
  moveSomeToOtherCounties(rng, children, geography);
  return children;
}

/** 人籍分离: a few children live (home point, resident county) in a village of another county. */
function moveSomeToOtherCounties(rng: Rng, children: DemoChild[], geography: Geography): void {
  const villages = geography.villages.features;
  for (const child of children) {
    if (rng() >= livingElsewhereShare) continue;
    const target = pick(rng, villages);
    if (target.properties.countyCode === child.countyCode) continue;
    const [x, y] = target.geometry.coordinates as [number, number];
    child.residentCountyCode = target.properties.countyCode;
    child.lon = Math.round((x + normal(rng, 0, 0.003)) * 1e6) / 1e6;
    child.lat = Math.round((y + normal(rng, 0, 0.003)) * 1e6) / 1e6;
  }
}

/** Consecutive calendar days ending the day before `today`. */
export function absenceStreak(today: string, days: number): string[] {
  const out: string[] = [];
  for (let i = days; i >= 1; i--) out.push(addDays(today, -i));
  return out;
}

/** A wrong check character for `id` (deliberate register error). */
export function corruptCheckDigit(id: string): string {
  const chars = '0123456789X';
  const at = chars.indexOf(id[17]!);
  return id.slice(0, 17) + chars[(at + 1) % chars.length];
}
