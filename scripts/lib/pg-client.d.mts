import type pg from 'pg';

export function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T>;
