// Words of the 控辍保学 view, Chinese first.

export const registerKindWords = {
  household: ['户籍名册', 'Household register'],
  students: ['学籍名册', 'Student register'],
  in_school: ['在校名册', 'In-school register'],
  poverty: ['脱贫户名册', 'Poverty register'],
} as const;

export const countyNames: Record<string, [string, string]> = {
  '630202': ['乐都区', 'Ledu'],
  '630203': ['平安区', 'Ping\'an'],
  '630222': ['民和县', 'Minhe'],
  '630223': ['互助县', 'Huzhu'],
  '630224': ['化隆县', 'Hualong'],
  '630225': ['循化县', 'Xunhua'],
};

export function countyName(code: string, tr: (zh: string, en: string) => string): string {
  const n = countyNames[code];
  return n ? tr(n[0], n[1]) : code;
}

export const caseKindWords = { out_of_school: ['失学', 'Out of school'], dropout: ['辍学', 'Dropout'] } as const;
export const caseStatusWords = { open: ['在办', 'Open'], returned: ['已返校', 'Returned'], closed: ['已结案', 'Closed'] } as const;
export const stageWords: Record<string, [string, string]> = {
  none: ['无', 'None'],
  follow_up: ['跟踪家访', 'Follow-up'],
  persuasion: ['劝返', 'Persuasion'],
  dropout_marked: ['标注辍学', 'Dropout marked'],
  reported: ['书面报告', 'Reported'],
  deadline_notice: ['限期入学通知', 'Deadline notice'],
  township_action: ['乡镇督促', 'Township action'],
};

/** Picks the language from a [zh, en] pair. */
export function say(tr: (zh: string, en: string) => string, pair: readonly [string, string] | undefined): string {
  return pair ? tr(pair[0], pair[1]) : '';
}
