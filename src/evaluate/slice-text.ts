import { ConfigurationError } from '../core/errors.js';
import type { FeatureSlicing, SliceSpec } from './slices.js';

/**
 * The one-line slice syntax of the `slices` input: `country` (one slice per value), `age: 18, 30, 65`
 * (numeric buckets at those boundaries), and crosses joined by `&`: `country & age: 18, 65`.
 */
export function parseSliceLine(line: string): SliceSpec {
  const parts = line
    .split('&')
    .map((part) => part.trim())
    .map(parseFeaturePart(line));
  if (parts.length === 1) return parts[0] as FeatureSlicing;
  return { cross: parts.map((part) => ('buckets' in part ? part : part.feature)) };
}

function parseFeaturePart(line: string) {
  return (part: string): FeatureSlicing => {
    const [name, boundaries] = part.split(':', 2).map((text) => text.trim());
    if (name === undefined || name === '') {
      throw new ConfigurationError(
        `slices: "${line}" has an empty feature name; write e.g. "country", "age: 18, 65" or "country & plan"`,
      );
    }
    if (boundaries === undefined) return { feature: name };
    const buckets = boundaries
      .split(/[\s,]+/)
      .filter((text) => text !== '')
      .map(Number);
    if (buckets.length === 0 || buckets.some((value) => !Number.isFinite(value))) {
      throw new ConfigurationError(
        `slices: "${line}": bucket boundaries after ":" must be numbers, e.g. "age: 18, 30, 65"`,
      );
    }
    return { feature: name, buckets };
  };
}

/** Slices from mlops.yml: strings in the line syntax, or objects as the JSON Schema describes. */
export function parseSliceConfig(value: unknown): SliceSpec[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string')
    return value
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map(parseSliceLine);
  if (!Array.isArray(value)) throw new ConfigurationError('mlops.yml: evaluate.slices must be a list');
  return value.map((item) => (typeof item === 'string' ? parseSliceLine(item) : (item as SliceSpec)));
}
