import { NextResponse } from 'next/server';
import { ESTADOS, ESTADO_INFO } from '@/lib/domain/estados';

export function GET() {
  return NextResponse.json(ESTADOS.map((codigo) => ESTADO_INFO[codigo]));
}
