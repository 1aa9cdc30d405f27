/** The sections of /panel/admin (docs/admin.md), for the index and the section menu. */
export const ADMIN_SECTIONS = [
  { href: '/panel/admin/usuarios', title: 'Usuarios', description: 'Crear funcionarios, asignar su rol y sus áreas, desactivarlos y restablecer su contraseña.' },
  { href: '/panel/admin/areas', title: 'Áreas', description: 'Las dependencias que atienden tickets y su límite opcional de tickets activos.' },
  { href: '/panel/admin/categorias', title: 'Categorías', description: 'Las categorías y subcategorías que ofrece el formulario, con el área que suele atenderlas.' },
  { href: '/panel/admin/prioridades', title: 'Prioridades', description: 'Nombre, orden y estado de cada prioridad.' },
  { href: '/panel/admin/sla', title: 'Políticas de SLA', description: 'El plazo de cada tipo y prioridad, y el conjunto de políticas activo (General o PQRS).' },
  { href: '/panel/admin/calendario', title: 'Calendario laboral', description: 'Días y horario hábiles, zona horaria, si la pausa detiene el reloj del SLA y si el formulario público pregunta la prioridad.' },
  { href: '/panel/admin/festivos', title: 'Festivos', description: 'Los días no hábiles de cada año; genere los festivos de Colombia y ajústelos.' },
  { href: '/panel/admin/correo', title: 'Correo', description: 'Los correos que no se pudieron enviar, su reintento, y los valores de los tickets que llegan por correo.' },
  { href: '/panel/admin/tokens', title: 'Tokens de API', description: 'Las llaves de las integraciones que llaman a la API.' },
  { href: '/panel/admin/auditoria', title: 'Auditoría', description: 'Quién cambió qué en la administración, y cuándo.' },
] as const;
