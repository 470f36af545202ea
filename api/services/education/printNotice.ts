import { existsSync } from 'node:fs';
import { writableText } from '../../domain/shared/controlCharacters';
import PDFDocument from 'pdfkit';
import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/repositories/audit';
import { childRecord } from '../../../db/repositories/educationCases';
import { DomainError } from '../../domain/shared/domainError';
import { noticeKindLabels, type NoticeKind } from '../../domain/education/vocabulary';
import type { SessionUser } from '../../domain/auth/sessionUser';
import type { NoticeQuery } from '../../routes/education/schemas';
import { defaultAsOf } from './defaultAsOf';
import { caseOrThrow } from './loadCase';

const fontPath = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const fontFamily = 'NotoSansCJKsc-Regular';


const bodies: Record<NoticeKind, (v: { name: string; school: string; date: string }) => string[]> = {
  // 东政办〔2023〕101号 第十二条(八); 卫沙政办规发〔2023〕4号 第七条
  deadline_notice: (v) => [
    `${v.name} 的父母或其他法定监护人：`,
    `经核查，你的子女（被监护人）${v.name} 为义务教育适龄儿童少年，目前未按规定入学（或已辍学）。根据《中华人民共和国义务教育法》第五条、第十一条的规定，适龄儿童少年的父母或其他法定监护人应当依法保证其按时入学接受并完成义务教育。`,
    `请你于收到本通知之日起 5 日内，送 ${v.name} 到 ${v.school} 入学（复学）。逾期不送的，将依法责令改正，并可依法给予行政处罚。`,
  ],
  // 东政办〔2023〕101号 第十六条（四步法第二步）
  order_to_correct: (v) => [
    `${v.name} 的父母或其他法定监护人：`,
    `你的子女（被监护人）${v.name} 经宣传教育仍未入学（复学）。你的行为违反了《中华人民共和国义务教育法》第五条的规定。根据《中华人民共和国义务教育法》第五十八条的规定，现责令你改正，于收到本通知书之日起 7 日内送被监护人到 ${v.school} 接受义务教育。`,
    `逾期拒不改正的，将依法给予行政处罚；仍拒不履行的，将依法申请人民法院强制执行或提起诉讼。`,
  ],
};

/** Fills a notice from a case as a one-page PDF, dated `date` or the data's date; audited. 503 when the CJK font is absent. */
export async function printNotice(db: Db, user: SessionUser, id: number, { kind, date: given }: NoticeQuery): Promise<Uint8Array> {
  if (!existsSync(fontPath)) {
    throw new DomainError('unavailable', 'font_missing', { zh: '服务器缺少中文字体（fonts-noto-cjk），无法生成 PDF', en: 'The server lacks the CJK font (fonts-noto-cjk); the PDF cannot be produced' });
  }
  return db.transaction(async (tx) => {
    const date = given ?? (await defaultAsOf(tx));
    const c = await caseOrThrow(tx, id);
    const child = c.childId === null ? undefined : await childRecord(tx, c.childId);
    const school = child?.schoolName ?? c.schoolCode ?? '户籍所在地就近学校';
    const pdf = await renderNotice(kind, { id: c.id, name: c.name, school, county: c.responsibleCountyCode, date });
    await appendAudit(tx, { actor: user.username, role: user.role, action: 'education.case.notice', objectType: 'edu_case', objectId: id, result: 'ok', detail: { kind, date } });
    return pdf;
  });
}

async function renderNotice(kind: NoticeKind, v: { id: number; name: string; school: string; county: string; date: string }): Promise<Uint8Array> {
  const title = noticeKindLabels[kind].zh;
  const doc = new PDFDocument({ size: 'A4', margin: 64, info: { Title: title } });
  const chunks: Buffer[] = [];
  doc.on('data', (b: Buffer) => chunks.push(b));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('cjk', fontPath, fontFamily);
  doc.font('cjk').fontSize(20).text(title, { align: 'center' });
  doc.moveDown(0.5).fontSize(10).text(`编号：控辍〔${v.date.slice(0, 4)}〕${v.id} 号`, { align: 'center' });
  doc.moveDown(1.5).fontSize(12);
  for (const p of bodies[kind](v)) doc.text(writableText(p, 'pdf'), { lineGap: 6, paragraphGap: 10 });
  doc.moveDown(3).text(`县区教育局（${v.county}）  乡镇人民政府`, { align: 'right' });
  doc.moveDown(0.5).text(v.date, { align: 'right' });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
