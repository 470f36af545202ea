import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError } from '../api/client';
import { useAction, useApi } from '../api/useApi';
import { forgetDevice, lastUser, rememberUser } from '../offline/deviceSession';
import { useOnline } from '../offline/useOnline';
import type { menusByRole } from '../../api/domain/auth/roles';

export type Menu = (typeof menusByRole)[keyof typeof menusByRole][number];
/** The logged-in user as `/api/auth/me` and `/api/auth/login` answer. */
export type Me = Awaited<ReturnType<Awaited<ReturnType<typeof api.auth.me.$get>>['json']>>;

interface SessionState {
  me: Me | null;
  checking: boolean;
  /**
   * The server could not be reached and `me` is the last user of this device (issue 10): the app
   * works from its caches and queues writes until the connection returns.
   */
  offline: boolean;
  /** Why the session probe or the last logout failed, other than "not logged in". */
  problem: Error | null;
  /** The login form's answer: the session is now this user's. */
  loggedIn(me: Me): void;
  logout(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

// "Not logged in" (401) is the expected answer of the probe on the login page, and of a logout
// whose session has already expired: neither is a problem to show.
const notLoggedIn = (e: Error) => e instanceof ApiError && e.status === 401;

export function SessionProvider({ children }: { children: ReactNode }) {
  const probe = useApi((o) => api.auth.me.$get(undefined, o), []);
  // After a login or logout the session is known without asking the server again.
  const [known, setKnown] = useState<{ me: Me | null } | null>(null);
  const out = useAction();

  const loggedIn = useCallback((me: Me) => {
    rememberUser(me);
    setKnown({ me });
  }, []);
  useEffect(() => {
    if (probe.data) rememberUser(probe.data);
  }, [probe.data]);

  const { run } = out;
  const logout = useCallback(async () => {
    // The user is logged out here whatever the server answers; a failure is shown on the login page.
    await run(() => api.auth.logout.$post(), notLoggedIn);
    await forgetDevice();
    setKnown({ me: null });
  }, [run]);

  // No answer at all (not a refusal): the network is down, so the device's last user goes on
  // working offline, and stays shown while the probe asks again once the connection returns.
  const [offlineUser, setOfflineUser] = useState<Me | null>(null);
  useEffect(() => {
    if (probe.data) setOfflineUser(null);
    else if (probe.error) setOfflineUser((u) => (probe.error instanceof ApiError ? null : (u ?? lastUser())));
  }, [probe.data, probe.error]);
  const online = useOnline();
  const { reload } = probe;
  useEffect(() => {
    if (online && offlineUser) reload();
  }, [online, offlineUser, reload]);

  const me = known ? known.me : (probe.data ?? offlineUser);
  const offline = !known && !probe.data && !!offlineUser;
  const problem = out.error ?? (probe.error && !notLoggedIn(probe.error) && !offline ? probe.error : null);
  const value = useMemo(() => ({ me, checking: !known && probe.loading && !offlineUser, offline, problem, loggedIn, logout }), [me, known, probe.loading, offlineUser, offline, problem, loggedIn, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}
