import { NextResponse } from 'next/server';
import { ESTADOS, ESTADO_INFO } from '@/lib/domain/estados';

/** GET /api/estados — the ticket states with their label and colour. */
export function GET() {
  return NextResponse.json(ESTADOS.map((codigo) => ESTADO_INFO[codigo]));
}
