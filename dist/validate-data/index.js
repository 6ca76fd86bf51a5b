import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  runValidateData
} from "../chunks/chunk-JDRZHKFD.js";
import {
  runAsGitHubAction
} from "../chunks/chunk-5HT3G54Z.js";
import "../chunks/chunk-LFXWOOJH.js";
import "../chunks/chunk-OEHKQAJV.js";

// src/entries/validate-data.ts
await runAsGitHubAction("validate-data", runValidateData);
