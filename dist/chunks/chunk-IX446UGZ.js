import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);

// src/core/wasm.ts
import { endianness } from "node:os";
var WASM_PAGE_BYTES = 65536;
function align8(offset) {
  return Math.ceil(offset / 8) * 8;
}
var compiled = /* @__PURE__ */ new Map();
var EMBEDDED_WASM_USABLE = typeof globalThis.WebAssembly === "object" && endianness() === "LE";
function instantiateEmbedded(base64, functions) {
  if (!EMBEDDED_WASM_USABLE) return void 0;
  const api = globalThis.WebAssembly;
  let module = compiled.get(base64);
  if (module === void 0) {
    module = new api.Module(Buffer.from(base64, "base64"));
    compiled.set(base64, module);
  }
  const exports = new api.Instance(module).exports;
  for (const name of functions) {
    if (typeof exports[name] !== "function")
      throw new Error(`an embedded WebAssembly module lacks ${name}: rebuild it`);
  }
  if (typeof exports.memory !== "object" || exports.memory === null) {
    throw new Error("an embedded WebAssembly module exports no memory: rebuild it");
  }
  return exports;
}

export {
  WASM_PAGE_BYTES,
  align8,
  instantiateEmbedded
};
