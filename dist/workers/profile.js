import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  ABORT,
  FREE,
  NEVER,
  UnmergeablePart,
  WORKER,
  profileSegments
} from "../chunks/chunk-QGGKCVG6.js";
import {
  DuplicateRows
} from "../chunks/chunk-QTAPR7R5.js";
import "../chunks/chunk-KHYRHHGG.js";
import "../chunks/chunk-5BLKW2OX.js";
import "../chunks/chunk-IX446UGZ.js";
import "../chunks/chunk-OQEQJUKG.js";
import {
  fileSha256Blocking
} from "../chunks/chunk-TPMIUAPN.js";
import "../chunks/chunk-NPMBRSQQ.js";
import {
  describeThrown
} from "../chunks/chunk-FCHSJP6A.js";
import "../chunks/chunk-NUEQ5RRT.js";

// src/validate/profile-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
function post(reply) {
  const transfer = [];
  if (reply.kind === "segment") {
    const log = reply.result.part.rowLog;
    if (log !== void 0) transfer.push(...DuplicateRows.buffers(log));
  }
  port?.postMessage(reply, transfer);
}
async function run(request) {
  const claims = new Int32Array(request.claims);
  const control = new Int32Array(request.control);
  const aborted = () => Atomics.load(control, ABORT) !== 0;
  const claim = (segment) => Atomics.compareExchange(claims, segment, FREE, WORKER) === FREE;
  post({ kind: "segment", result: await profileSegments(request, request.first, claim, aborted) });
  for (let segment = request.first - 1; !request.digest && segment > 0 && !aborted() && claim(segment); segment--) {
    post({ kind: "segment", result: await profileSegments(request, segment, NEVER, aborted) });
  }
  post({ kind: "done" });
}
port?.once("message", async (request) => {
  await run(request).catch(
    (error) => post({ kind: "unmergeable", reason: error instanceof UnmergeablePart ? error.message : describeThrown(error) })
  );
  if (!request.digest) return;
  let sha256;
  try {
    sha256 = fileSha256Blocking(request.path);
  } catch {
  }
  post({ kind: "digest", sha256 });
});
