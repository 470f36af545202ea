import { prepareDatabase } from '../services/demo/prepareDatabase';
import { openConfigured } from './openConfigured';

/**
 * `npm run seed:demo`: demo accounts and synthetic data into an empty database — the way to get
 * demo data on PostgreSQL, where the server never creates demo accounts by itself.
 */
const { env, database } = await openConfigured();
try {
  const { seeded } = await prepareDatabase(database, {
    seed: env.SEED,
    scale: env.SCALE,
    demo: true,
    log: (m) => console.log(m),
  });
  console.log(seeded ? '演示数据已载入 / demo data loaded' : '数据库已有账号，未做任何更改 / the database already has accounts; nothing changed');
} finally {
  await database.close();
}
