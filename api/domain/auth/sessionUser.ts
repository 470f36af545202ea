import type { Role } from './roles';

/** Who is calling: resolved from a session (or, later, a token) by the HTTP edge, passed to every verb. */
export interface SessionUser {
  id: number;
  username: string;
  role: Role;
  groupNo: number | null;
}
