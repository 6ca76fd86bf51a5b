import type { DataProfile } from '../../src/validate/profile.js';

/**
 * A profile without what legitimately differs between a single pass and parts combined: the timestamp, the
 * sources when `sources` is false (a merged part's own row count), and mean, m2 and sum, which Chan's formula
 * combines only to rounding: rounded to 12 digits, or dropped for a caller that compares them with a tolerance.
 */
export function comparableProfile(
  profile: DataProfile,
  options: { sources: boolean; moments: 'round' | 'drop' },
): unknown {
  const moment = (value: number) => (options.moments === 'drop' ? null : Number(value.toPrecision(12)));
  return {
    ...profile,
    createdAt: null,
    sources: options.sources ? profile.sources : null,
    columns: profile.columns.map((column) => ({
      ...column,
      numeric: {
        ...column.numeric,
        mean: moment(column.numeric.mean),
        m2: moment(column.numeric.m2),
        sum: moment(column.numeric.sum),
      },
    })),
  };
}
