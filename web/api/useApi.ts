import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import { unwrap } from './client';

// The one way a view talks to the API: `useApi` for what it reads, `useAction` for what it
// writes. Both go through the typed client and `unwrap`, so an error is always the server's words
// (an ApiError with code, field and details) or the browser's network error — never swallowed.

/** Handed to a request: pass it as the typed client's second argument so the hook can abort it. */
export interface RequestOptions {
  init: { signal: AbortSignal };
}

/** What the typed client's `$get`/`$post` return (a Hono ClientResponse). */
interface JsonResponse<T> {
  ok: boolean;
  status: number;
  json(): Promise<T>;
}

export interface ApiState<T> {
  /** The last answer for the current key; `undefined` until it arrives. */
  data: T | undefined;
  /** Why the last request failed (ApiError for a server refusal), until the next one succeeds. */
  error: Error | null;
  loading: boolean;
  /** Asks again with the same key; the current data stays shown meanwhile. */
  reload(): void;
  /** Shows a newer state the server sent back in answer to a write, without asking again. */
  replace(data: T): void;
}

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

/**
 * Reads one API answer for a key. A changed key aborts the request in flight and clears the data
 * (it belonged to the old key) unless `keepPrevious` is set (a map layer that should not blank
 * while it refreshes); unmounting aborts too, and an answer that arrives after its request was
 * superseded is dropped. `request: null` means "nothing to ask yet" (e.g. no map).
 *
 *   const hazard = useApi((o) => api.gas.hazards[':id'].$get({ param: { id: String(id) } }, o), [id]);
 */
export function useApi<T>(
  request: ((options: RequestOptions) => Promise<JsonResponse<T>>) | null,
  key: DependencyList,
  { keepPrevious = false }: { keepPrevious?: boolean } = {},
): ApiState<T> {
  const [state, setState] = useState<{ data: T | undefined; error: Error | null; loading: boolean }>({ data: undefined, error: null, loading: request !== null });
  const [tick, setTick] = useState(0);
  // The request closure of the latest render; the key, not the closure's identity, decides when to ask.
  const latest = useRef(request);
  latest.current = request;
  const reloading = useRef(false);

  useEffect(() => {
    const send = latest.current;
    const keep = keepPrevious || reloading.current;
    reloading.current = false;
    if (!send) {
      // Nothing asked, nothing shown: a previous answer would describe another question.
      setState({ data: undefined, error: null, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ data: keep ? s.data : undefined, error: null, loading: true }));
    unwrap(send({ init: { signal: controller.signal } })).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: null, loading: false });
      },
      (e: unknown) => {
        if (!controller.signal.aborted) setState((s) => ({ data: s.data, error: asError(e), loading: false }));
      },
    );
    return () => controller.abort();
    // The caller's key decides when to ask again (like useEffect's own dependency list).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...key, tick, keepPrevious]);

  const reload = useCallback(() => {
    reloading.current = true;
    setTick((n) => n + 1);
  }, []);
  const replace = useCallback((data: T) => setState({ data, error: null, loading: false }), []);
  return { ...state, reload, replace };
}

export interface Action {
  /**
   * Sends one write; resolves to the answer, or to `undefined` after showing the error in `error`.
   * `onError` may claim an expected refusal (e.g. a 422 row report that the view shows as a
   * report) by returning true; it is then not put in `error`.
   */
  run<T>(request: () => Promise<JsonResponse<T>>, onError?: (e: Error) => boolean): Promise<T | undefined>;
  busy: boolean;
  error: Error | null;
  clearError(): void;
}

/** Busy and error state of a view's writes (form submits, workflow buttons). */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const run = useCallback(async <T>(request: () => Promise<JsonResponse<T>>, onError?: (e: Error) => boolean) => {
    setBusy(true);
    setError(null);
    try {
      return await unwrap(request());
    } catch (e) {
      const err = asError(e);
      if (!onError?.(err)) setError(err);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { run, busy, error, clearError };
}
