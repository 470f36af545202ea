import { Hono } from 'hono';
import type { AppEnv } from '../../http/context';
import { route } from '../../http/route';
import { dutyReminders } from '../../services/education/dutyReminders';
import { listDuties } from '../../services/education/listDuties';
import { markDutyDone } from '../../services/education/markDutyDone';
import { aggregateRoles, dutyDoneBody, dutyQuery, writeRoles } from './schemas';

// Duty calendar (issue 13): dated duties of the county's rule set (no child data in it), reminders
// for the education role, and marking a duty done (audited).
export const educationDutiesRoutes = new Hono<AppEnv>()
  .get('/duties', route({ summary: '控辍保学职责日历（县区、乡镇） / duty calendar of a county or township', tag: 'education', access: aggregateRoles, query: dutyQuery }), async (c) =>
    c.json(await listDuties(c.var.db, c.req.valid('query'), c.var.lang)),
  )
  .get('/duties/reminders', route({ summary: '职责提醒：逾期及14天内到期 / duty reminders: overdue and due within 14 days', tag: 'education', access: writeRoles, query: dutyQuery }), async (c) =>
    c.json(await dutyReminders(c.var.db, c.req.valid('query'), c.var.lang)),
  )
  .post('/duties/done', route({ summary: '标记职责已完成（审计） / mark a duty done (audited)', tag: 'education', access: writeRoles, body: dutyDoneBody, status: 201, idempotent: true }), async (c) =>
    c.json(await markDutyDone(c.var.db, c.var.user, c.req.valid('json'), c.var.lang), 201),
  );
