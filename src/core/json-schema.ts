import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { ConfigurationError } from './errors.js';

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

export { readJsonFile } from './json-file.js';
