// The public pages' floor: a prerendered page with a form of the same size as the ticket form.
const FIELDS: [string, string, string][] = [
  ['nombre', 'Nombre completo', 'text'],
  ['email', 'Correo electrónico', 'email'],
  ['documento', 'Documento de identidad', 'text'],
  ['telefono', 'Teléfono', 'tel'],
  ['empresaDepartamento', 'Empresa o dependencia', 'text'],
  ['categoria', 'Categoría', 'text'],
  ['subcategoria', 'Subcategoría', 'text'],
  ['asunto', 'Asunto', 'text'],
];
const TIPOS = ['PETICION', 'QUEJA', 'RECLAMO', 'SUGERENCIA', 'INCIDENTE', 'SOLICITUD', 'CONSULTA'];

export default function Estatica() {
  return (
    <main>
      <h1>Mesa de ayuda</h1>
      <p>Registre su solicitud y le enviaremos el número del ticket a su correo.</p>
      <form method="post" action="/crear">
        {FIELDS.map(([name, label, type]) => (
          <p key={name}>
            <label htmlFor={name}>{label}</label>
            <input id={name} name={name} type={type} />
          </p>
        ))}
        <p>
          <label htmlFor="tipo">Tipo de solicitud</label>
          <select id="tipo" name="tipo">
            {TIPOS.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="descripcion">Descripción</label>
          <textarea id="descripcion" name="descripcion" rows={6} />
        </p>
        <p>
          <label>
            <input type="checkbox" name="tieneWhatsapp" /> Tengo WhatsApp en este número
          </label>
        </p>
        <button type="submit">Enviar solicitud</button>
      </form>
    </main>
  );
}
