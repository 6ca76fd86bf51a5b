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
  /** The positive list, then the ignore list, of one kind of ref (`key` names them as a workflow does). */
  const listed = (kind: string, key: string, name: string, only?: string[], ignore?: string[]) => {
    const show = (patterns: string[]) => `[${patterns.join(', ')}]`;
    if (only !== undefined && !included(only, name))
      return `${event} on ${ref}: ${kind} '${name}' is not in ${key} ${show(only)}`;
    if (ignore?.some((pattern) => matches(pattern, name)))
      return `${event} on ${ref}: ${kind} '${name}' is in ${key}-ignore ${show(ignore)}`;
    return undefined;
  };
  if (branch !== undefined) {
    // Only tag filters: GitHub runs the workflow for tags alone.
    if (!hasBranchFilter && hasTagFilter) return `${event} on ${ref}: the workflow filters tags only, not branches`;
    return listed('branch', 'branches', branch, filters.branches, filters.branchesIgnore);
  }
  if (tag !== undefined) {
    if (event !== 'push') return undefined;
    if (!hasTagFilter && hasBranchFilter) return `${event} on ${ref}: the workflow filters branches only, not tags`;
    return listed('tag', 'tags', tag, filters.tags, filters.tagsIgnore);
  }
  return undefined;
}
