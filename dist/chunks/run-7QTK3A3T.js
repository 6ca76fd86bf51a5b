import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsFileURLToPath(new URL('.', import.meta.url));
import {
  distributions,
  loadProfile,
  profileData,
  validateData
} from "./chunk-XBQFE4CE.js";
import "./chunk-264HWQ6R.js";
import "./chunk-LWZOYBWW.js";
import "./chunk-KAXFR2YD.js";
import "./chunk-7CIAEGX6.js";
import "./chunk-G7J5IKHB.js";
import "./chunk-QGO7LJVU.js";
import "./chunk-WWB6BSG2.js";
import "./chunk-PUKCIQPK.js";
import "./chunk-QGSGYSLX.js";
export {
  distributions,
  loadProfile,
  profileData,
  validateData
};
