// The engine's stderr: one JSON object a line, in the shape of Prisma's native engine logs,
// which the CLI parses (and shows on errors). Nothing else may be written there.

/** The log target the CLI looks for when a `cli …` subcommand fails. */
const TARGET = 'schema_engine::logger';

/**
 * @param {'ERROR' | 'WARN' | 'INFO' | 'DEBUG'} level
 * @param {string} message
 * @param {Record<string, unknown>} [fields]
 */
export function log(level, message, fields = {}) {
  writeLine(JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message, ...fields }, target: TARGET }));
}

/**
 * A line the wasm engine logged (already JSON).
 * @param {unknown} line
 */
export function forwardEngineLog(line) {
  const text = String(line).trim();
  if (text) writeLine(text.replace(/\n/g, ' '));
}

/** @param {string} line */
function writeLine(line) {
  process.stderr.write(`${line}\n`);
}
