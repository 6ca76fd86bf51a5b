import { readFile } from 'node:fs/promises';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { locateJsonError } from '../data/jsonl.js';
import { ConfigurationError, shorten } from './errors.js';

// strictRequired is off: profiles require keys whose shapes are checked elsewhere (by the code that reads them).
let ajv: Ajv | undefined;

/** Compiles once; validation errors become one ConfigurationError naming every bad key and what is expected. */
export function compileValidator<T>(schema: object, what: string): (value: unknown, source: string) => T {
  let validate: ValidateFunction | undefined;
  return (value, source) => {
    // Created on first use: most steps validate nothing before they fail or finish.
    ajv ??= new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    validate ??= ajv.compile(schema);
    if (validate(value)) return value as T;
    // The first few problems, so the message stays one readable line; fixing them reveals any others.
    const problems = [...new Set((validate.errors ?? []).map(describeError))];
    const shown = problems.slice(0, 3).join('; ');
    const more = problems.length > 3 ? `; and ${problems.length - 3} more` : '';
    throw new ConfigurationError(`${source} is not a valid ${what}: ${shown}${more}`);
  };
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the top level' : `\`${error.instancePath.slice(1).replaceAll('/', '.')}\``;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `${where}: unknown key \`${String(params.additionalProperty)}\` (check its spelling or remove it)`;
    case 'required':
      return `${where}: missing required key \`${String(params.missingProperty)}\``;
    case 'enum':
      return `${where}: must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `${where}: must be ${JSON.stringify(params.allowedValue)}`;
    case 'type':
      return `${where}: must be of type ${String(params.type)}`;
    default:
      return `${where}: ${error.message ?? error.keyword}`;
  }
}

/** Reads a JSON file with an error that names the file and the position of a syntax error. */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigurationError(`cannot read the ${what} ${path}: ${code === 'ENOENT' ? 'no such file' : code}`);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    // V8's message has no line or column on Node 20 and may echo the input: locate the problem ourselves.
    const problem = locateJsonError(body);
    if (problem === undefined) {
      throw new ConfigurationError(
        `the ${what} ${path} is not valid JSON: ${shorten(String((error as Error).message), 160)}`,
      );
    }
    const before = body.slice(0, problem.position);
    const line = before.split('\n').length;
    const column = problem.position - before.lastIndexOf('\n');
    throw new ConfigurationError(
      `the ${what} ${path} is not valid JSON: line ${line}, column ${column}: ${shorten(problem.problem, 160)}`,
    );
  }
}
