import { userInfo } from 'node:os';
import type { BackupActor } from './backupDatabase';

/** The audit actor of a backup or restore run from the command line: the operating-system user. */
export function cliActor(): BackupActor {
  let name = 'unknown';
  try {
    name = userInfo().username;
  } catch {
    // no passwd entry (a container's arbitrary uid): the actor stays "cli:unknown"
  }
  return { username: `cli:${name}`, role: null };
}
