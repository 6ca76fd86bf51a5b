import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  runValidateData
} from "./chunk-MTPSC4EW.js";
import "./chunk-OEHKQAJV.js";
export {
  runValidateData
};
