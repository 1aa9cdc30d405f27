#!/usr/bin/env node
// An offline stand-in for Prisma's native `schema-engine` binary, for the Prisma CLI to run
// through PRISMA_SCHEMA_ENGINE_BINARY (see docs/offline-prisma.md). It serves the same
// JSON-RPC protocol with Prisma's schema engine compiled to WebAssembly, over node-postgres.
import { format } from 'node:util';
import { parseArgs } from './args.mjs';
import { runCliCommand } from './cli-commands.mjs';
import { createEngineHandler, panicError } from './engine.mjs';
import { log } from './log.mjs';
import { serve } from './rpc.mjs';
import { disposeAllShadows } from './shadow.mjs';
import { loadWasmEngine } from './wasm.mjs';

// stderr carries JSON log lines only, which the CLI parses: no Node warnings there.
process.removeAllListeners('warning');

/** @param {number} code */
async function exit(code) {
  await disposeAllShadows();
  process.exit(code);
}

// The CLI stops the engine by closing its stdin and then killing it straight away.
for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) process.on(signal, () => void exit(0));

try {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write('Usage: bin.mjs --datamodels PATH… --datasource JSON [cli COMMAND] | --version\n');
  } else if (args.version) {
    const wasm = await loadWasmEngine();
    process.stdout.write(`schema-engine-cli ${wasm.version()}\n`);
  } else if (args.cliCommand) {
    await exit(await runCliCommand(args.cliCommand, args.datasource));
  } else {
    // stdout is the JSON-RPC channel: whatever a library prints goes to the log instead.
    for (const method of /** @type {const} */ (['log', 'info', 'debug', 'warn', 'error'])) {
      console[method] = (/** @type {unknown[]} */ ...values) => log(method === 'error' ? 'ERROR' : 'INFO', format(...values));
    }
    const handle = await createEngineHandler(args);
    const server = serve(handle, {
      onError: (error) => ({ code: -32603, message: String(/** @type {any} */ (error)?.message ?? error) }),
    });
    // A Rust panic inside a callback of the engine's own surfaces here, not in the handler:
    // the CLI must still get an answer, or a failed `--exit-code` diff would look like success.
    process.on('uncaughtException', async (error) => {
      const wasm = await loadWasmEngine();
      const message = wasm.takePanic() ?? error?.stack ?? String(error);
      server.failCurrent(panicError(message));
      log('ERROR', message);
      await exit(101);
    });
    await server.closed;
    await exit(0);
  }
} catch (error) {
  log('ERROR', /** @type {any} */ (error)?.message ?? String(error));
  await exit(1);
}
