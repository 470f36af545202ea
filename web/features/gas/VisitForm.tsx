import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useOutbox } from '../../offline/outbox';
import { useDevicePosition } from '../../map/devicePosition';
import { todayHere } from './gasWords';
import { RoundRuleNote } from './RoundRuleNote';

/** Records a visit: a date (today by default, never in the future) and the inspectors; sent now or queued on the device. */
export function VisitForm({ venue, onDone }: { venue: { id: number; name: string }; onDone(message: string): void }) {
  const { tr } = useI18n();
  const { submit } = useOutbox();
  // The device position, when located, goes with the visit as its on-site proof; without one the
  // visit is still recorded and listed for the official's review (issue 10).
  const { position, locate } = useDevicePosition();
  const today = todayHere();
  const [visitedOn, setVisitedOn] = useState(today);
  const [inspectors, setInspectors] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);

  const record = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await submit({ kind: 'visit', body: { venueId: venue.id, visitedOn, inspectors, position: position ? { lon: position.lon, lat: position.lat, accuracy: position.accuracy } : undefined } }, { zh: `走访 ${venue.name}（${visitedOn}）`, en: `Visit ${venue.name} (${visitedOn})` });
      onDone('sent' in r ? (r.sent.roundNo ? tr(`已登记走访（第 ${r.sent.roundNo} 轮）`, `Visit recorded (round ${r.sent.roundNo})`) : tr('已登记走访（不在任何轮次内，计入“轮次外”）', 'Visit recorded (outside every round, counted as such)')) : tr('已保存在本机，联网后自动发送', 'Saved on this device; sent when the connection returns'));
      setInspectors('');
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      setBusy(false);
    }
  };
  const bad = (f: string) => (error instanceof ApiError && error.field === f ? 'invalid' : undefined);
  return (
    <form className="gas-form" onSubmit={record} data-testid="gas-visit-form">
      {error && <p className="error wide" role="alert">{error.message}</p>}
      <label>{tr('走访日期', 'Visit date')}<input type="date" required max={today} value={visitedOn} onChange={(e) => setVisitedOn(e.target.value)} className={bad('visitedOn')} data-testid="gas-visit-date" /></label>
      <RoundRuleNote date={visitedOn} testId="gas-visit-round" />
      <label>{tr('督查人员', 'Inspectors')}<input required value={inspectors} onChange={(e) => setInspectors(e.target.value)} className={bad('inspectors')} data-testid="gas-visit-inspectors" /></label>
      <p className="muted wide" data-testid="gas-visit-position">
        {position ? tr(`现场定位：±${Math.round(position.accuracy)} 米`, `On-site position: ±${Math.round(position.accuracy)} m`) : tr('未定位：走访照常登记，但会列入待复核', 'Not located: the visit is recorded but listed for review')}
        {!position && <> <button type="button" onClick={locate}>◎ {tr('定位', 'Locate me')}</button></>}
      </p>
      <button type="submit" className="wide" disabled={busy} data-testid="gas-visit-submit">{tr('登记走访', 'Record visit')}</button>
    </form>
  );
}
