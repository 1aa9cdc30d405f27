import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

export interface ApiRoute {
  /** The route file, relative to the project. */
  file: string;
  /** Its folders under app/api: `tickets`, `[id]`, `[op]`… */
  segments: string[];
  /** The methods it implements: its own handlers, not the 405s of `otherMethods`. */
  implemented: (typeof HTTP_METHODS)[number][];
}

const root = path.resolve(import.meta.dirname, '../..');
const apiDir = path.join(root, 'app', 'api');

/** Every `route.ts` under app/api, read from its source: tests that must cover each route use this one list. */
export function apiRoutes(): ApiRoute[] {
  const found: ApiRoute[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'route.ts') {
        const source = readFileSync(full, 'utf8');
        const handlers = new Set([...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!));
        // `export const { GET, POST } = handlers` (Auth.js), but not `= otherMethods(…)`.
        for (const m of source.matchAll(/export const \{([^}]*)\} = (?!otherMethods)/g)) for (const name of m[1]!.split(',')) handlers.add(name.trim());
        found.push({
          file: path.relative(root, full),
          segments: path.relative(apiDir, dir).split(path.sep).filter(Boolean),
          implemented: HTTP_METHODS.filter((m) => handlers.has(m)),
        });
      }
    }
  };
  walk(apiDir);
  return found;
}
