import { catalogos } from '../../../bare/bare-sql.mjs';

export function GET() {
  const [status, body] = catalogos();
  return Response.json(body, { status });
}
