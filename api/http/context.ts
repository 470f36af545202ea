import type { Db, DbKind } from '../../db/client';
import type { Role } from '../domain/auth/roles';
import type { Env } from '../env';

export interface SessionUser {
  id: number;
  username: string;
  role: Role;
  groupNo: number | null;
}

/** What every handler may read from the Hono context. */
export interface AppEnv {
  Variables: {
    db: Db;
    dbKind: DbKind;
    env: Env;
    user: SessionUser;
    lang: 'zh' | 'en';
  };
}
