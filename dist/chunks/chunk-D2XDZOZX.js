import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  require_ajv
} from "./chunk-ISHP52YF.js";
import {
  checkedBy
} from "./chunk-FEWK3QBM.js";
import {
  __toESM
} from "./chunk-NUEQ5RRT.js";

// src/core/json-schema.ts
var import_ajv = __toESM(require_ajv(), 1);

// src/core/ajv-options.json
var ajv_options_default = {
  allErrors: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true
};

// src/core/json-schema.ts
var ajv;
function compileValidator(schema, what) {
  let check;
  return (value, source) => {
    if (check === void 0) {
      ajv ??= new import_ajv.Ajv(ajv_options_default);
      const validate = ajv.compile(schema);
      check = checkedBy(validate, what);
    }
    return check(value, source);
  };
}

export {
  compileValidator
};
