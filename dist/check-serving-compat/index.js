import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  runAsGitHubAction
} from "../chunks/chunk-5HT3G54Z.js";
import {
  notImplemented
} from "../chunks/chunk-LFXWOOJH.js";
import "../chunks/chunk-OEHKQAJV.js";

// src/entries/check-serving-compat.ts
await runAsGitHubAction("check-serving-compat", notImplemented("check-serving-compat"));
