import { NextResponse } from 'next/server';
import { ESTADOS, ESTADO_INFO } from '@/lib/domain/estados';
import { otherMethods } from '@/lib/http/route-methods';

export function GET() {
  return NextResponse.json(ESTADOS.map((codigo) => ESTADO_INFO[codigo]));
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
