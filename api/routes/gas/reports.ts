import { Hono } from 'hono';
import type { AppEnv } from '../../http/context';
import { download, mediaTypes } from '../../http/download';
import { route } from '../../http/route';
import { buildReport } from '../../services/gas/buildReport';
import { exportHazardList } from '../../services/gas/exportHazardList';
import { exportReportDocx } from '../../services/gas/exportReportDocx';
import { exportReportPdf } from '../../services/gas/exportReportPdf';
import { listReportItems } from '../../services/gas/listReportItems';
import { recordReportItem } from '../../services/gas/recordReportItem';
import { saveReportTexts } from '../../services/gas/saveReportTexts';
import { gasRoles, itemBody, reportParams, reportQuery, textsBody } from './schemas';

const report = { tag: 'gas', access: gasRoles, params: reportParams } as const;

export const gasReportRoutes = new Hono<AppEnv>()
  .get('/reports/:groupNo/:round', route({ ...report, summary: '督查报告（附件1）/ round report', query: reportQuery }), async (c) => {
    const p = c.req.valid('param');
    return c.json(await buildReport(c.var.db, c.var.user, p.groupNo, p.round, c.req.valid('query').campaign));
  })
  .put('/reports/:groupNo/:round', route({ ...report, summary: '编辑报告文字 / edit report text sections', body: textsBody }), async (c) => {
    const p = c.req.valid('param');
    const b = c.req.valid('json');
    return c.json(await saveReportTexts(c.var.db, c.var.user, p.groupNo, p.round, b.campaign, b.sections));
  })
  .get('/reports/:groupNo/:round/items', route({ ...report, summary: '报告录入项（问题、建议、谈话、走访部门/政府） / report inputs of a group and round', query: reportQuery }), async (c) => {
    const p = c.req.valid('param');
    return c.json(await listReportItems(c.var.db, c.var.user, p.groupNo, p.round, c.req.valid('query').campaign));
  })
  .post(
    '/reports/:groupNo/:round/items',
    route({
      ...report,
      summary: '录入问题/建议/谈话/走访部门或政府 / record a problem, suggestion, interview, department or government visited',
      body: itemBody,
      status: 201,
      responses: { '403': "another group, or a district outside the user's" },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await recordReportItem(c.var.db, c.var.user, p.groupNo, p.round, c.req.valid('json')), 201);
    },
  )
  .get('/reports/:groupNo/:round/docx', route({ ...report, summary: '导出报告 DOCX / export report as DOCX', query: reportQuery, produces: mediaTypes.docx }), async (c) => {
    const p = c.req.valid('param');
    const { bytes, fileName } = await exportReportDocx(c.var.db, c.var.user, p.groupNo, p.round, c.req.valid('query').campaign);
    return download(c, bytes, { type: mediaTypes.docx, name: fileName });
  })
  .get('/reports/:groupNo/:round/pdf', route({ ...report, summary: '导出报告 PDF（附件1、附件2）/ report and hazard list as PDF', query: reportQuery, produces: mediaTypes.pdf }), async (c) => {
    const p = c.req.valid('param');
    const { bytes, fileName } = await exportReportPdf(c.var.db, c.var.user, p.groupNo, p.round, c.req.valid('query').campaign);
    return download(c, bytes, { type: mediaTypes.pdf, name: fileName });
  })
  .get('/reports/:groupNo/:round/xlsx', route({ ...report, summary: '导出隐患清单（附件2）XLSX / hazard list as XLSX', query: reportQuery, produces: mediaTypes.xlsx }), async (c) => {
    const p = c.req.valid('param');
    const { bytes, fileName } = await exportHazardList(c.var.db, c.var.user, p.groupNo, p.round, c.req.valid('query').campaign);
    return download(c, bytes, { type: mediaTypes.xlsx, name: fileName });
  });
