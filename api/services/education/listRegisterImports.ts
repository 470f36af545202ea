import type { Db } from '../../../db/client';
import { listImports } from '../../../db/repositories/educationRegisters';

/** The register snapshots imported so far, newest first. */
export const listRegisterImports = (db: Db) => listImports(db);
