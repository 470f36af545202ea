// The one way an error names a field: by the label the user's form shows, in the user's language
// (issue 11 "errors in words"). Each area keeps its labels in `api/domain/<area>/fieldLabels.ts`;
// the paths of FieldErrors and zod issues (`layers[0].topDepth`) are read through them here, so
// `messageOf` never shows an internal name such as `surfaceUnitPrice`. No I/O.
import type { Bilingual, Language } from './bilingual';
import { educationFieldLabels } from '../education/fieldLabels';
import { gasFieldLabels } from '../gas/fieldLabels';
import { undergroundFieldLabels } from '../underground/fieldLabels';

export interface FieldLabel extends Bilingual {
  /** How one element of a list field is named, `{n}` counting from 1 (e.g. 第 {n} 层). */
  readonly item?: Bilingual;
}
export type FieldLabels = Readonly<Record<string, FieldLabel>>;

/** Inputs every area shares (paging, dates, map extents, sign-in, files). */
export const sharedFieldLabels: FieldLabels = {
  body: { zh: '请求内容', en: 'request' },
  bbox: { zh: '地图范围', en: 'map extent' },
  countyCode: { zh: '县区', en: 'county' },
  date: { zh: '日期', en: 'date' },
  datetime: { zh: '日期范围', en: 'date range' },
  dir: { zh: '排序方向', en: 'sort direction' },
  expiresInDays: { zh: '有效天数', en: 'valid for (days)' },
  format: { zh: '导出格式', en: 'export format' },
  id: { zh: '编号', en: 'id' },
  labels: { zh: '标签语言', en: 'label language' },
  limit: { zh: '每页条数', en: 'rows per page' },
  name: { zh: '名称', en: 'name' },
  offset: { zh: '起始行', en: 'first row' },
  password: { zh: '密码', en: 'password' },
  q: { zh: '搜索内容', en: 'search text' },
  sort: { zh: '排序列', en: 'sort column' },
  status: { zh: '状态', en: 'status' },
  kind: { zh: '类型', en: 'kind' },
  username: { zh: '用户名', en: 'user name' },
};

// Area labels win over the shared ones for the same key (e.g. an underground `kind`).
const labels: FieldLabels = { ...sharedFieldLabels, ...educationFieldLabels, ...gasFieldLabels, ...undergroundFieldLabels };

/** Whether a key has a label (tests walk the boundary schemas with it). */
export const hasFieldLabel = (key: string): boolean => key in labels;

/**
 * A field path as users read it: `layers[0].topDepth` → 第 1 层 顶深（米） / layer 1 top depth (m).
 * An index after a list names the element with the list's `item` label (or "第 n 项 / item n");
 * an unknown key is shown as it is.
 */
export function fieldLabel(path: string, lang: Language): string {
  const parts: string[] = [];
  let listKey: string | undefined;
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) {
      const n = String(Number(m[2]) + 1);
      const item = listKey ? labels[listKey]?.item : undefined;
      if (item && parts.length > 0) parts.pop();
      parts.push((item ? item[lang] : lang === 'zh' ? '第 {n} 项' : 'item {n}').replace('{n}', n));
    } else {
      const key = m[1]!;
      listKey = key;
      parts.push(labels[key]?.[lang] ?? key);
    }
  }
  return parts.join(lang === 'zh' ? ' ' : ' ') || path;
}
