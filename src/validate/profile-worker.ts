/**
 * Worker thread of the parallel CSV profiler (see parallel.ts): profiles the rows of one file from a record
 * boundary to its end and posts the resulting state, or says why it could not.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { describeThrown } from '../core/errors.js';
import { readCsvRange } from '../data/csv.js';
import type { PartReply, PartRequest } from './parallel.js';
import { Profiler } from './profile.js';
import { DuplicateRows } from './rowset.js';

const request = workerData as PartRequest;
const port = parentPort;

async function main(): Promise<PartReply> {
  const profiler = new Profiler({
    stringColumns: new Set(request.stringColumns),
    fingerprintSlotBits: request.fingerprintSlotBits,
  });
  profiler.expectRows(request.expectedRows);
  const result = await readCsvRange(
    request.path,
    profiler,
    { delimiter: request.delimiter },
    // A column with more distinct strings than are tracked makes the part unmergeable: give up early.
    { start: request.start, header: request.header, line: 1, onChunk: () => !profiler.saturated() },
  );
  if (result.interrupted || profiler.saturated()) return { kind: 'unmergeable', reason: 'too many distinct strings' };
  return { kind: 'part', part: profiler.part() };
}

if (port !== null) {
  main().then(
    (reply) => {
      const transfer: ArrayBuffer[] = [];
      if (reply.kind === 'part') {
        const log = reply.part.rowLog;
        if (log !== undefined) transfer.push(...DuplicateRows.buffers(log));
      }
      port.postMessage(reply, transfer);
    },
    (error: unknown) => port.postMessage({ kind: 'unmergeable', reason: describeThrown(error) } satisfies PartReply),
  );
}
