import type { LineageArtifact } from '../lineage/types.js';

/** What an orchestrator may do to the outside world; GitHub and the terminal each implement it. */
export interface ActionIO {
  /** The raw input as given (action input or CLI flag); undefined when not given or empty. */
  input(name: string): string | undefined;
  setOutput(name: string, value: string): void;
  /** Markdown for the job summary (GitHub) or nothing (terminal, which prints `report` instead). */
  summary(markdown: string): Promise<void>;
  /** Plain text for a person at a terminal or in the step log. */
  report(text: string): void;
  annotate(level: 'error' | 'warning' | 'notice', message: string, location?: { file: string; line?: number }): void;
  /** Machine-readable result for `--json`. */
  result(value: unknown): void;
  /**
   * Optional progress of long work: `done` of `total` units (`total` undefined when unknown); done ≥ total ends
   * the task. The terminal draws a bar, or prints a plain line per 10% or 5 s when not a TTY or in CI; GitHub's
   * adapter leaves it out. Call it as `io.progress?.(task, done, total)`, as often as you like.
   */
  progress?(task: string, done: number, total: number | undefined): void;
}

/** What a run used and produced, for the lineage record runOrchestrator appends (MLMD-shaped). */
export interface LineageInfo {
  /** Registry whose lineage store keeps the record; default `.mlops/registry`. */
  registry?: string;
  parameters?: Record<string, unknown>;
  inputs?: LineageArtifact[];
  outputs?: LineageArtifact[];
  previousModel?: string;
  metrics?: Record<string, number | null>;
  verdicts?: Array<{ kind: string; passed: boolean }>;
}

export interface ActionOutcome {
  passed: boolean;
  lineage?: LineageInfo;
}

export type Orchestrator = (io: ActionIO) => Promise<ActionOutcome>;

/** At most this many annotations per step: GitHub shows 10 errors and 10 warnings. */
export const MAX_ANNOTATIONS = 10;
