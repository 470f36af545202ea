// Synthetic registers for 四查三比对 (cross-check): household (户籍), students (学籍), in school
// (在校) and poverty (脱贫户) lists built from valid GB 11643 numbers (makeIdNumber), with a few
// corrupted check characters, birth-date mismatches, duplicates, out-of-school children,
// dropouts and students without a household record. Deterministic in (seed, households).
import type { CrossCheckInput } from '../../api/domain/education/crossCheck';
import { corruptCheckDigit } from '../../data/generate/educationChildren';
import { makeIdNumber } from '../../api/domain/education/idNumber';
import { createRng } from '../../data/generate/random';
import { countyCodes } from '../../api/domain/geo/vocabulary';

export const householdsAtScale1 = 53_000;
const regions = countyCodes;
const days = 14 * 365;
const dayMs = 86_400_000;
const firstBirth = Date.UTC(2009, 8, 1);
const isoDay = (d: number) => new Date(firstBirth + d * dayMs).toISOString().slice(0, 10);

function idAt(i: number): { id: string; birthDate: string; region: string } {
  const d = i % days;
  const region = regions[Math.floor(i / days) % regions.length];
  const seq = Math.floor(i / (days * regions.length)) % 500;
  const birthDate = isoDay(d);
  return { id: makeIdNumber(region, birthDate, seq, ((i >> 1) % 2) + 1 === 1 ? 1 : 2), birthDate, region };
}

export function generateRegisters(seed: string, households: number): CrossCheckInput {
  const rng = createRng(`${seed}:bench:registers`);
  const household: CrossCheckInput['household'][number][] = [];
  const students: CrossCheckInput['students'][number][] = [];
  const inSchool: CrossCheckInput['inSchool'][number][] = [];
  const poverty: CrossCheckInput['poverty'][number][] = [];
  // Spread the indexes over the id space so a small register still has every region and age.
  const stride = 7919;
  const space = days * regions.length * 400;
  for (let k = 0; k < households; k++) {
    const { id, birthDate, region } = idAt((k * stride) % space);
    const u = rng();
    const recordedId = u < 0.002 ? corruptCheckDigit(id) : id;
    const recordedBirth = u >= 0.002 && u < 0.003 ? isoDay((Math.floor(rng() * days) + 1) % days) : birthDate;
    household.push({ id: recordedId, name: '示例', birthDate: recordedBirth, countyCode: region });
    if (rng() < 0.001) household.push({ id: recordedId, name: '示例', birthDate: recordedBirth, countyCode: region });
    if (rng() < 0.1) poverty.push({ id });
    if (rng() < 0.985) {
      students.push({ id, schoolCode: `S${k % 7000}`, countyCode: region });
      if (rng() < 0.99) inSchool.push({ id });
    }
  }
  // Students with no household record: ids from a part of the id space households never use.
  const extra = Math.round(households * 0.003);
  for (let k = 0; k < extra; k++) {
    const { id, region } = idAt(space + k);
    students.push({ id, schoolCode: `S${k % 7000}`, countyCode: region });
    inSchool.push({ id });
  }
  return { asOf: '2026-11-20', household, students, inSchool, poverty };
}

export function rowCount(input: CrossCheckInput): number {
  return input.household.length + input.students.length + input.inSchool.length + input.poverty.length;
}
