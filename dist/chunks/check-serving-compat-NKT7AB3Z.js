import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  runCheckServingCompat
} from "./chunk-J6SPGD6H.js";
import "./chunk-Q7LJ4BXT.js";
import "./chunk-FRRHL4CR.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";
export {
  runCheckServingCompat
};
