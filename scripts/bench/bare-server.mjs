/**
 * The serving benchmark's reference: a bare Node `http` server doing one onnxruntime-node inference per
 * request, with no validation, limits or metrics. It accepts the same body as `mlops serve`'s
 * /v1/models/{name}:predict, so the load generator sends identical requests to both.
 * Usage: node scripts/bench/bare-server.mjs <model-package-dir>   (prints "listening <port>")
 */
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import * as ort from 'onnxruntime-node';

const [packageDir] = process.argv.slice(2);
const manifest = JSON.parse(await readFile(path.join(packageDir, 'model.json'), 'utf8'));
const session = await ort.InferenceSession.create(path.join(packageDir, 'model.onnx'));
const features = manifest.inputs.map((input) => input.feature);
const output = manifest.outputs.probabilities ?? manifest.outputs.prediction;

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', async () => {
    try {
      const { instances } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const feeds = {};
      for (const feature of features) {
        feeds[feature] = new ort.Tensor(
          'float32',
          Float32Array.from(instances, (row) => row[feature] ?? Number.NaN),
          [instances.length, 1],
        );
      }
      const result = await session.run(feeds, [output]);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ predictions: Array.from(result[output].data) }));
    } catch (error) {
      res.writeHead(500);
      res.end(String(error));
    }
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
