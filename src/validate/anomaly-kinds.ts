// No imports: scripts/build.mjs loads this file to list the kinds in the mlops.yml schema.
export const ANOMALY_KINDS = [
  'missing-column',
  'unexpected-column',
  'duplicate-column',
  'type-mismatch',
  'unseen-category',
  'out-of-range',
  'non-finite',
  'too-many-missing',
  'empty-file',
  'header-only',
  'ragged-rows',
  'too-few-rows',
  'row-count-change',
  'duplicate-rows',
  'constant-column',
  'single-class',
  'leaked-rows',
] as const;
export type AnomalyKind = (typeof ANOMALY_KINDS)[number];
