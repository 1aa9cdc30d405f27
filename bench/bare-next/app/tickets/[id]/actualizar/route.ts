import { actualizar } from '../../../../../bare/bare-sql.mjs';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [status, body] = await actualizar(id, request.headers.get('authorization'), await request.text());
  return Response.json(body, { status });
}
