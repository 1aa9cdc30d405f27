// Without one here, Turbopack takes the repository root's instrumentation.ts for this app's.
export function register() {}
