import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  featureKinds,
  instanceValue,
  predictUrl
} from "./chunk-IR3RMUQH.js";
import {
  startServer
} from "./chunk-ZWJQIIIO.js";
import "./chunk-ISHP52YF.js";
import {
  availableExecutionProviders,
  installedRuntimeSupport,
  loadChecks,
  localFunctionDomains,
  measureLoad,
  normalizeExecutionProvider,
  runtimeChecks
} from "./chunk-U2DIY5MF.js";
import {
  loadModelUnderTest
} from "./chunk-E2XHC4IF.js";
import {
  ELEM_TO_DTYPE,
  buildFeeds,
  inspectOnnx,
  readColumns
} from "./chunk-CPEI5QS6.js";
import "./chunk-4RJOQMT2.js";
import "./chunk-YNCSL7WP.js";
import {
  readJsonFile
} from "./chunk-HJIXDHLD.js";
import "./chunk-LE5632HT.js";
import "./chunk-QTAPR7R5.js";
import "./chunk-KHYRHHGG.js";
import {
  checkedBy
} from "./chunk-FEWK3QBM.js";
import "./chunk-KNVOZRVJ.js";
import "./chunk-G6PV2Q2L.js";
import "./chunk-5BLKW2OX.js";
import "./chunk-IX446UGZ.js";
import "./chunk-OQEQJUKG.js";
import "./chunk-TPMIUAPN.js";
import {
  createSession,
  runBatch
} from "./chunk-HMXGF6KM.js";
import {
  ConfigurationError,
  describeThrown,
  shorten
} from "./chunk-FCHSJP6A.js";
import "./chunk-NUEQ5RRT.js";

// src/serve/check.ts
import { readFile, stat } from "node:fs/promises";

// src/serve/contract.ts
import { readFileSync } from "node:fs";

