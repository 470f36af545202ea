import { z } from 'zod';

/** The one search box: what was typed, 1–50 characters after trimming. */
export const searchQuery = z.object({ q: z.string().trim().min(1).max(50) });
export type SearchQuery = z.output<typeof searchQuery>;
