import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Mesa de Ayuda', template: '%s · Mesa de Ayuda' },
  description: 'Radique peticiones, quejas, reclamos y sugerencias, y consulte el estado de su ticket.',
};

// Each route group's layout brings the header, the skip link's <main id="contenido"> and the footer.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="es-CO">
      <body className="flex min-h-screen flex-col bg-gray-50 font-sans text-gray-900 antialiased">
        <a
          href="#contenido"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:font-semibold focus:text-blue-800"
        >
          Saltar al contenido principal
        </a>
        {children}
      </body>
    </html>
  );
}
