import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';

export const metadata = { title: 'Acceso restringido' };

// forbidden() is only called below the staff layout, which draws it inside its own <main>.
export default function Forbidden() {
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">Acceso restringido</h1>
      <Alert tone="error" title="No tiene permiso para ver esta página (error 403).">
        Esta sección es para otro rol. Si necesita hacer algo aquí, pídaselo a un administrador.
      </Alert>
      <Link href="/panel" className={buttonClasses('secondary')}>
        Volver al tablero
      </Link>
    </div>
  );
}
