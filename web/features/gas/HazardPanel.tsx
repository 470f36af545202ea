import { groupLabel } from '../../../api/domain/gas/inspectionGroups';
import { useEffect, useState } from 'react';
import { api, hrefOf } from '../../api/client';
import { labelOf, oneOf } from '../../api/oneOf';
import { useAction, useApi } from '../../api/useApi';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { placeName } from '../../i18n/placeName';
import { photoStageLabels, enforcementOutcomeLabels, enforcementOutcomes, hazardCategoryLabels, hazardStatusLabels, severityLabels, venueTypeLabels, type HazardStatus } from '../../../api/domain/gas/vocabulary';
import { daysText } from './gasWords';
import { roundRule } from '../../../api/domain/gas/campaigns';
import { roundLabel } from '../../../api/domain/gas/hazardTable';
import { useOutbox } from '../../offline/outbox';
import { HazardPhotoCapture } from './HazardPhotoCapture';

/** One hazard: facts, history and the workflow buttons the server allows from its status. */
export function HazardPanel({ id, onClose, onChanged }: { id: number; onClose(): void; onChanged(): void }) {
  const { tr } = useI18n();
  const { me } = useSession();
  // Writes the device's queue sends later (a photo taken offline) show here once they are sent.
  const { submit, synced } = useOutbox();
  const hazard = useApi((o) => api.gas.hazards[':id'].$get({ param: { id: String(id) } }, o), [id, synced]);
  const action = useAction();
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState('');
  const [fine, setFine] = useState('0');
  const [saved, setSaved] = useState(false);
  const [moving, setMoving] = useState(false);
  const [moveError, setMoveError] = useState<Error | null>(null);
  const [queued, setQueued] = useState(false);
  const h = hazard.data;
  // The enforcement form starts from what the server holds, after each load or write.
  useEffect(() => {
    if (!h) return;
    setOutcome(h.enforcementOutcome ?? '');
    setFine(String(h.fineYuan));
  }, [h]);

  const saveEnforcement = async () => {
    setSaved(false);
    const x = await action.run(() => api.gas.hazards[':id'].enforcement.$patch({ param: { id: String(id) }, json: { enforcementOutcome: oneOf(enforcementOutcomes, outcome) ?? null, fineYuan: Number(fine) || 0 } }));
    if (!x) return;
    hazard.replace(x);
    setSaved(true);
    onChanged();
  };
  // Officials, admins and the group that owns the hazard record its outcome (the server decides).
  const mayEnforce = (x: NonNullable<typeof h>) => me?.role === 'official' || me?.role === 'admin' || (me?.role === 'inspector' && me.groupNo === x.groupNo);

  // A move goes through the device's queue: without a connection it waits there, and a refusal
  // on replay (someone else moved the hazard meanwhile) is kept in the list with the reason.
  const move = async (to: HazardStatus) => {
    setMoving(true);
    setMoveError(null);
    setQueued(false);
    try {
      const r = await submit({ kind: 'transition', hazardId: id, body: { to, note: note || undefined } }, { zh: `隐患 #${id} 转为「${hazardStatusLabels[to].zh}」`, en: `Hazard #${id} → ${hazardStatusLabels[to].en}` });
      setNote('');
      if ('queued' in r) return setQueued(true);
      hazard.replace(r.sent);
      onChanged();
    } catch (e) {
      setMoveError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setMoving(false);
    }
  };
  const busy = action.busy || moving;
  const error = action.error ?? moveError ?? hazard.error;

  return (
    <div className="gas-panel" data-testid="gas-hazard-panel">
      <button type="button" onClick={onClose}>← {tr('返回', 'Back')}</button>
      {error && <p className="error" role="alert">{error.message}</p>}
      {queued && <p className="gas-ok" role="status" data-testid="gas-move-queued">{tr('流转已保存在本机，联网后自动发送', 'The move is saved on this device and sent when the connection returns')}</p>}
      {!h ? (!error && <p className="muted">{tr('加载中…', 'Loading…')}</p>) : (
        <>
          <h2>{tr('隐患', 'Hazard')} #{h.id} · <span data-testid="gas-hazard-status">{tr(hazardStatusLabels[h.status])}</span></h2>
          <table className="gas-facts">
            <tbody>
              <tr><th>{tr('场所', 'Venue')}</th><td>{h.venueName}（{tr(venueTypeLabels[h.venueType])}）</td></tr>
              <tr><th>{tr('片区', 'District')}</th><td>{placeName(tr, h.districtCode)} · {tr(groupLabel(h.groupNo))}</td></tr>
              <tr><th>{tr('类别', 'Category')}</th><td>{tr(hazardCategoryLabels[h.category])}</td></tr>
              <tr><th>{tr('等级', 'Severity')}</th><td className={h.severity === 'major' ? 'error' : ''}>{tr(severityLabels[h.severity])}</td></tr>
              <tr><th>{tr('描述', 'Description')}</th><td>{h.description}</td></tr>
              <tr><th>{tr('责任单位/人', 'Responsible')}</th><td>{h.responsibleUnit} / {h.responsiblePerson}</td></tr>
              <tr><th>{tr('整改措施', 'Measures')}</th><td>{h.measures}</td></tr>
              {h.interimMeasures && <tr><th>{tr('临时管控', 'Interim control')}</th><td>{h.interimMeasures}</td></tr>}
              <tr><th>{tr('轮次', 'Round')}</th><td data-testid="gas-hazard-round">{h.outsideRound ? <span className="gas-outside-badge" title={tr(roundRule)}>{tr(roundLabel(null))}</span> : tr(roundLabel(h.roundNo))}</td></tr>
              <tr><th>{tr('现场核验', 'On-site check')}</th><td data-testid="gas-hazard-onsite">{h.onSite === true ? tr(`在场所 ${h.distanceM ?? '?'} 米内`, `${h.distanceM ?? '?'} m from the venue`) : h.onSite === false ? <span className="error">{tr(`距场所 ${h.distanceM ?? '?'} 米或定位不准，待复核`, `${h.distanceM ?? '?'} m from the venue or imprecise: to review`)}</span> : <span className="muted">{tr('未上传定位，待复核', 'No position: to review')}</span>}</td></tr>
              <tr><th>{tr('发现/时限', 'Found / deadline')}</th><td>{h.foundAt} → {h.deadline}{h.status !== 'verified' && h.status !== 'rectified' && <span className={h.overdue ? 'error' : 'muted'}>（{daysText(tr, h.daysLeft)}）</span>}</td></tr>
            </tbody>
          </table>
          {h.severity === 'major' && me?.role === 'inspector' && h.status === 'rectified' && (
            <p className="muted">{tr('重大隐患挂牌督办，由督办领导核验销号', 'A major hazard is verified by an official (挂牌督办)')}</p>
          )}
          {h.nextStatuses.length > 0 && (
            <div className="gas-actions">
              <input value={note} placeholder={tr('备注（可选）', 'Note (optional)')} onChange={(e) => setNote(e.target.value)} aria-label={tr('备注', 'Note')} />
              {h.nextStatuses.filter((to) => !(to === 'verified' && h.severity === 'major' && me?.role === 'inspector')).map((to) => (
                <button key={to} type="button" className="primary" disabled={busy} data-testid={`gas-move-${to}`} onClick={() => move(to)}>
                  {tr('转为', 'Move to')}「{tr(hazardStatusLabels[to])}」
                </button>
              ))}
            </div>
          )}
          <h3>{tr('处理结果（五个一批）', 'Enforcement outcome')}</h3>
          {mayEnforce(h) ? (
            <div className="gas-form" data-testid="gas-enforcement">
              <label>{tr('处理结果', 'Outcome')}<select value={outcome} onChange={(e) => { setOutcome(e.target.value); if (e.target.value !== 'punish') setFine('0'); }} data-testid="gas-enf-outcome"><option value="">{tr('未处理', 'None')}</option>{enforcementOutcomes.map((o) => <option key={o} value={o}>{tr(enforcementOutcomeLabels[o])}</option>)}</select></label>
              <label>{tr('罚款（元）', 'Fine (yuan)')}<input type="number" min={0} step={1} value={fine} disabled={outcome !== 'punish'} onChange={(e) => setFine(e.target.value)} data-testid="gas-enf-fine" /></label>
              <button type="button" className="primary wide" disabled={busy} onClick={saveEnforcement} data-testid="gas-enf-save">{tr('保存处理结果', 'Save outcome')}</button>
              {saved && <span className="gas-ok wide">{tr('已保存', 'Saved')}</span>}
            </div>
          ) : (
            <p>{h.enforcementOutcome ? tr(labelOf(enforcementOutcomeLabels, h.enforcementOutcome)) : tr('未处理', 'None')}{h.fineYuan > 0 ? tr(`，罚款 ${h.fineYuan} 元`, `, fine ${h.fineYuan} yuan`) : ''}</p>
          )}
          <h3>{tr('照片', 'Photos')}（{h.photos.length}）</h3>
          {h.photos.length === 0 ? <p className="muted">{tr('暂无照片', 'No photos')}</p> : (
            <ul className="photo-thumbs" data-testid="gas-hazard-photos">
              {h.photos.map((p) => (
                <li key={p.id}>
                  <a href={hrefOf(api.gas.photos[':id'].$url({ param: { id: String(p.id) } }))} target="_blank" rel="noreferrer">
                    <img src={hrefOf(api.gas.photos[':id'].thumb.$url({ param: { id: String(p.id) } }))} alt={tr(photoStageLabels[p.stage])} loading="lazy" />
                  </a>
                  <span className="muted">{tr(photoStageLabels[p.stage])}</span>
                </li>
              ))}
            </ul>
          )}
          {(me?.role === 'inspector' || me?.role === 'official' || me?.role === 'admin') && (
            <HazardPhotoCapture hazardId={h.id} status={h.status} onSent={() => { hazard.reload(); onChanged(); }} />
          )}
          <h3>{tr('流转记录', 'History')}</h3>
          <ol className="gas-history">
            {h.history.map((t, i) => (
              <li key={i}>{t.at.slice(0, 16).replace('T', ' ')} · {t.actor} · {t.from ? `${tr(hazardStatusLabels[t.from])} → ` : ''}{tr(hazardStatusLabels[t.to])}{t.note ? `（${t.note}）` : ''}</li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
