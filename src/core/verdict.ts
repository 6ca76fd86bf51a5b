/** A verdict is data: every measurement is recorded, pass or fail; only an orchestrator turns a failure into a failed step. */
export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip';

export interface Check {
  /** Stable identifier, e.g. `schema.missing-column` or `drift.feature`. */
  check: string;
  status: CheckStatus;
  /** The measured value (a number, a count, or a short description). */
  value: number | string | boolean | null;
  /** The limit it was held against, when there is one. */
  threshold: number | string | null;
  message: string;
  /** The feature/column the check is about, when it is about one. */
  feature?: string;
  /** Where to look: example lines/values, each already shortened for display. */
  examples?: string[];
}

export interface Verdict {
  /** Which action produced it, e.g. `validate-data`. */
  kind: string;
  passed: boolean;
  checks: Check[];
  createdAt: string;
}

export function worstStatus(checks: readonly Check[]): CheckStatus {
  if (checks.some((c) => c.status === 'fail')) return 'fail';
  if (checks.some((c) => c.status === 'warn')) return 'warn';
  if (checks.every((c) => c.status === 'skip') && checks.length > 0) return 'skip';
  return 'pass';
}
