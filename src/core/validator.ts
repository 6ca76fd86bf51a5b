import type { ErrorObject, ValidateFunction } from 'ajv';
import { ConfigurationError } from './errors.js';

/**
 * A validation function (compiled by the build, src/generated/validators, or at run time by compileValidator)
 * as a check whose failure is one ConfigurationError naming every bad key and what is expected.
 */
export function checkedBy<T>(validate: ValidateFunction, what: string): (value: unknown, source: string) => T {
  return (value, source) => {
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
