import { formatDateTime } from '@/lib/format';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const FIELD_NOMBRE: Record<string, string> = { tipo: 'Tipo', categoria: 'Categoría', subcategoria: 'Subcategoría', prioridad: 'Prioridad' };

const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (v === null || v === undefined || v === '' ? 'ninguna' : String(v));

type Change = [what: string, value: string];

/** What an operation changed besides the state, from its history entry's `datos`; unknown shapes show nothing. */
export function describeChanges(op: string, datos: unknown): Change[] {
  if (!isObject(datos)) return [];
  switch (op) {
    // The person assigned is in the entry's title (staffHistoryEventTitle); the area is said here.
    case 'asignar':
      return typeof datos.area === 'string' ? [['Área', datos.area]] : [];
    case 'transferir':
      return typeof datos.area === 'string' ? [['Área', `${text(datos.areaAnterior)} → ${datos.area}`]] : [];
    case 'reclasificar': {
      const { antes, despues } = datos;
      if (!isObject(antes) || !isObject(despues)) return [];
      return Object.keys(FIELD_NOMBRE)
        .filter((k) => antes[k] !== despues[k])
        .map((k): Change => [FIELD_NOMBRE[k]!, `${text(antes[k])} → ${text(despues[k])}`]);
    }
    case 'reabrir': {
      const { fechaLimiteSlaAnterior: before, fechaLimiteSla: after } = datos;
      if (typeof before !== 'string' || typeof after !== 'string' || before === after) return [];
      return [['Fecha límite del SLA', `${formatDateTime(before)} → ${formatDateTime(after)}`]];
    }
    case 'etiquetar': {
      const list = (v: unknown) => (Array.isArray(v) ? v.filter((e): e is string => typeof e === 'string') : []);
      const lines: Change[] = [];
      if (list(datos.agregadas).length > 0) lines.push(['Etiquetas agregadas', list(datos.agregadas).join(', ')]);
      if (list(datos.quitadas).length > 0) lines.push(['Etiquetas quitadas', list(datos.quitadas).join(', ')]);
      return lines;
    }
    default:
      return [];
  }
}

export function HistoryChanges({ op, datos }: { op: string; datos: unknown }) {
  const changes = describeChanges(op, datos);
  if (changes.length === 0) return null;
  return (
    <dl className="space-y-0.5 text-sm text-gray-800">
      {changes.map(([what, value]) => (
        <div key={what}>
          <dt className="inline font-medium">{what}:</dt> <dd className="inline">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
