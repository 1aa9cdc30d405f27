import { expect, type Locator } from '@playwright/test';

/** Resolves once React has hydrated the element: its event handlers work from then on. */
export async function hydrated(element: Locator): Promise<void> {
  await expect.poll(() => element.evaluate((el) => Object.keys(el).some((key) => key.startsWith('__reactFiber$')))).toBe(true);
}
