/**
 * Security rules for workflows (zizmor / OpenSSF Scorecard / GitHub's secure-use guide), as data: each rule
 * reads the parser's token tree and returns findings that say where and what to change.
 */
import path from 'node:path';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import type { ParsedWorkflow } from './parse.js';
import { entries, expressionOf, expressionsIn, get, items, literal, sourceText, text } from './tokens.js';

export interface Finding {
  rule: string;
  file: string;
  line: number;
  message: string;
  fix: string;
}

interface StepInfo {
  job: string;
  token: TemplateToken;
  uses: string | undefined;
  line: number;
}

export interface LintTarget {
  workflow: ParsedWorkflow;
  lines: string[];
  jobs: Array<[string, TemplateToken]>;
  steps: StepInfo[];
  events: string[];
}

export interface Rule {
  id: string;
  description: string;
  check(target: LintTarget): Array<Omit<Finding, 'rule' | 'file'>>;
}

/** Contexts an attacker can write (a PR title, a branch name, a caller's input, an earlier step's output). */
const UNTRUSTED =
  /\b(github\s*\.\s*event(?!\w)|github\s*\.\s*head_ref\b|inputs\s*[.[]|steps\s*\.\s*[\w-]+\s*\.\s*outputs\b|needs\s*\.\s*[\w-]+\s*\.\s*outputs\b)/i;

function withoutStrings(expression: string): string {
  return expression.replace(/'(?:[^']|'')*'/g, "''");
}

export function untrusted(expression: string): boolean {
  return UNTRUSTED.test(withoutStrings(expression));
}

const SHA = /^[0-9a-f]{40}$/;
const PLACEHOLDER = /^OWNER\/mlops-actions\/.+@0{40}$/;

function actionName(uses: string): string {
  return uses.split('@')[0]!.toLowerCase();
}

function isOwnReference(uses: string): boolean {
  return uses.startsWith('$/') || uses.startsWith('./') || PLACEHOLDER.test(uses);
}

function withValue(step: TemplateToken, key: string): TemplateToken | undefined {
  return get(get(step, 'with'), key);
}

function lineOf(token: TemplateToken | undefined, fallback = 1): number {
  return token?.line ?? fallback;
}

/** A `|` or `>` scalar starts on the line after its key. */
function blockScalar(token: TemplateToken): boolean {
  return 'blockScalarHeader' in token && typeof token.blockScalarHeader === 'string' && token.blockScalarHeader !== '';
}

const WRITE_LEVELS = new Set(['write']);

