import type { Executor } from '../../../db/client';
import { insertUser } from '../../../db/repositories/users';
import type { Role } from '../../domain/auth/roles';
import { hashPassword } from '../auth/password';

/** The demo password listed in the README; demo accounts exist only in demo mode. */
export const DEMO_PASSWORD = 'haidong-demo';

export const demoAccounts: { username: string; role: Role; groupNo: number | null }[] = [
  { username: 'planner', role: 'planner', groupNo: null },
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => ({ username: `inspector${n}`, role: 'inspector' as const, groupNo: n })),
  { username: 'official', role: 'official', groupNo: null },
  { username: 'education', role: 'education', groupNo: null },
  { username: 'admin', role: 'admin', groupNo: null },
];

export async function createDemoAccounts(ex: Executor): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const a of demoAccounts) await insertUser(ex, { ...a, passwordHash: hash });
}
