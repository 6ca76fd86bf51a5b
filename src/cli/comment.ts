import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT_CONFIGURATION, EXIT_INTERNAL } from '../actions/run.js';
import { ConfigurationError, describeThrown } from '../core/errors.js';
import { type UpsertCommentResult, upsertComment } from '../github/comments.js';
import { GithubClient } from '../github/rest.js';
import { MAX_COMMENT_CHARACTERS, parseCommentMarker, renderPrComment } from '../report/pr-comment.js';
import { loadRunSummary, runModel } from '../report/run-summary.js';

const HELP = `mlops comment: the pull-request comment for a pipeline run, written to a file and optionally posted.

Usage: mlops comment [<run-dir> | <comment.md>] [options]

  <run-dir>              the run's output directory (default .mlops)
  <comment.md>           a comment written earlier (a fork PR's artifact), posted as it is with --post
  --workflow NAME        the workflow the comment belongs to (default $GITHUB_WORKFLOW, else "mlops")
  --model NAME           the model it is about (default: the model the run names)
  --output FILE          where to write the markdown (default <run-dir>/pr-comment.md)
  --run-url URL          link to the workflow run (default: from GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID)
  --post                 create the comment on the pull request, or update the one this workflow and model wrote
  --repository O/R       with --post (default $GITHUB_REPOSITORY)
  --pr N                 with --post (default: the pull request of $GITHUB_EVENT_PATH)
  --token-env NAME       environment variable holding the token (default GITHUB_TOKEN); the job needs
                         \`pull-requests: write\` (or \`issues: write\`)
  --json                 print what was done as JSON

One comment per workflow and model: its hidden first line identifies it, so later runs edit it in place.`;

interface CommentValues {
  workflow?: string;
  model?: string;
  output?: string;
  'run-url'?: string;
  post?: boolean;
  repository?: string;
  pr?: string;
  'token-env'?: string;
  json?: boolean;
  help?: boolean;
}

/** `mlops comment`: what the workflows upload as an artifact, and what a privileged workflow posts for forks. */
export async function commentCommand(argv: readonly string[]): Promise<number> {
  let values: CommentValues;
  let positionals: string[];
  try {
    const parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        workflow: { type: 'string' },
        model: { type: 'string' },
        output: { type: 'string' },
        'run-url': { type: 'string' },
        post: { type: 'boolean' },
        repository: { type: 'string' },
        pr: { type: 'string' },
        'token-env': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
    values = parsed.values;
    positionals = parsed.positionals;
  } catch (error) {
    process.stderr.write(
      `mlops comment: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}; see 'mlops comment --help'\n`,
    );
    return EXIT_CONFIGURATION;
  }
  if (values.help === true) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  try {
    const report = await run(values, positionals);
    if (values.json === true) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else {
      const lines = [`mlops comment: ${report.output ?? report.source} (${report.characters} characters)`];
      if (report.posted !== undefined) {
        lines.push(`  ${report.posted.action} comment ${report.posted.url ?? `#${report.posted.id}`}`);
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    return 0;
  } catch (error) {
    process.stderr.write(`mlops comment: error: ${describeThrown(error)}\n`);
    return error instanceof ConfigurationError ? EXIT_CONFIGURATION : EXIT_INTERNAL;
  }
}

interface CommentReport {
  source: string;
  output: string | undefined;
  marker: string;
  characters: number;
  posted?: UpsertCommentResult & { repository: string; pr: number };
}

async function run(values: CommentValues, positionals: string[]): Promise<CommentReport> {
  const [source = '.mlops', ...extra] = positionals;
  if (extra.length > 0)
    throw new ConfigurationError(`give one run directory or comment file, not ${positionals.length}`);
  const info = await stat(source).catch(() => undefined);
  if (info === undefined) throw new ConfigurationError(`${source} does not exist: give the run's output directory`);
  let body: string;
  let output: string | undefined;
  if (info.isDirectory()) {
    const summary = await loadRunSummary(source);
    const env = process.env;
    const runUrl =
      values['run-url'] ??
      (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined);
    body = renderPrComment(summary, {
      workflow: values.workflow ?? env.GITHUB_WORKFLOW ?? 'mlops',
      model: values.model ?? runModel(summary).name ?? 'model',
      ...(runUrl === undefined ? {} : { runUrl }),
    });
    output = values.output ?? path.join(source, 'pr-comment.md');
    await writeFile(output, body);
  } else {
    // A comment rendered by an unprivileged run (a fork's PR) and handed over as an artifact: posted unchanged.
    body = await readFile(source, 'utf8');
    if (body.length > MAX_COMMENT_CHARACTERS) {
      throw new ConfigurationError(`${source} has ${body.length} characters; GitHub takes ${MAX_COMMENT_CHARACTERS}`);
    }
    if (values.output !== undefined) {
      await writeFile(values.output, body);
      output = values.output;
    }
  }
  const marker = parseCommentMarker(body)?.marker;
  if (marker === undefined) {
    throw new ConfigurationError(
      `${source} does not start with an mlops-actions comment marker: render it with 'mlops comment <run-dir>'`,
    );
  }
  const report: CommentReport = { source, output, marker, characters: body.length };
  if (values.post === true) report.posted = await post(values, marker, body);
  return report;
}

async function post(
  values: CommentValues,
  marker: string,
  body: string,
): Promise<UpsertCommentResult & { repository: string; pr: number }> {
  const repository = values.repository ?? process.env.GITHUB_REPOSITORY;
  const [owner, repo, ...rest] = (repository ?? '').split('/');
  if (owner === undefined || owner === '' || repo === undefined || repo === '' || rest.length > 0) {
    throw new ConfigurationError('--post needs --repository owner/repo (or GITHUB_REPOSITORY)');
  }
  const pr = values.pr ?? (await eventPullRequest());
  const issueNumber = Number(pr);
  if (pr === undefined || !Number.isInteger(issueNumber) || issueNumber < 1) {
    throw new ConfigurationError(
      `--post needs --pr with the pull request number${pr === undefined ? ' (the event has none)' : `, got "${pr}"`}`,
    );
  }
  const tokenEnv = values['token-env'] ?? 'GITHUB_TOKEN';
  const token = process.env[tokenEnv];
  if (token === undefined || token === '') {
    throw new ConfigurationError(
      `--post needs a token in $${tokenEnv}: set it (env: ${tokenEnv}: \${{ secrets.GITHUB_TOKEN }}) or name another variable with --token-env`,
    );
  }
  const result = await upsertComment(new GithubClient({ token }), { owner, repo, issueNumber, marker, body });
  return { ...result, repository: `${owner}/${repo}`, pr: issueNumber };
}

/** The pull request of the triggering event, when the workflow runs on one. */
async function eventPullRequest(): Promise<string | undefined> {
  const file = process.env.GITHUB_EVENT_PATH;
  if (file === undefined || file === '') return undefined;
  try {
    const event: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (typeof event !== 'object' || event === null) return undefined;
    const holder = 'pull_request' in event ? event.pull_request : 'issue' in event ? event.issue : undefined;
    if (typeof holder !== 'object' || holder === null || !('number' in holder)) return undefined;
    return typeof holder.number === 'number' ? String(holder.number) : undefined;
  } catch {
    return undefined;
  }
}
