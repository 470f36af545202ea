import { Hono } from 'hono';
import type { AppEnv } from '../../http/context';
import { download, mediaTypes } from '../../http/download';
import { route } from '../../http/route';
import { caseEscalation } from '../../services/education/caseEscalation';
import { caseTablePage } from '../../services/education/caseTablePage';
import { exportCaseTable } from '../../services/education/exportCaseTable';
import { closeCase } from '../../services/education/closeCase';
import { exportCases } from '../../services/education/exportCases';
import { listMaskedCases } from '../../services/education/listMaskedCases';
import { placeChild } from '../../services/education/placeChild';
import { printNotice } from '../../services/education/printNotice';
import { recordEscalation } from '../../services/education/recordEscalation';
import { addLegalStep } from '../../services/education/recordLegalStep';
import { revealCase } from '../../services/education/revealCase';
import { viewCase } from '../../services/education/viewCase';
import { caseExportQuery, caseIdParam, caseListQuery, caseTableQuery, childRoles, closeBody, escalationBody, legalStepBody, noticeQuery, placementBody } from './schemas';

const child = { tag: 'education', access: childRoles, personal: true } as const;
const aCase = { ...child, params: caseIdParam } as const;

export const educationCasesRoutes = new Hono<AppEnv>()
  .get('/cases', route({ ...child, summary: '案件列表（身份证号、姓名脱敏） / cases, masked', query: caseListQuery }), async (c) =>
    c.json(await listMaskedCases(c.var.db, c.req.valid('query'))),
  )
  .get('/cases/table', route({ ...child, summary: '案件清单（脱敏，排序、分页） / masked case list, sorted and paged', query: caseTableQuery }), async (c) =>
    c.json(await caseTablePage(c.var.db, c.req.valid('query'), c.var.lang)),
  )
  .get(
    '/cases/table/export',
    route({ ...child, summary: '导出筛选后的案件清单（脱敏；CSV / XLSX / GeoJSON；审计） / export exactly the filtered masked case list (audited)', query: caseExportQuery, produces: mediaTypes.xlsx }),
    async (c) => {
      const f = await exportCaseTable(c.var.db, c.var.user, c.req.valid('query'), c.var.lang);
      return download(c, f.bytes, { type: mediaTypes[f.format], name: f.fileName });
    },
  )
  .get('/cases/export.xlsx', route({ ...child, summary: '导出案件（XLSX，审计） / export cases (audited)', query: caseListQuery, produces: mediaTypes.xlsx }), async (c) => {
    const bytes = await exportCases(c.var.db, c.var.user, c.req.valid('query'));
    return download(c, bytes, { type: mediaTypes.xlsx, name: 'cases.xlsx' });
  })
  .get('/cases/:id', route({ ...aCase, summary: '案件详情（完整信息，审计） / case detail (audited)' }), async (c) =>
    c.json(await viewCase(c.var.db, c.var.user, c.req.valid('param').id)),
  )
  .post('/cases/:id/reveal', route({ ...aCase, summary: '显示完整身份证号（审计） / reveal full ID number (audited)' }), async (c) =>
    c.json(await revealCase(c.var.db, c.var.user, c.req.valid('param').id)),
  )
  .get('/cases/:id/escalation', route({ ...aCase, summary: '劝返进度（阶段、下一步、期限） / escalation stage, next action, due dates' }), async (c) =>
    c.json(await caseEscalation(c.var.db, c.req.valid('param').id)),
  )
  .post('/cases/:id/escalation', route({ ...aCase, summary: '记录劝返措施或事件 / record an escalation action or event', body: escalationBody, status: 201 }), async (c) =>
    c.json(await recordEscalation(c.var.db, c.var.user, c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .post('/cases/:id/legal-steps', route({ ...aCase, summary: '记录四步法步骤（须按顺序） / record a legal step (in order)', body: legalStepBody, status: 201 }), async (c) =>
    c.json(await addLegalStep(c.var.db, c.var.user, c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .post('/cases/:id/placement', route({ ...aCase, summary: '返校安置 / placement of a returned child', body: placementBody }), async (c) =>
    c.json(await placeChild(c.var.db, c.var.user, c.req.valid('param').id, c.req.valid('json'))),
  )
  .post('/cases/:id/close', route({ ...aCase, summary: '结案 / close a case', body: closeBody }), async (c) =>
    c.json(await closeCase(c.var.db, c.var.user, c.req.valid('param').id, c.req.valid('json'))),
  )
  .get('/cases/:id/notice.pdf', route({ ...aCase, summary: '打印通知书（PDF，审计） / print a notice (PDF, audited)', query: noticeQuery, produces: mediaTypes.pdf }), async (c) => {
    const { id } = c.req.valid('param');
    const bytes = await printNotice(c.var.db, c.var.user, id, c.req.valid('query'));
    return download(c, bytes, { type: mediaTypes.pdf, name: `notice-${id}.pdf`, inline: true });
  });
