import { Hono } from 'hono';
import type { AppEnv } from '../../http/context';
import { route } from '../../http/route';
import { searchAll } from '../../services/search/searchAll';
import { searchQuery } from './schemas';

export const searchRoutes = new Hono<AppEnv>().get(
  '/',
  route({
    summary: '搜索（地块编号/名称、场所、隐患编号、乡镇、村、学校；教育部门可按身份证号后几位或姓名查案件，结果脱敏并记审计） / search within the role\'s scope',
    tag: 'search',
    access: 'any',
    query: searchQuery,
    // Education staff's answers may name children (masked): never cached, like every personal read.
    personal: true,
  }),
  async (c) => c.json(await searchAll(c.var.db, c.var.user, c.req.valid('query'), c.var.lang)),
);
