/**
 * Audit times are stored in UTC and shown in China Standard Time (Asia/Shanghai, UTC+8, no daylight
 * saving since 1991), e.g. `2026-11-20 08:30:05`. Pure.
 */
const fmt = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

export function shanghaiTime(at: Date): string {
  return fmt.format(at);
}
