import pg from 'pg';

/** Runs `fn` on a connection of its own to `url`, closed afterwards whatever happens. */
export async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
