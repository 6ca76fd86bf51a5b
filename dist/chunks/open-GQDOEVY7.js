import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsFileURLToPath(new URL('.', import.meta.url));
import {
  lineageStoreFor,
  openRegistry
} from "./chunk-MGG36UA6.js";
import "./chunk-SYZIBHDM.js";
import "./chunk-J6V3WTBN.js";
import "./chunk-WRFJ5HCA.js";
import "./chunk-WWB6BSG2.js";
import "./chunk-PUKCIQPK.js";
import "./chunk-QGSGYSLX.js";
export {
  lineageStoreFor,
  openRegistry
};
