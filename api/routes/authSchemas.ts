import { z } from 'zod';
import { text } from './shared/primitives';

/** A new personal API token: a name to tell it apart and its lifetime (1 day … 1 year). */
export const apiTokenBody = z.object({
  name: text(80),
  expiresInDays: z.number().int().min(1).max(366).default(90),
});
export type ApiTokenBody = z.output<typeof apiTokenBody>;
