import { useEffect, useState } from 'react';

/**
 * `value` once it has stayed the same for `ms` (compared as JSON, so a fresh object with equal
 * fields is no change): a key for requests that follow typing, such as a live re-quote.
 */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const text = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(JSON.parse(text) as T), ms);
    return () => clearTimeout(timer);
  }, [text, ms]);
  return settled;
}
