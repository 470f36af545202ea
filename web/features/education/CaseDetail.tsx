import { useEffect, useState } from 'react';
import { api, hrefOf } from '../../api/client';
import { useAction, useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/i18n';
import { placeName } from '../../i18n/placeName';
import { legalActInfo } from '../../../api/domain/education/legalSteps';
import { caseKindLabels, caseStatusLabels, escalationStageLabels, legalActs, type NoticeKind } from '../../../api/domain/education/vocabulary';

const circled = ['①', '②', '③', '④'] as const;

/** Full record (the server audits each view): escalation timeline, legal steps, placement. */
export function CaseDetail({ id, onBack }: { id: number; onBack(): void }) {
  const { tr } = useI18n();
  const detail = useApi((o) => api.education.cases[':id'].$get({ param: { id: String(id) } }, o), [id]);
  const action = useAction();
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  // The full ID number only on request: the server audits each reveal (PIPL Art. 28).
  const [revealed, setRevealed] = useState<string | null>(null);
  useEffect(() => setRevealed(null), [id]);
  const param = { param: { id: String(id) } };
  const reveal = async () => {
    const answer = await action.run(() => api.education.cases[':id'].reveal.$post(param));
    if (answer) setRevealed(answer.idNumber);
  };
  /** A recorded step changes the case: read it again. */
  const act = async (request: Parameters<typeof action.run>[0]) => {
    if (await action.run(request)) detail.reload();
  };
  const d = detail.data;
  const error = action.error ?? detail.error;
  if (error && !d) return <p className="error">{error.message}</p>;
  if (!d) return <p className="loading">{tr('加载中…', 'Loading…')}</p>;
  const c = d.case;
  const next = d.nextLegalStep;
  return (
    <div className="edu-case" data-testid="edu-case-detail">
      <button type="button" onClick={onBack}>← {tr('返回列表', 'Back to list')}</button>
      <h3>{c.name} · {tr(caseKindLabels[c.kind])} · {tr(caseStatusLabels[c.status])}</h3>
      <dl className="kv">
        <dt>{tr('身份证号', 'ID number')}</dt>
        <dd>
          <span className="mono" data-testid="edu-id-number">{revealed ?? c.idNumberMasked}</span>{' '}
          {revealed === null && (
            <button type="button" data-testid="edu-reveal" onClick={() => void reveal()}>{tr('显示完整号码（将记录审计）', 'Reveal full number (audited)')}</button>
          )}
        </dd>
        <dt>{tr('出生日期', 'Birth date')}</dt><dd>{c.birthDate ?? '—'}</dd>
        <dt>{tr('户籍县区', 'Household county')}</dt><dd>{placeName(tr, c.householdCountyCode)}</dd>
        <dt>{tr('学籍', 'School')}</dt><dd>{d.child?.schoolName ?? c.schoolCode ?? '—'}</dd>
        <dt>{tr('责任县区', 'Responsible county')}</dt><dd>{placeName(tr, c.responsibleCountyCode)}{c.notifyCountyCode ? tr('（已函告）', ' (notified)') : ''}</dd>
        <dt>{tr('特殊群体', 'Groups')}</dt>
        <dd>{[d.child?.povertyAlleviated && tr('脱贫户', 'poverty'), d.child?.disabled && tr('残疾', 'disabled'), d.child?.leftBehind && tr('留守', 'left-behind'), d.child?.migrant && tr('随迁', 'migrant')].filter(Boolean).join('、') || '—'}</dd>
      </dl>
      <h3>{tr('劝返进度', 'Escalation')} {d.ruleSet && <span className="tag">{d.ruleSet.document}</span>}</h3>
      {d.ruleSetWarning && <p className="synthetic-note">{tr(d.ruleSetWarning.message, d.ruleSetWarning.messageEn)}</p>}
      {d.escalation ? (
        <>
          <p>{tr(`连续缺课 ${d.escalation.schoolDaysAbsent} 个教学日，阶段：`, `${d.escalation.schoolDaysAbsent} school days absent in a row, stage: `)}{tr(escalationStageLabels[d.escalation.stage])}</p>
          <p className="edu-reading">{tr(d.escalation.readingZh, d.escalation.readingEn)}</p>
          <ol className="edu-timeline" data-testid="edu-escalation-timeline">
            {d.escalation.actionsDue.map((a) => (
              <li key={a.action} className={a.done ? 'done' : 'due'}>
                {tr(a.textZh, a.textEn)} — {a.dueDate ? tr(`期限 ${a.dueDate}`, `due ${a.dueDate}`) : tr('无期限', 'no deadline')} {a.done ? '✓' : ''}
              </li>
            ))}
          </ol>
          {d.escalation.nextAction && (
            <p data-testid="edu-next-action"><strong>{tr('下一步：', 'Next: ')}</strong>{tr(d.escalation.nextAction.textZh, d.escalation.nextAction.textEn)}{d.escalation.nextAction.dueDate ? `（${d.escalation.nextAction.dueDate}）` : ''}</p>
          )}
        </>
      ) : (
        <p className="empty">{tr('无缺课记录', 'No absences recorded')}</p>
      )}
      <div className="toolbar">
        <input type="date" data-testid="edu-step-date" value={date} onChange={(e) => setDate(e.target.value)} />
        <button type="button" onClick={() => void act(() => api.education.cases[':id'].escalation.$post({ ...param, json: { event: 'home_visit_failed', date } }))}>{tr('记录：家访劝返无效', 'Record: home visits failed')}</button>
        <button type="button" onClick={() => void act(() => api.education.cases[':id'].escalation.$post({ ...param, json: { event: 'notice_issued', date } }))}>{tr('记录：已发限期入学通知', 'Record: notice issued')}</button>
      </div>
      <h3>{tr('四步法', 'Four legal steps')}</h3>
      <ol className="edu-timeline" data-testid="edu-legal-steps">
        {legalActs.map((a) => {
          const done = d.legalSteps.find((s) => s.act === a);
          const info = legalActInfo[a];
          return <li key={a} className={done ? 'done' : ''}>{a === 'performance_reminder' ? tr(info.name) : `${circled[info.stepNumber - 1]} ${tr(info.name)}`} {done ? `✓ ${done.date}` : ''}</li>;
        })}
      </ol>
      {next && c.status === 'open' && (
        <button type="button" data-testid="edu-record-legal" onClick={() => void act(() => api.education.cases[':id']['legal-steps'].$post({ ...param, json: { act: next.act, date } }))}>
          {tr(`记录下一步：${next.nameZh}`, `Record next: ${next.nameEn}`)}
        </button>
      )}
      <h3>{tr('安置', 'Placement')}</h3>
      {c.placement ? <p>{JSON.stringify((c.placement as { kind: string }).kind)}</p> : c.status === 'open' && (
        <button type="button" onClick={() => void act(() => api.education.cases[':id'].placement.$post({ ...param, json: { kind: 'regular_class', date } }))}>{tr('已返校：随班就读', 'Returned: regular class')}</button>
      )}
      <h3>{tr('文书', 'Documents')}</h3>
      <div className="toolbar">
        <a href={noticeUrl(id, 'deadline_notice')} target="_blank" rel="noreferrer">《限期入学通知书》</a>
        <a href={noticeUrl(id, 'order_to_correct')} target="_blank" rel="noreferrer">《责令送被监护人接受义务教育通知书》</a>
      </div>
      {error && <p className="error" role="alert">{error.message}</p>}
    </div>
  );
}

function noticeUrl(id: number, kind: NoticeKind): string {
  return hrefOf(api.education.cases[':id']['notice.pdf'].$url({ param: { id: String(id) }, query: { kind } }));
}
