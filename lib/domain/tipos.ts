export const TIPOS = ['PETICION', 'QUEJA', 'RECLAMO', 'SUGERENCIA', 'INCIDENTE', 'SOLICITUD', 'CONSULTA'] as const;

export type TipoTicket = (typeof TIPOS)[number];

export const TIPO_INFO: Record<TipoTicket, { nombre: string; descripcion: string }> = {
  PETICION: { nombre: 'Petición', descripcion: 'Solicitar un servicio o una acción' },
  QUEJA: { nombre: 'Queja', descripcion: 'Inconformidad con la atención o el servicio' },
  RECLAMO: { nombre: 'Reclamo', descripcion: 'Un derecho o servicio que no se cumplió' },
  SUGERENCIA: { nombre: 'Sugerencia', descripcion: 'Una propuesta de mejora' },
  INCIDENTE: { nombre: 'Incidente', descripcion: 'Una falla o interrupción del servicio' },
  SOLICITUD: { nombre: 'Solicitud', descripcion: 'Documentos, información u otro servicio estándar' },
  CONSULTA: { nombre: 'Consulta', descripcion: 'Una pregunta o una orientación' },
};

/** The tipos as the catalogs list them: fixed, so the public form has them before anything loads. */
export const TIPO_CATALOG: readonly { codigo: TipoTicket; nombre: string; descripcion: string }[] = TIPOS.map((codigo) => ({ codigo, ...TIPO_INFO[codigo] }));

export const CANALES = ['WEB', 'API', 'TELEFONO', 'PRESENCIAL', 'EMAIL'] as const;
export type CanalTicket = (typeof CANALES)[number];

/** `nombre` in the ticket's data, `medio` where staff say how a request reached them. */
export const CANAL_INFO: Readonly<Record<CanalTicket, { nombre: string; medio: string }>> = {
  WEB: { nombre: 'Formulario web', medio: 'Formulario web público' },
  API: { nombre: 'API', medio: 'Integración por API' },
  TELEFONO: { nombre: 'Teléfono', medio: 'Llamada telefónica' },
  PRESENCIAL: { nombre: 'Presencial', medio: 'Atención presencial' },
  EMAIL: { nombre: 'Correo electrónico', medio: 'Correo entrante' },
};
