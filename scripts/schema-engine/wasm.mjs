// Loads Prisma's schema engine compiled to WebAssembly. Node 20 cannot `import` a .wasm file
// (that needs --experimental-wasm-modules), so the module is read and instantiated by hand,
// wired to the package's own JS glue exactly as its ESM entry would do.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const PACKAGE = '@prisma/schema-engine-wasm';

/**
 * @typedef {object} WasmEngine
 * @property {{ new: (options: object, log: (line: string) => void, adapterFactory: object) => Promise<any> }} SchemaEngine
 * @property {() => string} version the version of the wasm build
 * @property {() => string | undefined} takePanic the message of the last Rust panic, if any
 */

/** @type {Promise<WasmEngine> | undefined} */
let loading;

/**
 * Instantiates the wasm module once per process.
 * @returns {Promise<WasmEngine>}
 */
export function loadWasmEngine() {
  loading ??= instantiate();
  return loading;
}

async function instantiate() {
  const gluePath = require.resolve(`${PACKAGE}/schema_engine_bg`);
  const panics = installPanicRegistry();
  const glue = await import(pathToFileURL(gluePath).href);
  const bytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
  // The wasm imports every glue function from the module it was bundled with.
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  /** @type {any} */ (instance.exports).__wbindgen_start();
  return { SchemaEngine: glue.SchemaEngine, version: glue.version, takePanic: panics.take };
}

/**
 * The Rust side reports a panic's message through this global before it throws.
 * @returns {{ take: () => string | undefined }}
 */
function installPanicRegistry() {
  /** @type {string | undefined} */
  let message;
  /** @type {any} */ (globalThis).PRISMA_WASM_PANIC_REGISTRY = {
    set_message(/** @type {string} */ m) {
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
