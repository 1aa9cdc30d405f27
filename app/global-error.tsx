'use client';

import './globals.css';

// Replaces the root layout when it fails, so it brings its own document, styles and title.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="es-CO">
      <body className="bg-gray-50 font-sans text-gray-900">
        <title>Error · Mesa de Ayuda</title>
        <main className="mx-auto max-w-2xl space-y-4 px-4 py-12" role="alert">
          <h1 className="text-3xl font-bold">Algo salió mal</h1>
          <p>La Mesa de Ayuda no está disponible en este momento. Intente de nuevo en unos minutos.</p>
          <button
            type="button"
            onClick={() => retry()}
            className="min-h-11 rounded-md bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800"
          >
            Intentar de nuevo
          </button>
        </main>
      </body>
    </html>
  );
}
