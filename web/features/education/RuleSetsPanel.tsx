import type { ReactElement } from 'react';
import { useI18n } from '../../i18n/i18n';
import { dropoutRuleSets } from '../../../api/domain/education/ruleSets';
import type { DropoutRuleSet, Provision, Statement } from '../../../api/domain/education/ruleSetTypes';
import { escalationActionLabels } from '../../../api/domain/education/vocabulary';

// The five rule sets side by side (issue 13), read from the shared pure rule data (STYLE rule 12):
// what each jurisdiction requires, and where its document is silent, the fallback the engine uses.

type Tr = ReturnType<typeof useI18n>['tr'];

function statement(tr: Tr, s: Statement) {
  return s.stated ? (
    <span>{tr(s.text)}<small className="edu-article">（{s.article}）</small></span>
  ) : (
    <span className="edu-silent">{tr('文件未规定：', 'Silent: ')}{tr(s.fallback)}</span>
  );
}

function days(tr: Tr, p: Provision<number>) {
  return p.stated ? <span>{p.value} {tr('日', 'days')}<small className="edu-article">（{p.article}）</small></span> : <span className="edu-silent">{tr(p.fallback)}</span>;
}

function trigger(tr: Tr, step: DropoutRuleSet['escalation'][number]) {
  const t = step.trigger;
  if (t.kind === 'absence_days') return tr(`第 ${t.minDays} 个教学日`, `school day ${t.minDays}`);
  if (t.kind === 'after_event') return t.event === 'home_visit_failed' ? tr('家访劝返无效', 'home visits failed') : tr('通知发出', 'notice issued');
  return tr('通知期限届满次日', 'day after the notice limit');
}

const rows: [string, { zh: string; en: string }, (tr: Tr, r: DropoutRuleSet) => ReactElement][] = [
  ['document', { zh: '文件', en: 'Document' }, (tr, r) => <span>{r.nameZh}（{r.document}）</span>],
  ['validity', { zh: '有效期', en: 'Validity' }, (tr, r) => <span>{r.validFrom} — {r.validTo ?? tr('未规定', 'open')} {statement(tr, r.validity)}</span>],
  [
    'escalation',
    { zh: '缺课升级步骤', en: 'Escalation steps' },
    (tr, r) => (
      <ol>
        {r.escalation.map((s) => (
          <li key={s.action}>
            <strong>{trigger(tr, s)}</strong>：{tr(escalationActionLabels[s.action])}
            {s.deadlineDays !== null && s.deadlineDays > 0 ? tr(`（${s.deadlineDays}日内）`, ` (within ${s.deadlineDays} days)`) : ''}
            <small className="edu-article">（{s.article}）</small>
            {s.fallback && <div className="edu-silent">{tr(s.fallback)}</div>}
          </li>
        ))}
      </ol>
    ),
  ],
  ['notice', { zh: '限期入学通知期限', en: 'Notice time limit' }, (tr, r) => days(tr, r.noticeDays)],
  ['order', { zh: '责令改正期限', en: 'Order time limit' }, (tr, r) => days(tr, r.orderDays)],
  [
    'ladder',
    { zh: '法律程序', en: 'Legal ladder' },
    (tr, r) =>
      r.legalLadder.stated && r.legalLadder.value ? (
        <span>
          {r.legalLadder.value.steps.map((s) => `${tr(escalationActionLabels[s.action])}（${tr(s.issuer)}）`).join(' → ')}
          <small className="edu-article">（{r.legalLadder.article}）</small>
        </span>
      ) : (
        <span className="edu-silent">{r.legalLadder.stated ? '' : tr(r.legalLadder.fallback)}</span>
      ),
  ],
  ['deferral', { zh: '延缓入学', en: 'Deferral' }, (tr, r) => statement(tr, r.deferral)],
  ['placement', { zh: '安置与分工', en: 'Placement and routing' }, (tr, r) => statement(tr, r.placementRouting)],
  [
    'duties',
    { zh: '日历职责', en: 'Calendar duties' },
    (tr, r) =>
      r.calendarDuties.length === 0 ? (
        <span className="edu-silent">{tr('文件未规定日期', 'No dated duty in the document')}</span>
      ) : (
        <ul>{r.calendarDuties.map((d) => <li key={d.id}>{tr(d.text)}<small className="edu-article">（{d.article}）</small></li>)}</ul>
      ),
  ],
  ['target', { zh: '目标', en: 'Target' }, (tr, r) => statement(tr, r.target)],
];

/** Side-by-side comparison of the jurisdictions' dropout-control rule sets. */
export function RuleSetsPanel() {
  const { tr } = useI18n();
  return (
    <div className="edu-rulesets" data-testid="edu-rule-sets">
      <table>
        <thead>
          <tr>
            <th>{tr('规则', 'Rule')}</th>
            {dropoutRuleSets.map((r) => <th key={r.id}>{r.nameZh.slice(0, 3)}<div><small>{r.id}</small></div></th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, label, cell]) => (
            <tr key={key}>
              <th scope="row">{tr(label)}</th>
              {dropoutRuleSets.map((r) => <td key={r.id}>{cell(tr, r)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="synthetic-note">{tr('灰色斜体为文件未规定之处及系统采用的替代规则；计算时在结果中注明。', 'Grey italics: where a document is silent and the fallback the engine uses; every result names it.')}</p>
    </div>
  );
}
