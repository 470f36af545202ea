import type { AgeBands } from '../../../db/repositories/educationAnalyses';
import { defaultSchoolAgeOptions, referenceYear } from '../../domain/education/schoolAge';

/** School-age bands for SQL: full years on 31 August of the school year containing `asOf`. */
export function ageBandsFor(asOf: string): AgeBands {
  const o = defaultSchoolAgeOptions;
  return {
    refYear: referenceYear(asOf, o),
    minAge: o.minAge,
    primaryMaxAge: o.primaryMaxAge,
    maxAge: o.maxAge,
    refMonthDay: `${String(o.referenceMonth).padStart(2, '0')}-${String(o.referenceDay).padStart(2, '0')}`,
  };
}
