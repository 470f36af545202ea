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

const typeWords: Record<string, Bilingual> = {
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'a whole number' },
  string: { zh: '文字', en: 'text' },
  boolean: { zh: '是或否', en: 'yes or no' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '对象', en: 'an object' },
  date: { zh: '日期', en: 'a date' },
};

const bound = (issue: { origin?: string }, n: string, zhUnit: string, enUnit: string) =>
  issue.origin === 'string' ? { zh: `${n} 个字符`, en: `${n} characters` } : issue.origin === 'array' ? { zh: `${n} 项`, en: `${n} items` } : { zh: `${n}${zhUnit}`, en: `${n}${enUnit}` };

/** What is wrong and what to do, in both languages; the field's label is put in front by fieldSentence. */
function reasonOf(issue: z.core.$ZodIssue): Bilingual {
  switch (issue.code) {
    case 'invalid_type': {
      if (/received undefined/.test(issue.message)) return { zh: '必填，请填写', en: 'is required; please fill it in' };
      const t = typeWords[issue.expected] ?? { zh: String(issue.expected), en: String(issue.expected) };
      return { zh: `应为${t.zh}，请输入${t.zh}`, en: `must be ${t.en}; enter ${t.en}` };
    }
    case 'invalid_value':
      return {
        zh: `不是可选的值，请从下列选项中选择：${issue.values.map(String).join('、')}`,
        en: `is not one of the choices; choose one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'too_small': {
      const b = bound(issue, String(issue.minimum), '', '');
      const strict = 'inclusive' in issue && issue.inclusive === false;
      return strict
        ? { zh: `必须大于 ${b.zh}，请输入更大的值`, en: `must be greater than ${b.en}; enter a larger value` }
        : { zh: `不能少于 ${b.zh}，请输入不小于 ${b.zh} 的值`, en: `must be at least ${b.en}; enter a larger value` };
    }
    case 'too_big': {
      const b = bound(issue, String(issue.maximum), '', '');
      return { zh: `不能超过 ${b.zh}，请改小`, en: `must be at most ${b.en}; enter a smaller value` };
    }
    case 'invalid_format':
      return { zh: `格式不正确（${issue.format}），请按示例格式填写`, en: `has the wrong format (${issue.format}); follow the example` };
    case 'unrecognized_keys':
      return { zh: `包含不认识的项：${issue.keys.join(', ')}，请删除`, en: `has unknown keys: ${issue.keys.join(', ')}; remove them` };
    case 'custom': {
      const p = issue.params as { zh?: string; en?: string } | undefined;
      return { zh: p?.zh ?? issue.message, en: p?.en ?? issue.message };
    }
    default:
      return { zh: '取值无效，请检查后重新填写', en: `${issue.message}; check and correct it` };
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
