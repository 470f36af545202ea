import type { Db } from '../../../db/client';
import { hazardRows } from '../../../db/repositories/gasHazards';
import { majorHazardBoard } from '../../domain/gas/majorHazardBoard';
import type { SessionUser } from '../../domain/auth/sessionUser';
import type { BoardQuery } from '../../routes/gas/schemas';
import { haidongToday, readScope } from './gasActor';

/** 挂牌督办: majors not yet verified, most overdue first (东政办〔2023〕98号 §五(二)). */
export async function majorBoard(db: Db, user: SessionUser, filter: BoardQuery) {
  const today = haidongToday();
  const rows = await hazardRows(db, readScope(user), { ...filter, severity: 'major' }, today);
  const board = majorHazardBoard(
    rows.map((r) => ({ ...r, id: String(r.id) })),
    today,
  );
  return { today, items: board.map((b) => ({ ...b, id: Number(b.id) })) };
}
