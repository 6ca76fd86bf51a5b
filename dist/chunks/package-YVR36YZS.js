import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  MANIFEST_FILE,
  MODEL_FILE,
  MODEL_FORMAT,
  MODEL_FORMAT_VERSION,
  PROFILE_FILE,
  onnxRecord,
  readModelPackage,
  readOnnxBytes,
  sha256Hex,
  versionOf,
  writeModelPackage
} from "./chunk-YNCSL7WP.js";
import "./chunk-HJIXDHLD.js";
import "./chunk-G6PV2Q2L.js";
import "./chunk-OQEQJUKG.js";
import "./chunk-TPMIUAPN.js";
import "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";
export {
  MANIFEST_FILE,
  MODEL_FILE,
  MODEL_FORMAT,
  MODEL_FORMAT_VERSION,
  PROFILE_FILE,
  onnxRecord,
  readModelPackage,
  readOnnxBytes,
  sha256Hex,
  versionOf,
  writeModelPackage
};
