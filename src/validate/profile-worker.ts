/**
 * Worker thread of the parallel CSV profiler (see parallel.ts). It may be started before its request is known
 * (worker-start.ts), so the request comes as the first message. It profiles its run of segments from the one
 * it was given, claiming each next one, then steals unclaimed segments from the end of the main thread's run
 * backwards, posting each part; or it says why it could not. Asked to, it then takes the file's sha256 while the
 * main thread finishes the profile.
 */
import { parentPort } from 'node:worker_threads';
import { describeThrown } from '../core/errors.js';
import { fileSha256Blocking } from '../data/digest.js';
import {
  ABORT,
  FREE,
  NEVER,
  type PartReply,
  type PartRequest,
  profileSegments,
  UnmergeablePart,
  WORKER,
} from './parallel.js';
import { DuplicateRows } from './rowset.js';

const port = parentPort;

function post(reply: PartReply): void {
  const transfer: ArrayBuffer[] = [];
  if (reply.kind === 'segment') {
    const log = reply.result.part.rowLog;
    if (log !== undefined) transfer.push(...DuplicateRows.buffers(log));
  }
  port?.postMessage(reply, transfer);
}

async function run(request: PartRequest): Promise<void> {
  const claims = new Int32Array(request.claims);
  const control = new Int32Array(request.control);
  const aborted = () => Atomics.load(control, ABORT) !== 0;
  const claim = (segment: number) => Atomics.compareExchange(claims, segment, FREE, WORKER) === FREE;
  post({ kind: 'segment', result: await profileSegments(request, request.first, claim, aborted) });
  // A worker that takes the digest next leaves the rest of the main thread's run to it (see DIGEST_SPLIT).
  for (let segment = request.first - 1; !request.digest && segment > 0 && !aborted() && claim(segment); segment--) {
    // Even a part that does not end at a record end (a quoted field spans the cut) is posted: the main thread
    // absorbs the parts before it and reads the rest itself.
    post({ kind: 'segment', result: await profileSegments(request, segment, NEVER, aborted) });
  }
  post({ kind: 'done' });
}

port?.once('message', async (request: PartRequest) => {
  await run(request).catch((error: unknown) =>
    post({ kind: 'unmergeable', reason: error instanceof UnmergeablePart ? error.message : describeThrown(error) }),
  );
  if (!request.digest) return;
  let sha256: string | undefined;
  try {
    sha256 = fileSha256Blocking(request.path);
  } catch {
    // Unreadable now: the main thread reads the file itself when it needs the digest, and says why if it fails.
  }
  post({ kind: 'digest', sha256 });
});
