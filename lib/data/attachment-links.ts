export function publicAttachmentUrl(id: string): string {
  return `/api/adjuntos/${id}`;
}
