import type { Database, Db, DbKind } from '../../db/client';
import type { ReplicaSet } from '../../db/replicas';
import type { SessionUser } from '../domain/auth/sessionUser';
import type { Language } from '../domain/shared/bilingual';
import type { Env } from '../env';

/** What every handler may read from the Hono context. */
export interface AppEnv {
  Variables: {
    db: Db;
    dbKind: DbKind;
    /** The open database itself, for the admin's online backup (Database.dump); queries use `db`. */
    database: Database;
    env: Env;
    user: SessionUser;
    lang: Language;
    /** Streaming replicas for reads, when configured (api/http/readRouting.ts). */
    replicas?: ReplicaSet;
  };
}
