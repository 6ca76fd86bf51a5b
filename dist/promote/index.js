import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  runAsGitHubAction
} from "../chunks/chunk-5HT3G54Z.js";
import {
  notImplemented
} from "../chunks/chunk-LFXWOOJH.js";
import "../chunks/chunk-OEHKQAJV.js";

// src/entries/promote.ts
await runAsGitHubAction("promote", notImplemented("promote"));
