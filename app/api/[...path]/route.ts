import { NotFoundError } from '@/lib/errors';
import { errorResponse } from '@/lib/http/errors';

// Unknown API paths answer in the API's error shape, not with the HTML 404 page.
function notFound() {
  return errorResponse(new NotFoundError('La ruta solicitada no existe en la API.'));
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
