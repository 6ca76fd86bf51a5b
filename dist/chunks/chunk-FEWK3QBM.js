import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  ConfigurationError
} from "./chunk-FCHSJP6A.js";

// src/core/validator.ts
function checkedBy(validate, what) {
  return (value, source) => {
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
  checkedBy
};
