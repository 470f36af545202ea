import { useState } from 'react';
import { oneOf } from '../../api/oneOf';
import { useI18n } from '../../i18n/i18n';
import { useOutbox } from '../../offline/outbox';
import { PhotoError, resizePhoto } from '../../offline/resizePhoto';
import { photoStageLabels, photoStages, type HazardStatus, type PhotoStage } from '../../../api/domain/gas/vocabulary';

/** The stage a photo taken now most likely documents: after rectification it is the check. */
const stageFor = (status: HazardStatus): PhotoStage => (status === 'rectified' || status === 'verified' ? 'verification' : 'rectification');

/**
 * Before/after photos on a recorded hazard (issue 10 photo evidence): taken with the camera,
 * resized on the device and sent through the device's queue like the hazard form's photos, so
 * they wait there without a connection.
 */
export function HazardPhotoCapture({ hazardId, status, onSent }: { hazardId: number; status: HazardStatus; onSent(): void }) {
  const { tr } = useI18n();
  const { submit } = useOutbox();
  const [stage, setStage] = useState<PhotoStage>(stageFor(status));
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');

  const send = async (files: FileList | null) => {
    setError('');
    setMessage('');
    setBusy(true);
    try {
      for (const file of Array.from(files ?? [])) {
        const blob = await resizePhoto(file);
        const fileName = file.name.replace(/\.[^.]*$/, '') + '.jpg';
        const r = await submit({ kind: 'photo', hazardId, stage, blob, fileName }, { zh: `隐患 #${hazardId} ${photoStageLabels[stage].zh}照片`, en: `Hazard #${hazardId} ${photoStageLabels[stage].en.toLowerCase()} photo` });
        setMessage('queued' in r ? tr('照片已保存在本机，联网后自动发送', 'Photo saved on this device; sent when the connection returns') : tr('照片已上传', 'Photo uploaded'));
      }
      onSent();
    } catch (e) {
      setError(e instanceof PhotoError ? tr('不是可识别的图片，请重新拍照', 'Not an image this phone can read; take the photo again') : e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="gas-form" data-testid="gas-photo-capture">
      {error && <p className="error wide" role="alert">{error}</p>}
      <label>{tr('照片阶段', 'Photo stage')}
        <select value={stage} onChange={(e) => setStage(oneOf(photoStages, e.target.value) ?? stage)} data-testid="gas-photo-stage">
          {photoStages.map((s) => <option key={s} value={s}>{tr(photoStageLabels[s])}</option>)}
        </select>
      </label>
      <label className="wide photo-pick">
        {busy ? tr('正在上传…', 'Uploading…') : tr('拍照（自动压缩）', 'Take a photo (resized on the phone)')}
        <input type="file" accept="image/*" capture="environment" disabled={busy} onChange={(e) => { void send(e.target.files); e.target.value = ''; }} data-testid="gas-photo-input" />
      </label>
      {message && <span className="gas-ok wide" data-testid="gas-photo-sent">{message}</span>}
    </div>
  );
}
