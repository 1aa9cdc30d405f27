// The CLI looks for this target when a `cli …` subcommand fails.
const TARGET = 'schema_engine::logger';

export function log(level, message, fields = {}) {
  writeLine(JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message, ...fields }, target: TARGET }));
}

export function forwardEngineLog(line) {
  const text = String(line).trim();
  if (text) writeLine(text.replace(/\n/g, ' '));
}

function writeLine(line) {
  process.stderr.write(`${line}\n`);
}
