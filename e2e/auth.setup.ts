import { test } from '@playwright/test';
import { STAFF, signInThroughApi, type StaffRole } from './support/auth';

for (const role of Object.keys(STAFF) as StaffRole[]) {
  test(`sesión guardada de ${role}`, async ({ request }) => {
    await signInThroughApi(request, role);
  });
}
