import { consultar } from '../../../bare/bare-sql.mjs';

export async function POST(request: Request) {
  const [status, body] = await consultar(await request.text());
  return Response.json(body, { status });
}
