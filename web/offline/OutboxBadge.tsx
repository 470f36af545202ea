import { useState } from 'react';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { useOutbox } from './outbox';
import { useOnline } from './useOnline';

/**
 * "离线 · N 条待发送 / offline · N waiting" in the top bar: shown while the device is offline or
 * holds writes; it opens the list of those writes (refusals with the server's reason).
 */
export function OutboxBadge() {
  const { tr } = useI18n();
  const { offline: sessionOffline } = useSession();
  const online = useOnline();
  const { writes } = useOutbox();
  const [open, setOpen] = useState(false);
  const offline = !online || sessionOffline;
  const waiting = writes.filter((w) => w.state === 'waiting').length;
  const refused = writes.length - waiting;
  if (!offline && writes.length === 0) return null;
  const text = [offline ? tr('离线', 'offline') : null, tr(`${waiting} 条待发送`, `${waiting} waiting`), refused ? tr(`${refused} 条被退回`, `${refused} refused`) : null].filter(Boolean).join(' · ');
  return (
    <>
      <button type="button" className={`badge outbox-badge${refused ? ' refused' : ''}${offline ? ' offline' : ''}`} data-testid="outbox-badge" aria-expanded={open} onClick={() => setOpen(!open)}>
        {text}
      </button>
      {open && <OutboxList onClose={() => setOpen(false)} />}
    </>
  );
}

function OutboxList({ onClose }: { onClose(): void }) {
  const { tr, lang } = useI18n();
  const { writes, flush, retry, discard } = useOutbox();
  const [busy, setBusy] = useState(false);
  const act = async (f: () => Promise<void>) => {
    setBusy(true);
    try {
      await f();
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="outbox-page" role="dialog" aria-label={tr('待发送记录', 'Writes on this device')} data-testid="outbox-list">
      <div className="outbox-head">
        <h2>{tr('本机待发送记录', 'Writes on this device')}</h2>
        <button type="button" onClick={onClose} data-testid="outbox-close">{tr('关闭', 'Close')}</button>
      </div>
      <p className="muted">{tr('无网络时登记的走访、隐患（含照片）和流转保存在本机，联网后按顺序自动发送，每条只记录一次。被退回的记录写明原因，请核对后重试或放弃。', 'Visits, hazards (with photos) and moves made without a connection stay on this device and are sent in order when it returns, each recorded once. A refused write shows the reason: check it, then retry or discard it.')}</p>
      <button type="button" className="primary" disabled={busy || !navigator.onLine} onClick={() => act(flush)} data-testid="outbox-send">{tr('立即发送', 'Send now')}</button>
      {writes.length === 0 ? <p className="empty">{tr('没有待发送的记录', 'Nothing waiting')}</p> : (
        <ol className="outbox-items">
          {writes.map((w) => (
            <li key={w.seq} className={w.state} data-testid="outbox-item" data-state={w.state}>
              <div><strong>{lang === 'en' ? w.label.en : w.label.zh}</strong> <span className="muted">{new Date(w.createdAt).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN')}</span></div>
              {w.state === 'waiting' ? (
                <div className="muted">{w.kind === 'photo' && w.hazardId === undefined ? tr('等待所属隐患发送', 'waits for its hazard') : tr('等待发送', 'waiting')}</div>
              ) : (
                <>
                  <div className="error" role="alert" data-testid="outbox-refusal">{tr('被退回：', 'Refused: ')}{w.refusal?.message}</div>
                  <div className="toolbar">
                    <button type="button" disabled={busy} onClick={() => act(() => retry(w.seq!))}>{tr('重试', 'Retry')}</button>
                    <button type="button" disabled={busy} data-testid="outbox-discard" onClick={() => act(() => discard(w.seq!))}>{tr('放弃', 'Discard')}</button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
