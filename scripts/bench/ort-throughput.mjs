/**
 * Raw onnxruntime-node in-process predictions/s at a given batch size, for the serving benchmark's (a).
 * Usage: node scripts/bench/ort-throughput.mjs <model-package-dir> <batch> <seconds>   (prints JSON)
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as ort from 'onnxruntime-node';

const [packageDir, batchText, secondsText] = process.argv.slice(2);
const batch = Number(batchText);
const seconds = Number(secondsText);
const manifest = JSON.parse(await readFile(path.join(packageDir, 'model.json'), 'utf8'));
const session = await ort.InferenceSession.create(path.join(packageDir, 'model.onnx'));
const feeds = {};
for (const input of manifest.inputs) {
  feeds[input.tensor] = new ort.Tensor(
    'float32',
    Float32Array.from({ length: batch }, () => Math.random()),
    [batch, 1],
  );
}
const output = [manifest.outputs.probabilities ?? manifest.outputs.prediction];
for (let i = 0; i < 200; i++) await session.run(feeds, output);
let rows = 0;
const started = process.hrtime.bigint();
const deadline = started + BigInt(Math.round(seconds * 1e9));
while (process.hrtime.bigint() < deadline) {
  await session.run(feeds, output);
  rows += batch;
}
const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(`${JSON.stringify({ batch, predictionsPerSecond: rows / elapsed })}\n`);
