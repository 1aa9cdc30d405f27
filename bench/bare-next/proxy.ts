// Turbopack's root is the repository (next.config.mjs): without a proxy of its own here, it would
// compile the app's proxy.ts into this baseline. This one answers no path the benchmark asks.
export function proxy() {}

export const config = { matcher: ['/nunca-solicitada'] };
