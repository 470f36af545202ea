// A boundary schema's verdict in the product's error model: the first zod issue becomes a
// FieldError naming the field and the reason in both languages. Used by route() for HTTP inputs
// and by file imports for each row (STYLE.md: every boundary is a zod schema).
import type { z } from 'zod';
import { FieldError } from '../../domain/shared/domainError';
import type { Bilingual } from '../../domain/shared/bilingual';

/** `layers[0].topDepth` style path, as users read it in the error. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

function reasonOf(issue: z.core.$ZodIssue): Bilingual {
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined/.test(issue.message)
        ? { zh: '必填项缺失', en: 'is required' }
        : { zh: `类型错误，应为 ${issue.expected}`, en: `must be of type ${issue.expected}` };
    case 'invalid_value':
      return {
        zh: `取值无效，可选：${issue.values.map(String).join(', ')}`,
        en: `must be one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'too_small':
      return { zh: `过小（最小 ${String(issue.minimum)}）`, en: `is too small (minimum ${String(issue.minimum)})` };
    case 'too_big':
      return { zh: `过大（最大 ${String(issue.maximum)}）`, en: `is too large (maximum ${String(issue.maximum)})` };
    case 'invalid_format':
      return { zh: `格式错误（${issue.format}）`, en: `has an invalid format (${issue.format})` };
    case 'unrecognized_keys':
      return { zh: `包含未知字段：${issue.keys.join(', ')}`, en: `has unknown keys: ${issue.keys.join(', ')}` };
    case 'custom': {
      const p = issue.params as { zh?: string; en?: string } | undefined;
      return { zh: p?.zh ?? issue.message, en: p?.en ?? issue.message };
    }
    default:
      return { zh: '取值无效', en: issue.message };
  }
}

/** Turns the first zod issue into a 400 naming the field and the reason, in both languages. */
export function validationError(error: z.ZodError, prefix = ''): FieldError {
  const issue = error.issues[0]!;
  const field = fieldPath([...(prefix ? [prefix] : []), ...issue.path]) || prefix || 'body';
  const reason = reasonOf(issue);
  return new FieldError(
    field,
    reason,
    'validation_failed',
    { issues: error.issues.slice(0, 20).map((i) => ({ field: fieldPath(i.path), code: i.code })) },
  );
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, prefix = ''): z.output<S> {
  const res = schema.safeParse(value);
  if (!res.success) throw validationError(res.error, prefix);
  return res.data;
}
