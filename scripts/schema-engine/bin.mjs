#!/usr/bin/env node
// Stands in for Prisma's native schema-engine binary (docs/offline-prisma.md).
import { format } from 'node:util';
import { parseArgs } from './args.mjs';
import { runCliCommand } from './cli-commands.mjs';
import { createEngineHandler, panicError } from './engine.mjs';
import { log } from './log.mjs';
import { serve } from './rpc.mjs';
import { disposeAllShadows } from './shadow.mjs';
import { loadWasmEngine } from './wasm.mjs';

// The CLI parses stderr as JSON log lines.
process.removeAllListeners('warning');

async function exit(code) {
  await disposeAllShadows();
  process.exit(code);
}

// The CLI closes stdin and kills the engine straight away: shadow databases must still go.
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => void exit(0));

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
    // stdout is the JSON-RPC channel.
    for (const method of ['log', 'info', 'debug', 'warn', 'error']) {
      console[method] = (...values) => log(method === 'error' ? 'ERROR' : 'INFO', format(...values));
    }
    const handle = await createEngineHandler(args);
    const server = serve(handle, {
      onError: (error) => ({ code: -32603, message: String(error?.message ?? error) }),
    });
    // Panics in the engine's callbacks land here; unanswered, a failed diff would pass as success.
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
  log('ERROR', error?.message ?? String(error));
  await exit(1);
}
