import { isIP } from 'node:net';
import { z } from 'zod';

/** The only place that reads process.env (STYLE.md rule 11); parsed once at start. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('.data/pglite'),
  /** Where backups taken from the admin's page are written and listed (issue 14). */
  BACKUP_DIR: z.string().default('.data/backups'),
  /** Comma-separated postgres:// URLs of streaming replicas that answer reads (issue 15). */
  DATABASE_REPLICA_URLS: z
    .string()
    .optional()
    .transform((v) => (v ?? '').split(',').map((u) => u.trim()).filter(Boolean))
    .pipe(z.array(z.string().url())),
  /** A replica further behind the primary than this many bytes of WAL is skipped. */
  REPLICA_MAX_LAG_BYTES: z.coerce.number().int().positive().default(16 * 1024 * 1024),
  /** Demo data and demo accounts: on by default for the embedded database only (issue 2). */
  DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  SEED: z.string().default('haidong'),
  SCALE: z.coerce.number().positive().max(100).default(1),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  BODY_LIMIT_MB: z.coerce.number().positive().default(10),
  COOKIE_SECURE: z.enum(['true', 'false']).default('false'),
  BASEMAP_STYLE_URL: z.string().url().optional(),
  /** Failed password checks from one client address within 15 minutes before it gets 429 (issue 14). */
  LOGIN_ADDRESS_MAX_FAILURES: z.coerce.number().int().positive().default(30),
  /**
   * Comma-separated IP addresses of the reverse proxies in front of the app. Only a connection from
   * one of them has its X-Forwarded-For believed, and only the last hop (api/http/clientAddress.ts).
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((v) => (v ?? '').split(',').map((a) => a.trim()).filter(Boolean))
    .pipe(z.array(z.string().refine((a) => isIP(a) !== 0, 'not an IP address'))),
  /** Child figures for officials: counts below this are suppressed or merged (issue 14). */
  CHILD_COUNT_THRESHOLD: z.coerce.number().int().min(1).default(3),
  LOG_REQUESTS: z.enum(['true', 'false']).default('false'),
  /** Soak diagnostics: on SIGUSR2 (with node --expose-gc) a forced GC, then heap figures and a heap snapshot here. */
  MEMORY_PROBE_DIR: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`环境变量无效 / invalid environment variable ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

export function demoEnabled(env: Env): boolean {
  return env.DEMO === 'on' || (env.DEMO === 'auto' && !env.DATABASE_URL);
}
