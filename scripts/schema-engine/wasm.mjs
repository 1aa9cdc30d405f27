// Node 20 cannot `import` a .wasm file, so it is wired to the package's glue by hand, as its ESM entry does.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const PACKAGE = '@prisma/schema-engine-wasm';

let loading;

export function loadWasmEngine() {
  loading ??= instantiate();
  return loading;
}

async function instantiate() {
  const gluePath = require.resolve(`${PACKAGE}/schema_engine_bg`);
  const panics = installPanicRegistry();
  const glue = await import(pathToFileURL(gluePath).href);
  const bytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return { SchemaEngine: glue.SchemaEngine, version: glue.version, takePanic: panics.take };
}

// Rust reports a panic's message through this global before it throws.
function installPanicRegistry() {
  let message;
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    set_message(m) {
      message = m;
    },
    get: () => message,
  };
  return {
    take() {
      const m = message;
      message = undefined;
      return m;
    },
  };
}
