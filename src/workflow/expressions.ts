/**
 * Expressions are evaluated by GitHub's own implementation (@actions/expressions). It has no status functions
 * (they depend on the run) nor hashFiles (it depends on the disk); those are supplied here.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import type { FunctionDefinition, FunctionInfo } from '@actions/expressions/funcs/info';
import { truthy } from '@actions/expressions/result';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import {
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
} from '@actions/workflow-parser/templates/tokens/type-guards';
import { globSync } from 'tinyglobby';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Status {
  /** No earlier step (or needed job) failed. */
  success: boolean;
  /** An earlier step (or an ancestor job) failed. */
  failure: boolean;
}

export class ExpressionFailure extends Error {
  override readonly name = 'ExpressionFailure';
}

const STATUS_FUNCTIONS: FunctionInfo[] = [
  { name: 'success', minArgs: 0, maxArgs: 0 },
  { name: 'failure', minArgs: 0, maxArgs: 0 },
  { name: 'always', minArgs: 0, maxArgs: 0 },
  { name: 'cancelled', minArgs: 0, maxArgs: 0 },
  { name: 'hashFiles', minArgs: 1, maxArgs: 255 },
];

export function toData(value: Json | undefined): data.ExpressionData {
  if (value === undefined || value === null) return new data.Null();
  if (typeof value === 'string') return new data.StringData(value);
  if (typeof value === 'number') return new data.NumberData(value);
  if (typeof value === 'boolean') return new data.BooleanData(value);
  if (Array.isArray(value)) return new data.Array(...value.map(toData));
  return new data.Dictionary(...Object.entries(value).map(([key, item]) => ({ key, value: toData(item) })));
}

export function fromData(value: data.ExpressionData): Json {
  if (value instanceof data.StringData) return value.value;
  if (value instanceof data.NumberData) return value.value;
  if (value instanceof data.BooleanData) return value.value;
  if (value instanceof data.Array) return value.values().map(fromData);
  if (value instanceof data.Dictionary) {
    const result: { [key: string]: Json } = {};
    for (const pair of value.pairs()) result[pair.key] = fromData(pair.value);
    return result;
  }
  return null;
}

/** How GitHub turns a value into an input or environment string. */
export function toText(value: Json): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value, null, 2);
}

export class Scope {
  constructor(
    readonly contexts: Record<string, Json>,
    readonly status: Status,
    /** Where hashFiles() looks. */
    readonly workspace: string,
  ) {}

  with(contexts: Record<string, Json>, status?: Status): Scope {
    return new Scope({ ...this.contexts, ...contexts }, status ?? this.status, this.workspace);
  }

  evaluate(expression: string): data.ExpressionData {
    const names = Object.keys(this.contexts);
    let parsed: ReturnType<Parser['parse']>;
    try {
      const lexed = new Lexer(expression).lex();
      parsed = new Parser(lexed.tokens, names, STATUS_FUNCTIONS).parse();
    } catch (error) {
      throw new ExpressionFailure(`expression \`${expression}\`: ${(error as Error).message}`);
    }
    const status = this.status;
    const functions = new Map<string, FunctionDefinition>([
      ['success', { name: 'success', minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(status.success) }],
      ['failure', { name: 'failure', minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(status.failure) }],
      ['always', { name: 'always', minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(true) }],
      // Nothing cancels a local run.
      ['cancelled', { name: 'cancelled', minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(false) }],
      [
        'hashfiles',
        {
          name: 'hashFiles',
          minArgs: 1,
          maxArgs: 255,
          call: (...patterns) =>
            new data.StringData(
              hashFiles(
                this.workspace,
                patterns.map((p) => p.coerceString()),
              ),
            ),
        },
      ],
    ]);
    const context = new data.Dictionary(
      ...Object.entries(this.contexts).map(([key, value]) => ({ key, value: toData(value) })),
    );
    try {
      return new Evaluator(parsed, context, functions).evaluate();
    } catch (error) {
      throw new ExpressionFailure(`expression \`${expression}\`: ${(error as Error).message}`);
    }
  }

  condition(expression: string): boolean {
    return truthy(this.evaluate(expression));
  }

  /** A whole value of the workflow (scalar, mapping or sequence) with every `${{ }}` evaluated. */
  value(token: TemplateToken | undefined): Json {
    if (token === undefined) return null;
    if (isBasicExpression(token)) return fromData(this.evaluate(token.expression));
    if (isString(token) || isNumber(token) || isBoolean(token)) return token.value;
    if (isSequence(token)) return [...token].map((item) => this.value(item));
    if (isMapping(token)) {
      const result: { [key: string]: Json } = {};
      for (const pair of token) result[toText(this.value(pair.key))] = this.value(pair.value);
      return result;
    }
    if (token.isExpression) throw new ExpressionFailure(`line ${token.line}: \${{ insert }} is not supported locally`);
    return null;
  }

  text(token: TemplateToken | undefined): string {
    return toText(this.value(token));
  }
}

/** hashFiles(): sha256 over the sha256 of each matching file, in path order, as the runner computes it. */
function hashFiles(workspace: string, patterns: string[]): string {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const ignore = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const files = globSync(include, { cwd: workspace, ignore, onlyFiles: true, dot: true }).sort();
  if (files.length === 0) return '';
  const outer = createHash('sha256');
  for (const file of files)
    outer.update(
      createHash('sha256')
        .update(readFileSync(path.join(workspace, file)))
        .digest(),
    );
  return outer.digest('hex');
}
