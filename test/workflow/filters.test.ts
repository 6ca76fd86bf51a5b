import { describe, expect, it } from 'vitest';
import { type RefFilters, refFilterMismatch } from '../../src/workflow/filters.js';

// Expected outcomes follow GitHub's "Filter pattern cheat sheet" (docs.github.com, workflow syntax):
// `*` does not match `/`, `**` does, `!` in a positive list excludes, and a workflow with only tag filters
// does not run for branches (and the reverse).
const cases: Array<{ name: string; event: string; ref: string; filters: RefFilters; runs: boolean; why?: RegExp }> = [
  { name: 'no filters run everywhere', event: 'push', ref: 'refs/heads/anything', filters: {}, runs: true },
  { name: 'exact branch', event: 'push', ref: 'refs/heads/dev', filters: { branches: ['dev', 'dev/**'] }, runs: true },
  {
    name: '** crosses /',
    event: 'push',
    ref: 'refs/heads/dev/a/b',
    filters: { branches: ['dev/**'] },
    runs: true,
  },
  {
    name: '* stops at /',
    event: 'push',
    ref: 'refs/heads/dev/a/b',
    filters: { branches: ['dev/*'] },
    runs: false,
    why: /'dev\/a\/b' is not in branches \[dev\/\*\]/,
  },
  {
    name: 'main is not a dev branch',
    event: 'push',
    ref: 'refs/heads/main',
    filters: { branches: ['dev', 'dev/**'] },
    runs: false,
    why: /branch 'main' is not in branches \[dev, dev\/\*\*\]/,
  },
  {
    name: 'a later ! excludes',
    event: 'push',
    ref: 'refs/heads/releases/10-beta',
    filters: { branches: ['releases/**', '!releases/**-beta'] },
    runs: false,
  },
  {
    name: 'an include after ! re-includes',
    event: 'push',
    ref: 'refs/heads/releases/10-beta',
    filters: { branches: ['releases/**', '!releases/**-beta', 'releases/10-beta'] },
    runs: true,
  },
  {
    name: 'branches-ignore',
    event: 'push',
    ref: 'refs/heads/wip/x',
    filters: { branchesIgnore: ['wip/**'] },
    runs: false,
    why: /in branches-ignore/,
  },
  {
    name: 'tags only: a branch push does not run',
    event: 'push',
    ref: 'refs/heads/main',
    filters: { tags: ['v*'] },
    runs: false,
    why: /filters tags only/,
  },
  { name: 'tag matches', event: 'push', ref: 'refs/tags/v1.2.0', filters: { tags: ['v*'] }, runs: true },
  {
    name: 'branches only: a tag push does not run',
    event: 'push',
    ref: 'refs/tags/v1.2.0',
    filters: { branches: ['main'] },
    runs: false,
    why: /filters branches only/,
  },
  {
    name: 'tags-ignore',
    event: 'push',
    ref: 'refs/tags/v1.2.0-rc1',
    filters: { tagsIgnore: ['*-rc*'] },
    runs: false,
  },
  {
    name: 'pull_request base branch',
    event: 'pull_request',
    ref: 'refs/heads/main',
    filters: { branches: ['main'] },
    runs: true,
  },
];

describe('GitHub branch and tag filters', () => {
  it.each(cases)('$name', ({ event, ref, filters, runs, why }) => {
    const mismatch = refFilterMismatch(event, ref, filters);
    if (runs) expect(mismatch).toBeUndefined();
    else {
      expect(mismatch).toBeDefined();
      if (why !== undefined) expect(mismatch).toMatch(why);
    }
  });
});
