/**
 * GitHub's branch and tag filters (`on.push.branches`, `branches-ignore`, `tags`, `tags-ignore`,
 * `on.pull_request.branches`): a local run of a workflow that GitHub would not start for that ref is refused, so
 * "it ran here" never means "it would have run there". Patterns follow GitHub's filter cheat sheet: `*` stops at
 * `/`, `**` crosses it, a leading `!` in a positive list excludes what earlier patterns included.
 */
import picomatch from 'picomatch';

export interface RefFilters {
  branches?: string[];
  branchesIgnore?: string[];
  tags?: string[];
  tagsIgnore?: string[];
}

function matches(pattern: string, name: string): boolean {
  return picomatch.isMatch(name, pattern, { dot: true });
}

/** A positive list with `!` exclusions: the last pattern that matches decides. */
function included(patterns: string[], name: string): boolean {
  let result = false;
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      if (matches(pattern.slice(1), name)) result = false;
    } else if (matches(pattern, name)) {
      result = true;
    }
  }
  return result;
}

/**
 * Why the event on `ref` would not start the workflow, or undefined when it would. For pull_request the ref is
 * the base branch, as on GitHub.
 */
export function refFilterMismatch(event: string, ref: string, filters: RefFilters): string | undefined {
  const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
  const tag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
  const hasBranchFilter = filters.branches !== undefined || filters.branchesIgnore !== undefined;
  const hasTagFilter = filters.tags !== undefined || filters.tagsIgnore !== undefined;
  const show = (patterns: string[]) => `[${patterns.join(', ')}]`;
  if (branch !== undefined) {
    // Only tag filters: GitHub runs the workflow for tags alone.
    if (!hasBranchFilter && hasTagFilter) return `${event} on ${ref}: the workflow filters tags only, not branches`;
    if (filters.branches !== undefined && !included(filters.branches, branch))
      return `${event} on ${ref}: branch '${branch}' is not in branches ${show(filters.branches)}`;
    if (filters.branchesIgnore?.some((pattern) => matches(pattern, branch)))
      return `${event} on ${ref}: branch '${branch}' is in branches-ignore ${show(filters.branchesIgnore)}`;
    return undefined;
  }
  if (tag !== undefined) {
    if (event !== 'push') return undefined;
    if (!hasTagFilter && hasBranchFilter) return `${event} on ${ref}: the workflow filters branches only, not tags`;
    if (filters.tags !== undefined && !included(filters.tags, tag))
      return `${event} on ${ref}: tag '${tag}' is not in tags ${show(filters.tags)}`;
    if (filters.tagsIgnore?.some((pattern) => matches(pattern, tag)))
      return `${event} on ${ref}: tag '${tag}' is in tags-ignore ${show(filters.tagsIgnore)}`;
  }
  return undefined;
}
