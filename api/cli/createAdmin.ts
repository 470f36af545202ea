import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { findUserByUsername, insertUser } from '../../db/repositories/users';
import { appendAudit } from '../../db/repositories/audit';
import { passwordProblem } from '../domain/auth/passwordPolicy';
import { hashPassword } from '../services/auth/password';
import { openConfigured } from './openConfigured';
import { readHidden } from './readHidden';

/**
 * `npm run admin:create -- --username NAME [--password-file FILE]`: the first administrator of a
 * real deployment. The password is read from a prompt without echo, or from a file (first line) —
 * never from the command line, where `ps` and the shell history would show it (issue 14).
 */
const { values } = parseArgs({ options: { username: { type: 'string' }, 'password-file': { type: 'string' } } });
const username = values.username?.trim();
if (!username) {
  console.error('用法 / usage: npm run admin:create -- --username NAME [--password-file FILE]  (otherwise asks without echo)');
  process.exit(2);
}
const file = values['password-file'];
const password = file ? readFileSync(file, 'utf8').split(/\r?\n/)[0]! : await readHidden('密码 / password: ');
const problem = passwordProblem(password, username);
if (problem) {
  console.error(`密码${problem.zh} / the password ${problem.en}`);
  process.exit(2);
}

const { database } = await openConfigured();
try {
  if (await findUserByUsername(database.db, username)) {
    console.error(`用户已存在 / user ${username} already exists`);
    process.exitCode = 1;
  } else {
    await database.db.transaction(async (tx) => {
      const id = await insertUser(tx, { username, displayName: username, role: 'admin', groupNo: null, passwordHash: await hashPassword(password) });
      await appendAudit(tx, { actor: 'cli', role: 'admin', action: 'user.create', objectType: 'user', objectId: id, result: 'ok', detail: { username, after: { role: 'admin' } } });
    });
    console.log(`管理员已创建 / administrator ${username} created`);
  }
} finally {
  await database.close();
}
