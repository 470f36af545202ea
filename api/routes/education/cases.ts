import { Hono } from 'hono';
import type { AppEnv } from '../../http/context';
import { download, mediaTypes } from '../../http/download';
import { route } from '../../http/route';
import { defaultAsOf } from '../../services/education/defaultAsOf';
import { exportCases } from '../../services/education/exportCases';
import { caseOrThrow, caseProgress } from '../../services/education/loadCase';
import { listMaskedCases } from '../../services/education/listMaskedCases';
import { closeCase, placeChild } from '../../services/education/placeChild';
import { printNotice } from '../../services/education/printNotice';
import { recordEscalation } from '../../services/education/recordEscalation';
import { addLegalStep } from '../../services/education/recordLegalStep';
import { revealCase, viewCase } from '../../services/education/viewCase';
import { caseIdParam, caseListQuery, childRoles, closeBody, escalationBody, legalStepBody, noticeQuery, placementBody } from './schemas';

const child = { tag: 'education', access: childRoles, personal: true } as const;
const aCase = { ...child, params: caseIdParam } as const;
const actorOf = (c: { var: AppEnv['Variables'] }) => ({ username: c.var.user.username, role: c.var.user.role });

export const educationCasesRoutes = new Hono<AppEnv>()
  .get('/cases', route({ ...child, summary: '案件列表（身份证号、姓名脱敏） / cases, masked', query: caseListQuery }), async (c) => {
    const q = c.req.valid('query');
    return c.json(await listMaskedCases(c.var.db, { countyCode: q.county, kind: q.kind, status: q.status, poverty: q.poverty, runId: q.runId, limit: q.limit, offset: q.offset }));
  })
  .get('/cases/export.xlsx', route({ ...child, summary: '导出案件（XLSX，审计） / export cases (audited)', query: caseListQuery, produces: mediaTypes.xlsx }), async (c) => {
    const q = c.req.valid('query');
    const filter = { countyCode: q.county, kind: q.kind, status: q.status, poverty: q.poverty, runId: q.runId };
    const bytes = await c.var.db.transaction((tx) => exportCases(tx, actorOf(c), filter));
    return download(c, bytes, { type: mediaTypes.xlsx, name: 'cases.xlsx' });
  })
  .get('/cases/:id', route({ ...aCase, summary: '案件详情（完整信息，审计） / case detail (audited)' }), async (c) => {
    const { id } = c.req.valid('param');
    const asOf = await defaultAsOf(c.var.db);
    return c.json(await c.var.db.transaction((tx) => viewCase(tx, actorOf(c), id, asOf)));
  })
  .post('/cases/:id/reveal', route({ ...aCase, summary: '显示完整身份证号（审计） / reveal full ID number (audited)' }), async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await c.var.db.transaction((tx) => revealCase(tx, actorOf(c), id)));
  })
  .get('/cases/:id/escalation', route({ ...aCase, summary: '劝返进度（阶段、下一步、期限） / escalation stage, next action, due dates' }), async (c) => {
    const { id } = c.req.valid('param');
    const found = await caseOrThrow(c.var.db, id);
    return c.json(await caseProgress(c.var.db, found, await defaultAsOf(c.var.db)));
  })
  .post('/cases/:id/escalation', route({ ...aCase, summary: '记录劝返措施或事件 / record an escalation action or event', body: escalationBody, status: 201 }), async (c) => {
    const { id } = c.req.valid('param');
    const asOf = await defaultAsOf(c.var.db);
    return c.json(await c.var.db.transaction((tx) => recordEscalation(tx, actorOf(c), id, c.req.valid('json'), asOf)), 201);
  })
  .post('/cases/:id/legal-steps', route({ ...aCase, summary: '记录四步法步骤（须按顺序） / record a legal step (in order)', body: legalStepBody, status: 201 }), async (c) => {
    const { id } = c.req.valid('param');
    const { act, date } = c.req.valid('json');
    const asOf = await defaultAsOf(c.var.db);
    return c.json(await c.var.db.transaction((tx) => addLegalStep(tx, actorOf(c), id, act, date, asOf)), 201);
  })
  .post('/cases/:id/placement', route({ ...aCase, summary: '返校安置 / placement of a returned child', body: placementBody }), async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await c.var.db.transaction((tx) => placeChild(tx, actorOf(c), id, c.req.valid('json'))));
  })
  .post('/cases/:id/close', route({ ...aCase, summary: '结案 / close a case', body: closeBody }), async (c) => {
    const { id } = c.req.valid('param');
    const { date, reason } = c.req.valid('json');
    return c.json(await c.var.db.transaction((tx) => closeCase(tx, actorOf(c), id, date, reason)));
  })
  .get('/cases/:id/notice.pdf', route({ ...aCase, summary: '打印通知书（PDF，审计） / print a notice (PDF, audited)', query: noticeQuery, produces: mediaTypes.pdf }), async (c) => {
    const { id } = c.req.valid('param');
    const q = c.req.valid('query');
    const date = q.date ?? (await defaultAsOf(c.var.db));
    const bytes = await c.var.db.transaction((tx) => printNotice(tx, actorOf(c), id, q.kind, date));
    return download(c, bytes, { type: mediaTypes.pdf, name: `notice-${id}.pdf`, inline: true });
  });
