/**
 * The reference for evaluate's scoring: raw onnxruntime-node batch inference on the same model and rows.
 * The tensors are built before the clock starts, so only session.run is timed.
 * Usage: node scripts/bench/ort-raw.mjs <model-package-dir> <data.csv> <batch-size>   (prints JSON)
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as ort from 'onnxruntime-node';

const [packageDir, dataFile, batchText] = process.argv.slice(2);
const batchSize = Number(batchText);
const manifest = JSON.parse(await readFile(path.join(packageDir, 'model.json'), 'utf8'));
const [header, ...lines] = (await readFile(dataFile, 'utf8')).trim().split('\n');
const columns = header.split(',');
const rows = lines.map((line) => line.split(','));
const session = await ort.InferenceSession.create(path.join(packageDir, 'model.onnx'));
const batches = [];
for (let start = 0; start < rows.length; start += batchSize) {
  const slice = rows.slice(start, start + batchSize);
  const feeds = {};
  for (const input of manifest.inputs) {
    const at = columns.indexOf(input.feature);
    feeds[input.tensor] =
      input.dtype === 'string'
        ? new ort.Tensor(
            'string',
            slice.map((row) => row[at] ?? ''),
            [slice.length, 1],
          )
        : new ort.Tensor(
            'float32',
            Float32Array.from(slice, (row) => (row[at] === '' ? Number.NaN : Number(row[at]))),
            [slice.length, 1],
          );
  }
  batches.push(feeds);
}
const wanted = [manifest.outputs.probabilities ?? manifest.outputs.prediction];
const started = process.hrtime.bigint();
for (const feeds of batches) await session.run(feeds, wanted);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(`${JSON.stringify({ rows: rows.length, seconds, rowsPerSecond: rows.length / seconds })}\n`);
