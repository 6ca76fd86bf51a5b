/**
 * The product's own WebAssembly kernels (src/data/csv-scan.wat, src/validate/sketch-keys.wat) are assembled by
 * scripts/build.mjs and embedded as base64, so dist/ stays plain JavaScript files. Each thread compiles a module
 * once and instantiates it where needed.
 */

import { endianness } from 'node:os';

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

/** `offset` rounded up to a multiple of 8: where a kernel's next array of doubles (or anything) may start. */
export function align8(offset: number): number {
  return Math.ceil(offset / 8) * 8;
}

const compiled = new Map<string, object>();

/**
 * Whether the kernels can run here: WebAssembly is there (`node --jitless` has none) and the host is little-endian
 * (the kernels' memory always is, and JavaScript reads it through typed arrays in the host's byte order).
 */
export const EMBEDDED_WASM_USABLE =
  typeof (globalThis as { WebAssembly?: unknown }).WebAssembly === 'object' && endianness() === 'LE';

/**
 * A new instance of the embedded module, checked to export `functions` and a memory; undefined where the kernels
 * cannot run (the callers then take their JavaScript paths).
 */
export function instantiateEmbedded<Exports>(base64: string, functions: readonly string[]): Exports | undefined {
  if (!EMBEDDED_WASM_USABLE) return undefined;
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
