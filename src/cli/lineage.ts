import { parseArgs } from 'node:util';
import { EXIT_CONFIGURATION, EXIT_INTERNAL } from '../actions/run.js';
import { ConfigurationError, describeThrown } from '../core/errors.js';
import { renderChain, renderStageHistory } from '../lineage/render.js';
import { lineageStoreFor, openRegistry } from '../registry/open.js';
import { STAGES, type Stage } from '../registry/types.js';

const HELP = {
  lineage: `mlops lineage: the chain of runs from the training data to deployment for one model version.

Usage: mlops lineage <sha256:version | stage> [--registry DIR] [--json]

A stage (dev, staging, production) stands for the version it runs now. Default registry: .mlops/registry.`,
  history: `mlops history: what each stage ran, from when, promoted by whom and why.

Usage: mlops history [<stage>] [--registry DIR] [--json]

Without a stage, every stage. Default registry: .mlops/registry.`,
};

/** `mlops lineage` and `mlops history`: read-only views of the registry and its lineage store. */
export async function lineageCommand(command: 'lineage' | 'history', argv: readonly string[]): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { registry: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    process.stderr.write(
      `mlops ${command}: ${(error as Error).message.split('\n')[0]}; see 'mlops ${command} --help'\n`,
    );
    return EXIT_CONFIGURATION;
  }
  const values = parsed.values as { registry?: string; json?: boolean; help?: boolean };
  if (values.help === true) {
    process.stdout.write(`${HELP[command]}\n`);
    return 0;
  }
  try {
    const registry = openRegistry(values.registry ?? '.mlops/registry');
    const [target, ...extra] = parsed.positionals;
    if (extra.length > 0)
      throw new ConfigurationError(`mlops ${command}: give one ${command === 'lineage' ? 'version' : 'stage'}`);
    if (command === 'history') {
      if (target !== undefined && !(STAGES as readonly string[]).includes(target)) {
        throw new ConfigurationError(`mlops history: "${target}" is not a stage (${STAGES.join(', ')})`);
      }
      const stages = target === undefined ? [...STAGES] : [target as Stage];
      const histories = await Promise.all(
        stages.map(async (stage) => ({ stage, events: await registry.history(stage) })),
      );
      if (values.json === true) process.stdout.write(`${JSON.stringify(histories, null, 2)}\n`);
      else
        process.stdout.write(
          `${histories.map(({ stage, events }) => renderStageHistory(events, stage)).join('\n\n')}\n`,
        );
      return 0;
    }
    if (target === undefined) throw new ConfigurationError('mlops lineage: give a version (sha256:…) or a stage');
    const version = (STAGES as readonly string[]).includes(target) ? await registry.current(target as Stage) : target;
    if (version === undefined) throw new ConfigurationError(`mlops lineage: stage ${target} runs no model yet`);
    const chain = await lineageStoreFor(registry, '.mlops/lineage').chain(version);
    if (values.json === true) process.stdout.write(`${JSON.stringify(chain, null, 2)}\n`);
    else process.stdout.write(`${renderChain(chain)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`mlops ${command}: error: ${describeThrown(error)}\n`);
    return error instanceof ConfigurationError ? EXIT_CONFIGURATION : EXIT_INTERNAL;
  }
}
