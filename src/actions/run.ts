import { ConfigurationError, describeThrown } from '../core/errors.js';
import type { ActionIO, ActionOutcome, LineageInfo, Orchestrator } from './io.js';

export const EXIT_PASSED = 0;
export const EXIT_GATE_FAILED = 1;
export const EXIT_CONFIGURATION = 2;
export const EXIT_INTERNAL = 3;

export interface RunFailure {
  kind: 'configuration' | 'internal';
  message: string;
  stack?: string;
}

/**
 * The one outer catch. A gate failure is a verdict (exit 1); a ConfigurationError says what the user must
 * change (exit 2); anything else, including a thrown non-Error, is an internal failure (exit 3) and never
 * leaves a step green.
 */
export async function runOrchestrator(
  orchestrator: Orchestrator,
  io: ActionIO,
  component = 'mlops',
): Promise<{ exitCode: number; failure?: RunFailure }> {
  const startedAt = new Date();
  try {
    const outcome = await orchestrator(io);
    if (outcome.lineage !== undefined) await recordLineage(io, component, outcome, startedAt);
    return { exitCode: outcome.passed ? EXIT_PASSED : EXIT_GATE_FAILED };
  } catch (thrown) {
    if (thrown instanceof ConfigurationError) {
      return { exitCode: EXIT_CONFIGURATION, failure: { kind: 'configuration', message: describeThrown(thrown) } };
    }
    const stack = thrown instanceof Error ? thrown.stack : undefined;
    return {
      exitCode: EXIT_INTERNAL,
      failure: {
        kind: 'internal',
        message: `internal error (please report it with the log): ${describeThrown(thrown)}`,
        ...(stack === undefined ? {} : { stack }),
      },
    };
  }
}

/**
 * Appends the run's lineage record. Lineage is a record of what happened, not a gate: a store that cannot be
 * written is reported and the step keeps its verdict.
 */
async function recordLineage(io: ActionIO, component: string, outcome: ActionOutcome, startedAt: Date): Promise<void> {
  const lineage = outcome.lineage as LineageInfo;
  try {
    const { openRegistry, lineageStoreFor } = await import('../registry/open.js');
    const { buildLineageRecord } = await import('../lineage/store.js');
    const store = lineageStoreFor(openRegistry(lineage.registry ?? '.mlops/registry'), '.mlops/lineage');
    const { registry: _registry, ...details } = lineage;
    await store.append(
      buildLineageRecord({
        component,
        startedAt,
        endedAt: new Date(),
        status: outcome.passed ? 'passed' : 'failed',
        ...details,
      }),
    );
  } catch (error) {
    io.report(`lineage: the run was not recorded (${describeThrown(error, 200)})`);
  }
}