export const RULES: Rule[] = [
  {
    id: 'workflow-permissions',
    description: 'top-level `permissions:` present and read-only (or `{}`)',
    check: ({ workflow }) => {
      const permissions = get(workflow.root, 'permissions');
      if (permissions === undefined)
        return [
          {
            line: 1,
            message: 'no top-level `permissions:`: jobs get the repository default token scopes, possibly write-all',
            fix: 'add `permissions: {}` (or `contents: read`) at the top and grant write scopes on the jobs that need them',
          },
        ];
      const all = text(permissions);
      if (all !== undefined)
        return all === 'read-all'
          ? []
          : [
              {
                line: lineOf(permissions),
                message: `top-level \`permissions: ${all}\``,
                fix: 'use `permissions: {}` or read scopes at the top',
              },
            ];
      return entries(permissions)
        .filter(([, level]) => WRITE_LEVELS.has(String(literal(level))))
        .map(([scope, level]) => ({
          line: lineOf(level),
          message: `top-level \`permissions\` grants \`${scope}: write\` to every job`,
          fix: `move \`${scope}: write\` to the jobs that need it`,
        }));
    },
  },
  {
    id: 'job-permissions',
    description: 'jobs name their write scopes (no `write-all`)',
    check: ({ jobs }) =>
      jobs.flatMap(([id, job]) => {
        const permissions = get(job, 'permissions');
        return text(permissions) === 'write-all'
          ? [
              {
                line: lineOf(permissions),
                message: `job \`${id}\` has \`permissions: write-all\``,
                fix: 'list only the scopes the job needs, e.g. `deployments: write`',
              },
            ]
          : [];
      }),
  },
  {
    id: 'untrusted-expression-in-run',
    description: `no \`\${{ }}\` of untrusted values inside \`run:\` (script injection)`,
    check: ({ steps }) =>
      steps.flatMap((step) => {
        const run = get(step.token, 'run');
        if (run === undefined) return [];
        return expressionsIn(run)
          .filter(({ expression }) => untrusted(expression))
          .map(({ expression, line }) => ({
            line,
            message: `\`\${{ ${expression} }}\` is expanded into the script of job \`${step.job}\` before bash runs it`,
            fix: `pass it through \`env:\` (e.g. \`env: VALUE: \${{ … }}\`) and use "$VALUE" in the script`,
          }));
      }),
  },
  {
    id: 'pinned-actions',
    description: 'third-party actions pinned to a full commit SHA with a `# vX.Y.Z` comment',
    check: ({ steps, jobs, lines }) => {
      const uses: Array<{ value: string; line: number }> = [
        ...steps.flatMap((step) => (step.uses === undefined ? [] : [{ value: step.uses, line: step.line }])),
        ...jobs.flatMap(([, job]) => {
          const value = text(get(job, 'uses'));
          return value === undefined ? [] : [{ value, line: lineOf(get(job, 'uses')) }];
        }),
      ];
      return uses.flatMap(({ value, line }) => {
        if (isOwnReference(value)) return [];
        if (value.startsWith('docker://'))
          return value.includes('@sha256:')
            ? []
            : [
                {
                  line,
                  message: `\`${value}\` is not pinned by digest`,
                  fix: 'pin the image: `docker://image@sha256:…`',
                },
              ];
        const ref = value.split('@')[1] ?? '';
        if (!SHA.test(ref))
          return [
            {
              line,
              message: `\`${value}\` is not pinned to a commit SHA: a moved tag runs other code with this job's token`,
              fix: 'use the full 40-character commit SHA of the release, followed by a `# vX.Y.Z` comment',
            },
          ];
        if (!/#\s*v?\d+(\.\d+)*/.test(lines[line - 1] ?? ''))
          return [
            {
              line,
              message: `\`${value}\` has no version comment`,
              fix: 'add `# vX.Y.Z` after the SHA so that reviewers and Dependabot know the release',
            },
          ];
        return [];
      });
    },
  },
  {
    id: 'checkout-credentials',
    description: '`actions/checkout` with `persist-credentials: false`',
    check: ({ steps }) =>
      steps
        .filter((step) => step.uses !== undefined && actionName(step.uses) === 'actions/checkout')
        .filter((step) => String(literal(withValue(step.token, 'persist-credentials'))) !== 'false')
        .map((step) => ({
          line: step.line,
          message: `checkout in job \`${step.job}\` leaves the token in .git/config, readable by every later step`,
          fix: 'add `with: persist-credentials: false`',
        })),
  },
  {
    id: 'privileged-trigger-checkout',
    description: 'no `pull_request_target` / `workflow_run` that checks out or runs PR code',
    check: ({ events, steps }) => {
      if (!events.includes('pull_request_target') && !events.includes('workflow_run')) return [];
      const headRef = /pull_request\s*\.\s*head|head_ref|workflow_run\s*\.\s*head|refs\/pull\//i;
      return steps.flatMap((step) => {
        const findings: Array<Omit<Finding, 'rule' | 'file'>> = [];
        if (step.uses !== undefined && actionName(step.uses) === 'actions/checkout') {
          const ref = sourceText(withValue(step.token, 'ref')) ?? '';
          const repository = sourceText(withValue(step.token, 'repository')) ?? '';
          if (headRef.test(ref) || /head\s*\.\s*repo/i.test(repository))
            findings.push({
              line: step.line,
              message: `job \`${step.job}\` checks out the pull request's code in a privileged workflow (${events.join(', ')})`,
              fix: 'run untrusted code in a `pull_request` workflow and pass results to the privileged one as an artifact treated as data',
            });
        }
        const run = sourceText(get(step.token, 'run')) ?? '';
        if (/gh\s+pr\s+checkout|git\s+(fetch|checkout)[^\n]*(pull\/|head_ref|HEAD_REF)/.test(run))
          findings.push({
            line: step.line,
            message: `job \`${step.job}\` fetches pull request code in a privileged workflow`,
            fix: 'never check out PR code under pull_request_target / workflow_run',
          });
        return findings;
      });
    },
  },
  {
    id: 'no-cache-in-release',
    description: 'no cache restore in staging / production / deploy workflows (cache poisoning)',
    check: ({ workflow, steps }) => {
      const name = `${path.basename(workflow.file)} ${text(get(workflow.root, 'name')) ?? ''}`;
      if (!/staging|production|deploy|release/i.test(name)) return [];
      return steps.flatMap((step) => {
        if (step.uses === undefined) return [];
        const action = actionName(step.uses);
        if (action === 'actions/cache' || action.startsWith('actions/cache/'))
          return [
            {
              line: step.line,
              message: `\`${action}\` in a release workflow: a poisoned cache entry from any branch would ship`,
              fix: 'remove the cache from this workflow',
            },
          ];
        if (/^actions\/setup-/.test(action) && withValue(step.token, 'cache') !== undefined)
          return [
            {
              line: lineOf(withValue(step.token, 'cache'), step.line),
              message: `\`${action}\` restores a dependency cache in a release workflow`,
              fix: 'remove `cache:` from this step',
            },
          ];
        return [];
      });
    },
  },
  {
    id: 'production-concurrency',
    description: 'jobs deploying to production have a `concurrency` group that never cancels one in progress',
    check: ({ workflow, jobs }) =>
      jobs.flatMap(([id, job]) => {
        const environment = get(job, 'environment');
        const name = get(environment, 'name') ?? environment;
        if (name === undefined) return [];
        const value = sourceText(name) ?? '';
        const dynamic = expressionOf(name) !== undefined;
        if (!dynamic && !/^production$/i.test(value)) return [];
        const concurrency = get(job, 'concurrency') ?? get(workflow.root, 'concurrency');
        if (concurrency === undefined)
          return [
            {
              line: lineOf(environment),
              message: `job \`${id}\` deploys to ${dynamic ? `\`${value}\` (possibly production)` : 'production'} without a concurrency group`,
              fix: 'add `concurrency: { group: deploy-<environment>, cancel-in-progress: false }`',
            },
          ];
        const cancel = get(concurrency, 'cancel-in-progress');
        if (cancel !== undefined && literal(cancel) !== false)
          return [
            {
              line: lineOf(cancel),
              message: `job \`${id}\`'s concurrency may cancel a deployment in progress`,
              fix: 'set `cancel-in-progress: false`',
            },
          ];
        return [];
      }),
  },
  {
    id: 'untrusted-github-env',
    description: 'nothing untrusted written to GITHUB_ENV / GITHUB_PATH',
    check: ({ steps, jobs }) =>
      steps.flatMap((step) => {
        const run = get(step.token, 'run');
        const script = sourceText(run);
        if (script === undefined || !/GITHUB_(ENV|PATH)/.test(script)) return [];
        const job = jobs.find(([id]) => id === step.job)?.[1];
        const tainted = new Set(
          [...entries(get(job, 'env')), ...entries(get(step.token, 'env'))]
            .filter(([, value]) => expressionsIn(value).some(({ expression }) => untrusted(expression)))
            .map(([name]) => name),
        );
        const findings: Array<Omit<Finding, 'rule' | 'file'>> = [];
        script.split('\n').forEach((line, index) => {
          if (!/GITHUB_(ENV|PATH)/.test(line)) return;
          const variables = [...line.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!);
          if (line.includes('${{') || variables.some((variable) => tainted.has(variable)))
            findings.push({
              line: (run?.line ?? step.line) + index + (run !== undefined && blockScalar(run) ? 1 : 0),
              message: `job \`${step.job}\` writes an untrusted value to GITHUB_ENV/GITHUB_PATH: it can set LD_PRELOAD, NODE_OPTIONS or PATH for every later step`,
              fix: 'write untrusted values to GITHUB_OUTPUT (or a file) and validate them before use',
            });
        });
        return findings;
      }),
  },
  {
    id: 'reusable-input-types',
    description: 'reusable workflow inputs are string, number or boolean',
    check: ({ workflow }) => {
      const on = get(workflow.root, 'on');
      return entries(get(get(on, 'workflow_call'), 'inputs')).flatMap(([name, spec]) => {
        const type = text(get(spec, 'type'));
        return type === 'string' || type === 'number' || type === 'boolean'
          ? []
          : [
              {
                line: lineOf(get(spec, 'type') ?? spec),
                message: `input \`${name}\` has type \`${type ?? 'none'}\``,
                fix: 'use string, number or boolean (pass lists and objects as JSON strings)',
              },
            ];
      });
    },
  },
];

export function lintTarget(workflow: ParsedWorkflow): LintTarget {
  const jobs = entries(get(workflow.root, 'jobs'));
  const steps = jobs.flatMap(([job, token]) =>
    items(get(token, 'steps')).map((step) => {
      const uses = get(step, 'uses');
      return { job, token: step, uses: text(uses), line: uses?.line ?? step.line ?? 1 };
    }),
  );
  const on = get(workflow.root, 'on');
  const events =
    text(on) !== undefined
      ? [text(on)!]
      : items(on).length > 0
        ? items(on).map((item) => text(item) ?? '')
        : entries(on).map(([name]) => name);
  return { workflow, lines: workflow.content.split('\n'), jobs, steps, events };
}

export function lintWorkflow(workflow: ParsedWorkflow, rules: Rule[] = RULES): Finding[] {
  const target = lintTarget(workflow);
  return rules.flatMap((rule) =>
    rule.check(target).map((finding) => ({ rule: rule.id, file: workflow.file, ...finding })),
  );
}
