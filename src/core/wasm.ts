/**
 * The product's own WebAssembly kernels (src/data/csv-scan.wat, src/validate/sketch-keys.wat) are assembled by
 * scripts/build.mjs and embedded as base64, so dist/ stays plain JavaScript files. Each thread compiles a module
 * once and instantiates it where needed.
 */

/** The part of the WebAssembly API used here (ES2023's lib and Node's types do not declare it). */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
}

/** A linear memory as a module exports it. */
export interface WasmMemory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}

export const WASM_PAGE_BYTES = 65536;

const compiled = new Map<string, object>();

/** A new instance of the embedded module, checked to export `functions` and a memory. */
export function instantiateEmbedded<Exports>(base64: string, functions: readonly string[]): Exports {
  const api = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;
  let module = compiled.get(base64);
  if (module === undefined) {
    module = new api.Module(Buffer.from(base64, 'base64'));
    compiled.set(base64, module);
  }
  const exports = new api.Instance(module).exports;
  for (const name of functions) {
    if (typeof exports[name] !== 'function')
      throw new Error(`an embedded WebAssembly module lacks ${name}: rebuild it`);
  }
  if (typeof exports.memory !== 'object' || exports.memory === null) {
    throw new Error('an embedded WebAssembly module exports no memory: rebuild it');
  }
  return exports as Exports;
}
