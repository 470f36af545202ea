import { crossCheck } from '../../domain/education/crossCheck';
import type { CrossCheckBody } from '../../routes/education/schemas';

/** The stateless 四查三比对 contract (海东 Art. 16): the four registers in the body, nothing read or stored. */
export function crossCheckRegisters(body: CrossCheckBody) {
  const { outOfSchool, dropouts, povertyDropouts, notInHousehold, householdSeparated, invalidIds, counts } = crossCheck(body);
  return { outOfSchool, dropouts, povertyDropouts, notInHousehold, householdSeparated, invalidIds, counts };
}
