import { Alert } from '@/components/ui/alert';

/** What a MESA or AREA user sees on any /panel/admin page: a 403, said plainly. */
export function AdminForbidden() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Acceso restringido</h1>
      <Alert tone="error" title="No tiene permiso para ver esta página (error 403).">
        La administración es solo para usuarios con el rol Administración. Si necesita un cambio, pídaselo a un administrador.
      </Alert>
    </div>
  );
}
