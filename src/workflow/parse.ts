/**
 * Workflows are read by GitHub's own parser (@actions/workflow-parser, the one behind the Actions language
 * service), so "it parses here" means "GitHub's schema accepts it", not "some YAML library accepts it".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
  type WorkflowTemplate,
} from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/mapping-token';
import { isMapping } from '@actions/workflow-parser/templates/tokens/type-guards';
import type { File } from '@actions/workflow-parser/workflows/file';
import type { FileReference } from '@actions/workflow-parser/workflows/file-reference';

export interface WorkflowProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface ParsedWorkflow {
  /** Path as given (shown in messages). */
  file: string;
  content: string;
  /** The raw token tree: keys the converted template drops (`with`, `permissions`, `defaults`…) live here. */
  root: MappingToken | undefined;
  template: WorkflowTemplate | undefined;
  errors: WorkflowProblem[];
}

/** Maps a reusable-workflow reference (`./…`, `$/…`, `owner/repo/path@ref`) to a local file, or undefined. */
export type WorkflowResolver = (reference: string) => string | undefined;

export function referenceText(ref: FileReference): string {
  return 'repository' in ref ? `${ref.owner}/${ref.repository}/${ref.path}@${ref.version}` : `./${ref.path}`;
}

export async function parseWorkflowFile(file: string, resolve?: WorkflowResolver): Promise<ParsedWorkflow> {
  const content = readFileSync(file, 'utf8');
  return parseWorkflowText(file, content, resolve);
}

export async function parseWorkflowText(
  file: string,
  content: string,
  resolve?: WorkflowResolver,
): Promise<ParsedWorkflow> {
  const result = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  const root = result.value !== undefined && isMapping(result.value) ? result.value : undefined;
  let template: WorkflowTemplate | undefined;
  if (result.value !== undefined) {
    // Fetching called workflows one level deep lets the parser check `with:` against their declared
    // inputs (undeclared and missing required inputs), as GitHub does before a run starts.
    const fileProvider = {
      getFileContent: async (ref: FileReference): Promise<File> => {
        const text = referenceText(ref);
        const local = resolve?.(text);
        if (local === undefined) throw new Error(`cannot resolve ${text}`);
        return { name: path.relative(process.cwd(), local) || local, content: readFileSync(local, 'utf8') };
      },
    };
    template = await convertWorkflowTemplate(
      result.context,
      result.value,
      resolve === undefined ? undefined : fileProvider,
      {
        fetchReusableWorkflowDepth: resolve === undefined ? 0 : 1,
      },
    );
  }
  const errors = result.context.errors.getErrors().map((error): WorkflowProblem => {
    const where = /^(.*) \(Line: (\d+), Col: (\d+)\)$/.exec(error.prefix ?? '');
    return {
      file: where?.[1] ?? (error.prefix || file),
      line: error.range?.start.line ?? Number(where?.[2] ?? 1),
      column: error.range?.start.column ?? Number(where?.[3] ?? 1),
      message: error.rawMessage,
    };
  });
  return { file, content, root, template: errors.length === 0 ? template : undefined, errors };
}

export function formatProblem(problem: WorkflowProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

export type { TemplateToken };
