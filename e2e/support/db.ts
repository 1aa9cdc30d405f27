import pg from 'pg';

/** Runs `fn` with a client on the app's database, to arrange what the browser cannot (`npm test` passes DATABASE_URL). */
export async function withDatabase<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL no está definida: las pruebas de navegador corren con `npm test`.');
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