// src/generated/validators/api-contract.js
var codePoints = (text) => {
  let count = 0;
  for (const _ of text) count++;
  return count;
};
var api_contract_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/mlops-actions/mlops-actions/schemas/api-contract.schema.json", "title": "mlops-actions prediction API contract", "description": "What clients of the prediction server send and read: the request fields (one per raw feature), the response outputs and the class labels. check-serving-compat compares a candidate model's contract with this declared one and with the baseline model's.", "type": "object", "additionalProperties": false, "required": ["inputs", "outputs"], "properties": { "$schema": { "type": "string" }, "description": { "type": "string" }, "inputs": { "type": "array", "minItems": 1, "description": "Request fields, one per raw feature, by name (order does not matter).", "items": { "type": "object", "additionalProperties": false, "required": ["name", "dtype", "required"], "properties": { "name": { "type": "string", "minLength": 1 }, "dtype": { "enum": ["float32", "float64", "int64", "int32", "string", "bool"] }, "kind": { "enum": ["numeric", "categorical"] }, "required": { "type": "boolean", "description": "Whether a request must carry the field; the server rejects fields it does not know." } } } }, "outputs": { "type": "array", "description": "Response outputs by name.", "items": { "type": "object", "additionalProperties": false, "required": ["name", "dtype"], "properties": { "name": { "type": "string", "minLength": 1 }, "dtype": { "type": "string", "minLength": 1, "description": "float32, float64, int64, int32, string or bool; other ONNX element types by their ONNX name." }, "shape": { "type": "array", "items": { "type": ["integer", "string", "null"] }, "description": "A string or null is a dynamic dimension (e.g. the batch); a number is fixed." } } } }, "classes": { "type": "array", "items": { "type": "string" }, "description": "Class labels in the order of the probability columns." } } };
var func2 = codePoints;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.inputs === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inputs" }, message: "must have required property 'inputs'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.outputs === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outputs" }, message: "must have required property 'outputs'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "description" || key0 === "inputs" || key0 === "outputs" || key0 === "classes")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err4 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.inputs !== void 0) {
      let data2 = data.inputs;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err5 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.name === void 0) {
              const err6 = { instancePath: instancePath + "/inputs/" + i0, schemaPath: "#/properties/inputs/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data3.dtype === void 0) {
              const err7 = { instancePath: instancePath + "/inputs/" + i0, schemaPath: "#/properties/inputs/items/required", keyword: "required", params: { missingProperty: "dtype" }, message: "must have required property 'dtype'" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data3.required === void 0) {
              const err8 = { instancePath: instancePath + "/inputs/" + i0, schemaPath: "#/properties/inputs/items/required", keyword: "required", params: { missingProperty: "required" }, message: "must have required property 'required'" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            for (const key1 in data3) {
              if (!(key1 === "name" || key1 === "dtype" || key1 === "kind" || key1 === "required")) {
                const err9 = { instancePath: instancePath + "/inputs/" + i0, schemaPath: "#/properties/inputs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data3.name !== void 0) {
              let data4 = data3.name;
              if (typeof data4 === "string") {
                if (func2(data4) < 1) {
                  const err10 = { instancePath: instancePath + "/inputs/" + i0 + "/name", schemaPath: "#/properties/inputs/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/inputs/" + i0 + "/name", schemaPath: "#/properties/inputs/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data3.dtype !== void 0) {
              let data5 = data3.dtype;
              if (!(data5 === "float32" || data5 === "float64" || data5 === "int64" || data5 === "int32" || data5 === "string" || data5 === "bool")) {
                const err12 = { instancePath: instancePath + "/inputs/" + i0 + "/dtype", schemaPath: "#/properties/inputs/items/properties/dtype/enum", keyword: "enum", params: { allowedValues: schema11.properties.inputs.items.properties.dtype.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data3.kind !== void 0) {
              let data6 = data3.kind;
              if (!(data6 === "numeric" || data6 === "categorical")) {
                const err13 = { instancePath: instancePath + "/inputs/" + i0 + "/kind", schemaPath: "#/properties/inputs/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.inputs.items.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data3.required !== void 0) {
              if (typeof data3.required !== "boolean") {
                const err14 = { instancePath: instancePath + "/inputs/" + i0 + "/required", schemaPath: "#/properties/inputs/items/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/inputs/" + i0, schemaPath: "#/properties/inputs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.outputs !== void 0) {
      let data8 = data.outputs;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.name === void 0) {
              const err17 = { instancePath: instancePath + "/outputs/" + i1, schemaPath: "#/properties/outputs/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data9.dtype === void 0) {
              const err18 = { instancePath: instancePath + "/outputs/" + i1, schemaPath: "#/properties/outputs/items/required", keyword: "required", params: { missingProperty: "dtype" }, message: "must have required property 'dtype'" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            for (const key2 in data9) {
              if (!(key2 === "name" || key2 === "dtype" || key2 === "shape")) {
                const err19 = { instancePath: instancePath + "/outputs/" + i1, schemaPath: "#/properties/outputs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data9.name !== void 0) {
              let data10 = data9.name;
              if (typeof data10 === "string") {
                if (func2(data10) < 1) {
                  const err20 = { instancePath: instancePath + "/outputs/" + i1 + "/name", schemaPath: "#/properties/outputs/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/outputs/" + i1 + "/name", schemaPath: "#/properties/outputs/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data9.dtype !== void 0) {
              let data11 = data9.dtype;
              if (typeof data11 === "string") {
                if (func2(data11) < 1) {
                  const err22 = { instancePath: instancePath + "/outputs/" + i1 + "/dtype", schemaPath: "#/properties/outputs/items/properties/dtype/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/outputs/" + i1 + "/dtype", schemaPath: "#/properties/outputs/items/properties/dtype/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data9.shape !== void 0) {
              let data12 = data9.shape;
              if (Array.isArray(data12)) {
                const len2 = data12.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data13 = data12[i2];
                  if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13)) && typeof data13 !== "string" && data13 !== null) {
                    const err24 = { instancePath: instancePath + "/outputs/" + i1 + "/shape/" + i2, schemaPath: "#/properties/outputs/items/properties/shape/items/type", keyword: "type", params: { type: schema11.properties.outputs.items.properties.shape.items.type }, message: "must be integer,string,null" };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
              } else {
                const err25 = { instancePath: instancePath + "/outputs/" + i1 + "/shape", schemaPath: "#/properties/outputs/items/properties/shape/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/outputs/" + i1, schemaPath: "#/properties/outputs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/outputs", schemaPath: "#/properties/outputs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.classes !== void 0) {
      let data14 = data.classes;
      if (Array.isArray(data14)) {
        const len3 = data14.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data14[i3] !== "string") {
            const err28 = { instancePath: instancePath + "/classes/" + i3, schemaPath: "#/properties/classes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/classes", schemaPath: "#/properties/classes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/serve/contract.ts
var validateContract = checkedBy(
  api_contract_default,
  "API contract (see schemas/api-contract.schema.json)"
);
function contractOf(model, info) {
  const seen = /* @__PURE__ */ new Set();
  const inputs = [];
  for (const binding of model.inputs) {
    if (seen.has(binding.feature)) continue;
    seen.add(binding.feature);
    inputs.push({ name: binding.feature, dtype: binding.dtype, kind: binding.kind, required: true });
  }
  const recorded = model.manifest?.outputs.tensors ?? model.outputs.tensors;
  const outputs = recorded.length > 0 ? recorded.map((tensor) => ({
    name: tensor.name,
    dtype: ELEM_TO_DTYPE[tensor.dtype] ?? tensor.dtype,
    shape: tensor.shape
  })) : (info ?? inspectOnnx(readFileSync(model.onnxPath), model.onnxPath)).outputs.map(outputOf);
  const classes = model.outputs.classes;
  return { inputs, outputs, ...classes === void 0 ? {} : { classes: [...classes] } };
}
function outputOf(value) {
  const dtype = value.elemType === null ? value.type : ELEM_TO_DTYPE[value.elemType] ?? value.elemType;
  return { name: value.name, dtype, ...value.shape === null ? {} : { shape: value.shape } };
}
async function loadContract(path) {
  return parseContract(await readJsonFile(path, "API contract"), path);
}
function parseContract(value, source) {
  const contract = validateContract(value, source);
  for (const [list, what] of [
    [contract.inputs, "inputs"],
    [contract.outputs, "outputs"]
  ]) {
    const names = list.map((entry) => entry.name);
    const duplicate = names.find((name, at) => names.indexOf(name) !== at);
    if (duplicate !== void 0) {
      throw new ConfigurationError(`${source} is not a valid API contract: \`${what}\` names \`${duplicate}\` twice`);
    }
  }
  return contract;
}
var WIDENINGS = /* @__PURE__ */ new Set(["int32\u2192int64", "int32\u2192float64", "float32\u2192float64"]);
function diffContracts(candidate, reference, what) {
  const theirs = what === "baseline" ? "the baseline's contract" : "the declared contract";
  const changes = [];
  const candidateInputs = new Map(candidate.inputs.map((input) => [input.name, input]));
  const referenceInputs = new Map(reference.inputs.map((input) => [input.name, input]));
  const removed = reference.inputs.filter((input) => !candidateInputs.has(input.name));
  const added = candidate.inputs.filter((input) => !referenceInputs.has(input.name));
  for (const old of removed) {
    const renamed = likelyRename(old, added);
    if (renamed !== void 0) {
      added.splice(added.indexOf(renamed), 1);
      changes.push({
        kind: "input-renamed",
        breaking: true,
        name: renamed.name,
        from: old.name,
        to: renamed.name,
        message: `input \`${old.name}\` was probably renamed to \`${renamed.name}\` (${theirs} has \`${old.name}\`, the candidate \`${renamed.name}\`, both ${old.dtype}): clients that send \`${old.name}\` are rejected${renamed.required ? ` and lack the required \`${renamed.name}\`` : ""}`
      });
      continue;
    }
    changes.push({
      kind: "input-removed",
      breaking: true,
      name: old.name,
      from: old.dtype,
      message: `input \`${old.name}\` (${old.dtype}) is in ${theirs} but not in the candidate's: clients that still send it are rejected, because the server refuses unknown fields`
    });
  }
  for (const input of added) {
    changes.push(
      input.required ? {
        kind: "input-added-required",
        breaking: true,
        name: input.name,
        to: input.dtype,
        message: `input \`${input.name}\` (${input.dtype}) is new and required: requests built for ${theirs} lack it and are rejected`
      } : {
        kind: "input-added-optional",
        breaking: false,
        name: input.name,
        to: input.dtype,
        message: `input \`${input.name}\` (${input.dtype}) is new and optional: requests built for ${theirs} still work`
      }
    );
  }
  for (const input of candidate.inputs) {
    const old = referenceInputs.get(input.name);
    if (old === void 0) continue;
    if (old.dtype !== input.dtype) {
      const widening = WIDENINGS.has(`${old.dtype}\u2192${input.dtype}`);
      changes.push({
        kind: "dtype-changed",
        breaking: !widening,
        name: input.name,
        from: old.dtype,
        to: input.dtype,
        message: `input \`${input.name}\`: ${old.dtype} \u2192 ${input.dtype}${widening ? " (a widening: every value clients send today is still accepted)" : `: clients that send ${old.dtype} values as ${theirs} says are rejected or misread`}`
      });
    } else if (old.kind !== void 0 && input.kind !== void 0 && old.kind !== input.kind) {
      changes.push({
        kind: "kind-changed",
        breaking: false,
        name: input.name,
        from: old.kind,
        to: input.kind,
        message: `input \`${input.name}\`: ${old.kind} \u2192 ${input.kind} (still ${input.dtype}): requests still validate, but the model reads the values differently`
      });
    }
    if (old.required !== input.required) {
      changes.push({
        kind: "input-required-changed",
        breaking: input.required,
        name: input.name,
        from: old.required ? "required" : "optional",
        to: input.required ? "required" : "optional",
        message: input.required ? `input \`${input.name}\`: optional \u2192 required: clients that omit it, as ${theirs} allows, are rejected` : `input \`${input.name}\`: required \u2192 optional`
      });
    }
  }
  const candidateOutputs = new Map(candidate.outputs.map((output) => [output.name, output]));
  const referenceOutputs = new Map(reference.outputs.map((output) => [output.name, output]));
  for (const old of reference.outputs) {
    const output = candidateOutputs.get(old.name);
    if (output === void 0) {
      changes.push({
        kind: "output-removed",
        breaking: true,
        name: old.name,
        from: old.dtype,
        message: `output \`${old.name}\` (${old.dtype}) is in ${theirs} but the candidate does not produce it: clients that read it break`
      });
      continue;
    }
    if (old.dtype !== output.dtype) {
      changes.push({
        kind: "output-dtype-changed",
        breaking: true,
        name: old.name,
        from: old.dtype,
        to: output.dtype,
        message: `output \`${old.name}\`: ${old.dtype} \u2192 ${output.dtype}`
      });
    }
    if (old.shape !== void 0 && output.shape !== void 0 && !shapeHonours(output.shape, old.shape)) {
      changes.push({
        kind: "output-shape-changed",
        breaking: true,
        name: old.name,
        from: renderShape(old.shape),
        to: renderShape(output.shape),
        message: `output \`${old.name}\`: shape ${renderShape(old.shape)} \u2192 ${renderShape(output.shape)}`
      });
    }
  }
  for (const output of candidate.outputs) {
    if (referenceOutputs.has(output.name)) continue;
    changes.push({
      kind: "output-added",
      breaking: false,
      name: output.name,
      to: output.dtype,
      message: `output \`${output.name}\` (${output.dtype}${output.shape === void 0 ? "" : ` ${renderShape(output.shape)}`}) is new`
    });
  }
  const classes = classesChange(candidate.classes, reference.classes, theirs);
  if (classes !== void 0) changes.push(classes);
  return changes;
}
function likelyRename(old, added) {
  const sameDtype = added.filter((input) => input.dtype === old.dtype);
  const sameKind = sameDtype.filter(
    (input) => old.kind === void 0 || input.kind === void 0 || input.kind === old.kind
  );
  const pool = sameKind.length > 0 ? sameKind : sameDtype;
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const input of pool) {
    const distance = editDistance(old.name.toLowerCase(), input.name.toLowerCase());
    if (distance < bestDistance) {
      best = input;
      bestDistance = distance;
    }
  }
  return best;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
function shapeHonours(candidate, reference) {
  if (candidate.length !== reference.length) return false;
  return reference.every((dim, at) => typeof dim !== "number" || candidate[at] === dim);
}
function renderShape(shape) {
  return `[${shape.map((dim) => dim === null ? "?" : String(dim)).join(", ")}]`;
}
function classesChange(candidate, reference, theirs) {
  if (reference === void 0) {
    if (candidate === void 0) return void 0;
    return {
      kind: "classes-changed",
      breaking: false,
      name: "classes",
      to: candidate.join(", "),
      message: `the candidate names its classes (${candidate.join(", ")}); ${theirs} names none`
    };
  }
  if (candidate === void 0) {
    return {
      kind: "classes-changed",
      breaking: true,
      name: "classes",
      from: reference.join(", "),
      message: `${theirs} names the classes ${reference.join(", ")}; the candidate names none, so clients cannot map probability columns to labels`
    };
  }
  if (candidate.length === reference.length && candidate.every((label, at) => label === reference[at]))
    return void 0;
  const gone = reference.filter((label) => !candidate.includes(label));
  const fresh = candidate.filter((label) => !reference.includes(label));
  const detail = gone.length === 0 && fresh.length === 0 ? "same labels in a new order: a probability column now means a different class" : [gone.length > 0 ? `removed ${gone.join(", ")}` : "", fresh.length > 0 ? `added ${fresh.join(", ")}` : ""].filter(Boolean).join("; ");
  return {
    kind: "classes-changed",
    breaking: true,
    name: "classes",
    from: reference.join(", "),
    to: candidate.join(", "),
    message: `classes: [${reference.join(", ")}] \u2192 [${candidate.join(", ")}] (${detail})`
  };
}
var INPUT_KINDS = /* @__PURE__ */ new Set([
  "input-removed",
  "input-renamed",
  "input-added-required",
  "input-added-optional",
  "input-required-changed",
  "dtype-changed",
  "kind-changed"
]);
var HARMLESS = /* @__PURE__ */ new Set(["input-added-optional", "output-added", "input-required-changed"]);
function contractChecks(changes, what) {
  if (changes.length === 0) {
    return [
      {
        check: `contract.${what}`,
        status: "pass",
        value: 0,
        threshold: null,
        message: `the API contract matches ${what === "baseline" ? "the baseline model's" : "the declared one"}`
      }
    ];
  }
  return changes.map((change) => ({
    check: `contract.${what}.${change.kind}`,
    status: change.breaking ? "fail" : HARMLESS.has(change.kind) ? "pass" : "warn",
    value: change.from !== void 0 && change.to !== void 0 ? `${change.from} \u2192 ${change.to}` : change.to ?? change.from ?? null,
    threshold: null,
    message: change.message,
    ...INPUT_KINDS.has(change.kind) ? { feature: change.name } : {}
  }));
}

// src/serve/check.ts
function malformedRequests(features) {
  const valid = Object.fromEntries(features.map((feature) => [feature, null]));
  const [first] = features;
  return [
    { name: "invalid JSON", body: '{"instances": [' },
    { name: "not an object", body: "[1, 2, 3]" },
    { name: "no instances", body: "{}" },
    { name: "empty instances", body: '{"instances": []}' },
    { name: "unknown feature", body: JSON.stringify({ instances: [{ ...valid, mlops_no_such_feature: 1 }] }) },
    ...first === void 0 ? [] : [{ name: "wrong type", body: JSON.stringify({ instances: [{ ...valid, [first]: { nested: true } }] }) }],
    { name: "wrong content type", body: "a=1", contentType: "application/x-www-form-urlencoded" }
  ];
}
async function checkServing(request) {
  const model = await loadModelUnderTest(request.model, request.features);
  const bytes = await readFile(model.onnxPath);
  const info = inspectOnnx(bytes, model.onnxPath);
  const checks = [];
  const providers = request.executionProviders.map(normalizeExecutionProvider);
  const runtime = await installedRuntimeSupport();
  checks.push(
    ...runtimeChecks(info, runtime, {
      executionProviders: providers,
      availableProviders: await availableExecutionProviders(),
      modelBytes: (await stat(model.onnxPath)).size,
      localFunctionDomains: localFunctionDomains(bytes),
      ...request.memoryLimitBytes === void 0 ? {} : { memoryLimitBytes: request.memoryLimitBytes }
    })
  );
  request.log(`loading ${model.name} ${model.version.slice(0, 19)}\u2026 in a separate process to measure it`);
  const measured = await measureLoad(model.onnxPath, {
    timeoutMs: request.loadTimeoutSeconds * 1e3 + 15e3,
    retries: request.retries,
    executionProviders: providers
  });
  checks.push(
    ...loadChecks(measured, {
      loadTimeoutSeconds: request.loadTimeoutSeconds,
      ...request.memoryLimitBytes === void 0 ? {} : { memoryLimitBytes: request.memoryLimitBytes }
    })
  );
  const candidateContract = contractOf(model, info);
  if (request.contract !== void 0) {
    const declared = await loadContract(request.contract);
    checks.push(...contractChecks(diffContracts(candidateContract, declared, "declared"), "declared"));
  }
  if (request.baseline !== void 0) {
    const baseline = await loadModelUnderTest(request.baseline, request.features);
    checks.push(...contractChecks(diffContracts(candidateContract, contractOf(baseline), "baseline"), "baseline"));
  } else {
    checks.push({
      check: "contract.baseline",
      status: "skip",
      value: null,
      threshold: null,
      message: "no baseline given: the API is not compared with the deployed model"
    });
  }
  let servedParity = null;
  let goldenCount = 0;
  let malformedCount = 0;
  if (measured.error !== void 0) {
    checks.push({
      check: "serving.server",
      status: "skip",
      value: null,
      threshold: null,
      message: "the model did not load, so the server was not started"
    });
  } else {
    const server = await startServer(
      model,
      { port: 0, executionProviders: providers, shutdownGraceMs: 5e3 },
      { log: request.log }
    );
    try {
      const url = predictUrl(server.url, server.modelName);
      const golden = await goldenExchanges(request, model);
      goldenCount = golden.length;
      if (golden.length === 0) {
        checks.push({
          check: "serving.parity",
          status: "fail",
          value: null,
          threshold: request.tolerance,
          message: "no golden requests: give `data` (rows to send) or `golden-requests`, so served outputs can be compared"
        });
      } else {
        servedParity = await compareServed(url, golden, model.outputs.classes ?? []);
        const ok = servedParity <= request.tolerance;
        checks.push({
          check: "serving.parity",
          status: ok ? "pass" : "fail",
          value: servedParity,
          threshold: request.tolerance,
          message: ok ? `${golden.length} golden requests: served outputs equal the offline outputs (max |diff| ${servedParity.toExponential(2)})` : `served outputs differ from the offline outputs by up to ${servedParity} (allowed ${request.tolerance}): training/serving skew in feature handling; compare the request records with the data`
        });
      }
      const malformed = malformedRequests([...new Set(model.inputs.map((binding) => binding.feature))]);
      malformedCount = malformed.length;
      checks.push(...await malformedChecks(url, malformed));
      const alive = await fetch(`${server.url}/v2/health/ready`).then((response) => response.status).catch(() => 0);
      checks.push({
        check: "serving.alive-after-bad-requests",
        status: alive === 200 ? "pass" : "fail",
        value: alive,
        threshold: 200,
        message: alive === 200 ? "the server is still ready after the malformed requests" : `the server answered ${alive} to /v2/health/ready after the malformed requests`
      });
    } finally {
      await server.close();
    }
  }
  return {
    verdict: {
      kind: "check-serving-compat",
      passed: checks.every((check) => check.status !== "fail"),
      checks,
      createdAt: (/* @__PURE__ */ new Date()).toISOString()
    },
    model: { name: model.name, version: model.version },
    servedParity,
    goldenRequests: goldenCount,
    malformedRequests: malformedCount,
    load: {
      loadSeconds: measured.loadSeconds,
      peakRssBytes: measured.peakRssBytes,
      baselineRssBytes: measured.baselineRssBytes
    }
  };
}
async function goldenExchanges(request, model) {
  if (request.goldenRequests !== void 0) return readGoldenFile(request.goldenRequests, model);
  if (request.data === void 0) return [];
  const features = [...new Set(model.inputs.map((binding) => binding.feature))];
  const table = await readColumns(request.data, "data", features, {
    format: request.format,
    maxRows: request.goldenRows,
    ...request.delimiter === void 0 ? {} : { delimiter: request.delimiter }
  });
  const rows = Math.min(table.rows, request.goldenRows);
  const columns = new Map([...table.columns].map(([name, values]) => [name, values.slice(0, rows)]));
  const session = await createSession(model.onnxPath, `model ${request.model}`);
  let outputs;
  try {
    outputs = await runBatch(
      session,
      buildFeeds(model.inputs, columns, rows, (row) => `data row ${row + 1}`),
      model.outputs,
      rows
    );
  } finally {
    await session.release();
  }
  const kinds = featureKinds(model.inputs);
  const exchanges = [];
  for (let row = 0; row < rows; row++) {
    const instance = {};
    for (const feature of features)
      instance[feature] = instanceValue(columns.get(feature)?.[row] ?? null, kinds.get(feature));
    exchanges.push({ body: JSON.stringify({ instances: [instance] }), expected: [expectedRow(outputs, row)] });
  }
  return exchanges;
}
function expectedRow(outputs, row) {
  if (outputs.probabilities !== void 0) {
    const k = outputs.classes ?? 2;
    return Array.from(outputs.probabilities.subarray(row * k, (row + 1) * k));
  }
  return [outputs.prediction?.[row] ?? Number.NaN];
}
async function readGoldenFile(file, model) {
  const text = await readFile(file, "utf8").catch((error) => {
    throw new ConfigurationError(`golden-requests: cannot read ${file}: ${error.code ?? error.message}`);
  });
  const classes = model.outputs.classes ?? [];
  return text.split("\n").map((line, index) => ({ line: line.trim(), number: index + 1 })).filter(({ line }) => line !== "").map(({ line, number }) => {
    let parsed;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new ConfigurationError(`${file} line ${number}: not valid JSON: ${shorten(line, 60)}`);
    }
    const predictions = parsed.response?.predictions;
    if (parsed.request === void 0 || !Array.isArray(predictions)) {
      throw new ConfigurationError(
        `${file} line ${number}: expected {"request": {...}, "response": {"predictions": [...]}}`
      );
    }
    return {
      body: JSON.stringify(parsed.request),
      expected: predictions.map((prediction) => predictionVector(prediction, classes, file, number))
    };
  });
}
function predictionVector(prediction, classes, file, line) {
  const record = prediction;
  if (record?.probabilities !== void 0) return classes.map((name) => Number(record.probabilities?.[name]));
  if (typeof record?.value === "number") return [record.value];
  throw new ConfigurationError(`${file} line ${line}: each prediction needs "probabilities" (by class) or "value"`);
}
async function compareServed(url, golden, classes) {
  let worst = 0;
  for (const exchange of golden) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: exchange.body
    });
    const text = await response.text();
    if (response.status !== 200) {
      throw new ConfigurationError(
        `a golden request got HTTP ${response.status}: ${shorten(text, 200)} (request ${shorten(exchange.body, 120)})`
      );
    }
    const served = JSON.parse(text).predictions;
    exchange.expected.forEach((expected, index) => {
      const prediction = served[index];
      const probabilities = prediction?.probabilities;
      const values = probabilities !== void 0 ? classes.length > 0 ? classes.map((name) => probabilities[name] ?? Number.NaN) : Object.values(probabilities) : [prediction?.value ?? Number.NaN];
      expected.forEach((value, k) => {
        const difference = Math.abs((values[k] ?? Number.NaN) - value);
        worst = Number.isNaN(difference) ? Number.POSITIVE_INFINITY : Math.max(worst, difference);
      });
    });
  }
  return worst;
}
async function malformedChecks(url, requests) {
  const checks = [];
  for (const malformed of requests) {
    let status = 0;
    let detail = "";
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": malformed.contentType ?? "application/json" },
        body: malformed.body
      });
      status = response.status;
      detail = shorten(await response.text(), 120);
    } catch (error) {
      detail = describeThrown(error, 120);
    }
    const clean = status >= 400 && status < 500;
    checks.push({
      check: "serving.bad-request",
      status: clean ? "pass" : "fail",
      value: status,
      threshold: "4xx",
      message: clean ? `${malformed.name}: ${status} ${detail}` : `${malformed.name}: expected a 4xx answer, got ${status || "no answer"} ${detail}`
    });
  }
  return checks;
}
export {
  checkServing,
  malformedRequests
};
