import type { Db } from '../../../db/client';
import { listImports } from '../../../db/repositories/educationRegisters';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { analysisCountyOf } from '../../domain/education/educationScope';

/** The register snapshots imported so far that the caller reaches (a county's own), newest first. */
export const listRegisterImports = (db: Db, user: SessionUser) => listImports(db, analysisCountyOf(user, undefined));
