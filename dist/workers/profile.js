import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  DuplicateRows,
  Profiler
} from "../chunks/chunk-FJQIBSTL.js";
import "../chunks/chunk-BJKSIHBC.js";
import {
  readCsvRange
} from "../chunks/chunk-J5PWEC6G.js";
import "../chunks/chunk-OQEQJUKG.js";
import {
  describeThrown
} from "../chunks/chunk-FCHSJP6A.js";
import "../chunks/chunk-NUEQ5RRT.js";

// src/validate/profile-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var request = workerData;
var port = parentPort;
async function main() {
  const profiler = new Profiler({
    stringColumns: new Set(request.stringColumns),
    fingerprintSlotBits: request.fingerprintSlotBits
  });
  profiler.expectRows(request.expectedRows);
  const result = await readCsvRange(
    request.path,
    profiler,
    { delimiter: request.delimiter },
    // A column with more distinct strings than are tracked makes the part unmergeable: give up early.
    { start: request.start, header: request.header, line: 1, onChunk: () => !profiler.saturated() }
  );
  if (result.interrupted || profiler.saturated()) return { kind: "unmergeable", reason: "too many distinct strings" };
  return { kind: "part", part: profiler.part() };
}
if (port !== null) {
  main().then(
    (reply) => {
      const transfer = [];
      if (reply.kind === "part") {
        const log = reply.part.rowLog;
        if (log !== void 0) transfer.push(...DuplicateRows.buffers(log));
      }
      port.postMessage(reply, transfer);
    },
    (error) => port.postMessage({ kind: "unmergeable", reason: describeThrown(error) })
  );
}
