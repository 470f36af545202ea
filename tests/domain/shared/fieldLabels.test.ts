import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { fieldLabel, hasFieldLabel } from '../../../api/domain/shared/fieldLabels';
import { FieldError, messageOf } from '../../../api/domain/shared/domainError';
import { parseOrThrow } from '../../../api/routes/shared/parse';
import * as educationSchemas from '../../../api/routes/education/schemas';
import * as gasSchemas from '../../../api/routes/gas/schemas';
import * as undergroundSchemas from '../../../api/routes/underground/schemas';
import * as authSchemas from '../../../api/routes/authSchemas';
import * as primitives from '../../../api/routes/shared/primitives';
import { feeQuoteSchema } from '../../../api/routes/underground/schemas';

/** Every object key of a zod schema, through wrappers, arrays, unions and pipes. */
function keysOf(schema: unknown, seen = new Set<unknown>()): string[] {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return [];
  seen.add(schema);
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (!def) return [];
  const out: string[] = [];
  if (def.type === 'object') {
    for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) out.push(k, ...keysOf(v, seen));
  }
  for (const key of ['innerType', 'element', 'in', 'out', 'left', 'right', 'valueType', 'schema']) out.push(...keysOf(def[key], seen));
  for (const o of (def.options as unknown[] | undefined) ?? []) out.push(...keysOf(o, seen));
  return out;
}

describe('field labels: errors name fields as the forms do', () => {
  test.each([
    ['education', educationSchemas],
    ['gas', gasSchemas],
    ['underground', undergroundSchemas],
    ['auth', authSchemas],
    ['shared', primitives],
  ])('every input key of the %s boundary schemas has a label', (_area, mod) => {
    const keys = new Set(Object.values(mod).flatMap((s) => keysOf(s)));
    expect(keys.size).toBeGreaterThan(0);
    expect([...keys].filter((k) => !hasFieldLabel(k))).toEqual([]);
  });

  test('paths read as labels, list items by their item label', () => {
    expect(fieldLabel('layers[1].topDepth', 'zh')).toBe('第 2 层 顶深（米）');
    expect(fieldLabel('layers[1].topDepth', 'en')).toBe('layer 2 top depth (m)');
    expect(fieldLabel('children.features[0].properties', 'zh')).toBe('适龄儿童 要素 第 1 项 属性');
    expect(fieldLabel('surfaceUnitPrice', 'zh')).toBe('地表评估单价（元/m²）');
  });

  test('a what-if price left empty or negative: the message names the price by its label and says what to do', () => {
    const body = { supply: 'agreement', use: 'parking', surfaceAllocated: false, publicParking: false, layers: [{ topDepth: 0, bottomDepth: 4, netHeight: 3.5, area: 100 }] };
    const err = (value: unknown) => {
      try {
        parseOrThrow(feeQuoteSchema as z.ZodType, { ...body, surfaceUnitPrice: value });
      } catch (e) {
        return e as FieldError;
      }
      throw new Error('accepted');
    };
    expect(messageOf(err(null), 'zh')).toBe('字段 地表评估单价（元/m²） 无效：应为数字，请输入数字');
    expect(messageOf(err(-5), 'zh')).toBe('字段 地表评估单价（元/m²） 无效：不能少于 0，请输入不小于 0 的值');
    expect(messageOf(err(-5), 'en')).toBe('Field "surface price (CNY/m²)" must be at least 0; enter a larger value');
    for (const lang of ['zh', 'en'] as const) expect(messageOf(err(null), lang)).not.toContain('surfaceUnitPrice');
  });
});
