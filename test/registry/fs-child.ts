// A writer process for the registry's multi-process tests, bundled by esbuild in the test (fs-concurrency.test.ts).
import { FsRegistry } from '../../src/registry/fs.js';
import { ConcurrentUpdateError, type Stage } from '../../src/registry/types.js';

const [mode = '', root = '', ...rest] = process.argv.slice(2);
const registry = new FsRegistry(root, { timeoutMs: 25_000 });

async function promote(worker: string, count: number, versions: string[]): Promise<void> {
  let done = 0;
  let conflicts = 0;
  while (done < count) {
    // Read, decide, then CAS: the window between the read and the write is where other writers interleave.
    const current = (await registry.current('production')) ?? null;
    const candidates = versions.filter((version) => version !== current);
    const version = candidates[(done + Number(worker)) % candidates.length] ?? '';
    try {
      await registry.moveAlias({
        stage: 'production',
        version,
        previous: current,
        action: 'promote',
        reason: `worker ${worker} move ${done}`,
        actor: `worker-${worker}`,
        at: new Date().toISOString(),
        evidence: [],
        outcome: 'success',
      });
      done++;
    } catch (error) {
      if (!(error instanceof ConcurrentUpdateError)) throw error;
      conflicts++;
    }
  }
  process.stdout.write(JSON.stringify({ worker, done, conflicts }));
}

async function main(): Promise<void> {
  if (mode === 'promote') {
    const [worker = '0', count = '0', versions = ''] = rest;
    await promote(worker, Number(count), versions.split(','));
  } else if (mode === 'move') {
    const [stage = '', version = '', previous = ''] = rest;
    await registry.moveAlias({
      stage: stage as Stage,
      version,
      previous: previous === 'null' ? null : previous,
      action: 'promote',
      reason: 'child move',
      actor: 'child',
      at: new Date().toISOString(),
      evidence: [],
      outcome: 'success',
    });
  } else if (mode === 'register') {
    await registry.register(rest[0] ?? '');
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
}

await main();
