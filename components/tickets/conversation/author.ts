import type { MessageView } from '@/lib/domain/conversation';
import type { Audience } from './audience';

const TIPO_AUTOR = { SOLICITANTE: 'Solicitante', AGENTE: 'Mesa de ayuda', SISTEMA: 'Sistema' } as const;

/** Who wrote a message, and as what; the requester never reads a staff member's name. */
export function authorOf(m: Pick<MessageView, 'autor' | 'autorNombre'>, audience: Audience): { nombre: string; tipo: string | null } {
  const tipo = TIPO_AUTOR[m.autor];
  const nombre = m.autorNombre.trim();
  if (m.autor === 'SISTEMA' || (m.autor === 'AGENTE' && audience === 'requester') || nombre === '' || nombre === tipo) return { nombre: tipo, tipo: null };
  return { nombre, tipo };
}
