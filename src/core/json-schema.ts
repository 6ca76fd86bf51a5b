import { Ajv, type ValidateFunction } from 'ajv';
// strictRequired is off: profiles require keys whose shapes are checked elsewhere (by the code that reads them).
// The build compiles the schemas in schemas/ with the same options (scripts/build.mjs).
import ajvOptions from './ajv-options.json' with { type: 'json' };
import { checkedBy } from './validator.js';

let ajv: Ajv | undefined;

/**
 * Compiles a schema at run time, once, on first use: for schemas made in code (training params, comparison
 * settings). The schemas in schemas/ are compiled by the build instead
 * (src/generated/validators, used through `checkedBy`).
 */
export function compileValidator<T>(schema: object, what: string): (value: unknown, source: string) => T {
  let check: ((value: unknown, source: string) => T) | undefined;
  return (value, source) => {
    if (check === undefined) {
      // Created on first use: most steps validate nothing before they fail or finish.
      ajv ??= new Ajv(ajvOptions);
      const validate: ValidateFunction = ajv.compile(schema);
      check = checkedBy<T>(validate, what);
    }
    return check(value, source);
  };
}
