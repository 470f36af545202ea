import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { findUserByUsername, insertUser } from '../../db/repositories/users';
import { appendAudit } from '../../db/repositories/audit';
import { hashPassword } from '../services/auth/password';
import { openConfigured } from './openConfigured';

/** `npm run admin:create -- --username NAME`: the first administrator of a real deployment. */
const { values } = parseArgs({ options: { username: { type: 'string' }, password: { type: 'string' } } });
const username = values.username?.trim();
if (!username) {
  console.error('用法 / usage: npm run admin:create -- --username NAME  (password from ADMIN_PASSWORD or a prompt)');
  process.exit(2);
}
let password = values.password ?? process.env.ADMIN_PASSWORD;
if (!password) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  password = await rl.question('密码 / password: ');
  rl.close();
}
if (password.length < 10) {
  console.error('密码至少 10 个字符 / the password needs at least 10 characters');
  process.exit(2);
}

const { database } = await openConfigured();
try {
  if (await findUserByUsername(database.db, username)) {
    console.error(`用户已存在 / user ${username} already exists`);
    process.exitCode = 1;
  } else {
    await database.db.transaction(async (tx) => {
      const id = await insertUser(tx, { username, role: 'admin', groupNo: null, passwordHash: await hashPassword(password!) });
      await appendAudit(tx, { actor: 'cli', role: 'admin', action: 'user.create', objectType: 'user', objectId: id, result: 'ok' });
    });
    console.log(`管理员已创建 / administrator ${username} created`);
  }
} finally {
  await database.close();
}
