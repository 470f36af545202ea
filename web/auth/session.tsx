import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, unwrap } from '../api/client';

export type Menu = 'underground' | 'gas' | 'education';
export interface Me {
  username: string;
  role: 'planner' | 'inspector' | 'official' | 'education' | 'admin';
  groupNo: number | null;
  menus: readonly Menu[];
}

interface SessionState {
  me: Me | null;
  checking: boolean;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [checking, setChecking] = useState(true);

  useEffect(() => {
    unwrap(api.auth.me.$get())
      .then((m) => setMe(m as Me))
      .catch((e: unknown) => {
        if (!(e instanceof ApiError && e.status === 401)) console.warn(e);
      })
      .finally(() => setChecking(false));
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    setMe((await unwrap(api.auth.login.$post({ json: { username, password } }))) as Me);
  }, []);

  const logout = useCallback(async () => {
    await api.auth.logout.$post().catch(() => undefined);
    setMe(null);
  }, []);

  const value = useMemo(() => ({ me, checking, login, logout }), [me, checking, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}
