/**
 * postgres-js 3.4 can throw from a timer after its socket died mid-query (`socket.write` on a
 * closed connection, "Cannot read properties of null (reading 'write')"). The failed query has
 * already been rejected and the pool reconnects, so that one fault must not take the server
 * down during a database outage. Any other uncaught exception still ends the process.
 */
export function survivePostgresDriverFault(log: (m: string) => void): void {
  process.on('uncaughtException', (err) => {
    if (err instanceof TypeError && /postgres[\\/]src[\\/]connection\.js/.test(err.stack ?? '')) {
      log(`数据库连接中断，已恢复 / database connection lost mid-query; continuing (${err.message})`);
      return;
    }
    console.error(err);
    process.exit(1);
  });
}
