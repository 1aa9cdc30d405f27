import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';

export const metadata = { title: 'Acceso restringido' };

// Replaces the staff layout, so it brings the page's one <main>.
export default function Forbidden() {
  return (
    <main id="contenido" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 space-y-4 px-4 py-8">
      <h1 className="text-3xl font-bold">Acceso restringido</h1>
      <Alert tone="error" title="No tiene permiso para ver esta página (error 403).">
        Esta sección es para otro rol. Si necesita hacer algo aquí, pídaselo a un administrador.
      </Alert>
      <Link href="/panel" className={buttonClasses('secondary')}>
        Volver al tablero
      </Link>
    </main>
  );
}
