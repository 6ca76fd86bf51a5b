import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  runValidateData
} from "./chunk-VX32TMNV.js";
import "./chunk-HRF533EA.js";
import "./chunk-OEHKQAJV.js";
export {
  runValidateData
};
