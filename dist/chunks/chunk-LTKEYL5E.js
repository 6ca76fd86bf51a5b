import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  require_ajv
} from "./chunk-ISHP52YF.js";
import {
  ConfigurationError
} from "./chunk-FCHSJP6A.js";
import {
  __toESM
} from "./chunk-NUEQ5RRT.js";

// src/core/json-schema.ts
var import_ajv = __toESM(require_ajv(), 1);
var ajv;
function compileValidator(schema, what) {
  let validate;
  return (value, source) => {
    ajv ??= new import_ajv.Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    validate ??= ajv.compile(schema);
    if (validate(value)) return value;
    const problems = [...new Set((validate.errors ?? []).map(describeError))];
    const shown = problems.slice(0, 3).join("; ");
    const more = problems.length > 3 ? `; and ${problems.length - 3} more` : "";
    throw new ConfigurationError(`${source} is not a valid ${what}: ${shown}${more}`);
  };
}
function describeError(error) {
  const where = error.instancePath === "" ? "the top level" : `\`${error.instancePath.slice(1).replaceAll("/", ".")}\``;
  const params = error.params;
  switch (error.keyword) {
    case "additionalProperties":
      return `${where}: unknown key \`${String(params.additionalProperty)}\` (check its spelling or remove it)`;
    case "required":
      return `${where}: missing required key \`${String(params.missingProperty)}\``;
    case "enum":
      return `${where}: must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `${where}: must be ${JSON.stringify(params.allowedValue)}`;
    case "type":
      return `${where}: must be of type ${String(params.type)}`;
    default:
      return `${where}: ${error.message ?? error.keyword}`;
  }
}

export {
  compileValidator
};
