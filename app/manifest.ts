import type { MetadataRoute } from 'next';

/** Lets a phone add the public form to its home screen with the app's name and icon. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Mesa de Ayuda',
    short_name: 'Mesa de Ayuda',
    description: 'Radique peticiones, quejas, reclamos y sugerencias, y consulte el estado de su ticket.',
    lang: 'es-CO',
    start_url: '/',
    display: 'standalone',
    background_color: '#f9fafb',
    theme_color: '#1d4ed8',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  };
}
