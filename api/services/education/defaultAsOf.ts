import type { Executor } from '../../../db/client';
import { latestRegisterDate } from '../../../db/repositories/educationRegisters';

/** The date analyses refer to when none is given: the newest register snapshot, else today. */
export async function defaultAsOf(ex: Executor, given?: string): Promise<string> {
  return given ?? (await latestRegisterDate(ex)) ?? new Date().toISOString().slice(0, 10);
}
