import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  runValidateData
} from "./chunk-JDRZHKFD.js";
import "./chunk-OEHKQAJV.js";
export {
  runValidateData
};
