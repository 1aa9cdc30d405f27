import { parseDatabaseUrl } from './connection.mjs';
import { connectionError } from './errors.mjs';
import { log } from './log.mjs';
import { createDatabase, dropDatabase, isPglite, withClient } from './server.mjs';

const COMMANDS = {
  'can-connect-to-database': async (connection) => {
    await withClient(connection, (c) => c.query('SELECT 1'));
  },
  'create-database': async (connection) => {
    if (await isPglite(connection)) return; // PGlite answers for every database name
    await createDatabase(connection, connection.database);
  },
  'drop-database': async (connection) => {
    if (await isPglite(connection)) {
      throw new Error('Refusing to drop a database on PGlite: it serves every database name from its one database. Delete its data folder instead.');
    }
    await dropDatabase(connection, connection.database);
  },
};

export async function runCliCommand(command, datasource) {
  // The CLI discards the first line of stderr.
  log('INFO', `offline schema engine: cli ${command}`);
  const run = COMMANDS[command];
  if (!run) {
    log('ERROR', `Unknown cli command: ${command}`);
    return 1;
  }
  if (!datasource?.url) {
    log('ERROR', 'No datasource URL: set datasource.url in prisma.config.ts.');
    return 1;
  }
  let connection;
  try {
    connection = parseDatabaseUrl(datasource.url);
  } catch (error) {
    log('ERROR', error.message, { error_code: 'P1013' });
    return 1;
  }
  try {
    await run(connection);
    return 0;
  } catch (error) {
    const { code, message } = connectionError(error, connection);
    log('ERROR', message, code ? { error_code: code } : {});
    return 1;
  }
}
