import { handlers } from '@/lib/auth';
import { otherMethods } from '@/lib/http/route-methods';

export const { GET, POST } = handlers;

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET', 'POST');
