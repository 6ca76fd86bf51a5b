import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);

// src/generated/validators/model-package.js
var codePoints = (text) => {
  let count = 0;
  for (const _ of text) count++;
  return count;
};
var validate = validate10;
var model_package_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/mlops-actions/mlops-actions/schemas/model-package.schema.json", "title": "mlops-actions model package manifest (model.json)", "description": "The contract between training, evaluation, serving and promotion. A package is a directory with model.onnx, this manifest and profile.json (the training data's reference profile). The version is the sha256 digest of model.onnx.", "type": "object", "additionalProperties": false, "required": ["format", "formatVersion", "name", "version", "createdAt", "task", "framework", "onnx", "inputs", "outputs", "training", "lineage"], "properties": { "format": { "const": "mlops-actions/model" }, "formatVersion": { "const": 1 }, "name": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, "version": { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$", "description": "sha256 digest of model.onnx: the same bytes are the same version wherever they are stored." }, "createdAt": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T" }, "task": { "enum": ["binary", "multiclass", "regression"] }, "label": { "type": "string", "description": "The label column the model was trained to predict." }, "framework": { "type": "object", "additionalProperties": false, "required": ["name", "backend"], "properties": { "name": { "type": "string", "description": "tensorflow.js for the built-in trainer; command for bring-your-own." }, "version": { "type": "string" }, "backend": { "type": "string", "description": "tensorflow, wasm, cpu, or command." }, "command": { "type": "array", "items": { "type": "string" } } } }, "onnx": { "type": "object", "additionalProperties": false, "required": ["file", "sha256", "bytes", "irVersion", "opsets"], "properties": { "file": { "const": "model.onnx" }, "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" }, "bytes": { "type": "integer", "minimum": 1 }, "irVersion": { "type": "integer", "minimum": 1 }, "producer": { "type": "string" }, "opsets": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["domain", "version"], "properties": { "domain": { "type": "string" }, "version": { "type": "integer", "minimum": 1 } } } } } }, "inputs": { "type": "array", "minItems": 1, "description": "How raw feature records map to the model's input tensors, one entry per raw feature.", "items": { "type": "object", "additionalProperties": false, "required": ["feature", "tensor", "dtype", "shape", "kind"], "properties": { "feature": { "type": "string", "minLength": 1, "description": "Column name in the data / key in a request record." }, "tensor": { "type": "string", "minLength": 1, "description": "ONNX graph input it feeds." }, "dtype": { "enum": ["float32", "float64", "int64", "int32", "string", "bool"] }, "shape": { "type": "array", "items": { "type": ["integer", "string", "null"] }, "description": "Declared shape; a string or null is a symbolic (batch) dimension." }, "kind": { "enum": ["numeric", "categorical"] }, "column": { "type": "integer", "minimum": 0, "description": "For models with one packed input tensor: the feature's column in it." }, "vocabulary": { "type": "array", "items": { "type": "string" } }, "missing": { "type": "string", "description": "How a missing value is encoded (NaN for numerics, empty string for categoricals)." } } } }, "outputs": { "type": "object", "additionalProperties": false, "required": ["tensors"], "properties": { "tensors": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "dtype", "shape"], "properties": { "name": { "type": "string" }, "dtype": { "type": "string" }, "shape": { "type": "array", "items": { "type": ["integer", "string", "null"] } } } } }, "probabilities": { "type": "string", "description": "Output tensor with class probabilities [N, classes]." }, "prediction": { "type": "string", "description": "Output tensor with regression values [N] or [N, 1]." }, "classes": { "type": "array", "items": { "type": "string" }, "description": "Class labels in probability column order." } } }, "training": { "type": "object", "additionalProperties": false, "required": ["data", "params", "seed", "metrics", "lossCurve", "durationSeconds"], "properties": { "data": { "$ref": "#/definitions/dataDigest" }, "validationData": { "$ref": "#/definitions/dataDigest" }, "params": { "type": "object" }, "seed": { "type": "integer" }, "metrics": { "type": "object", "additionalProperties": { "type": ["number", "null"] } }, "lossCurve": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["epoch", "loss"], "properties": { "epoch": { "type": "integer", "minimum": 1 }, "loss": { "type": "number" }, "validationLoss": { "type": "number" } } } }, "stoppedEarly": { "type": "boolean" }, "durationSeconds": { "type": "number", "minimum": 0 }, "rowsPerSecond": { "type": "number", "minimum": 0 } } }, "lineage": { "type": "object", "additionalProperties": false, "required": ["runner", "hardware"], "properties": { "git": { "type": "object", "additionalProperties": false, "properties": { "commit": { "type": "string" }, "ref": { "type": "string" }, "repository": { "type": "string" }, "dirty": { "type": "boolean" } } }, "workflowRun": { "type": "object", "additionalProperties": false, "properties": { "id": { "type": "string" }, "attempt": { "type": "string" }, "workflow": { "type": "string" }, "job": { "type": "string" }, "url": { "type": "string" } } }, "runner": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string" }, "os": { "type": "string" }, "arch": { "type": "string" }, "node": { "type": "string" } } }, "hardware": { "type": "object", "additionalProperties": false, "required": ["cpu", "cores", "memoryBytes", "gpus"], "properties": { "cpu": { "type": "string" }, "cores": { "type": "integer" }, "memoryBytes": { "type": "integer" }, "gpus": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string" }, "memoryMiB": { "type": "number" }, "driver": { "type": "string" } } } }, "usedGpu": { "type": "boolean" } } } } }, "profile": { "const": "profile.json" } }, "definitions": { "dataDigest": { "type": "object", "additionalProperties": false, "required": ["digest", "rows", "files"], "properties": { "digest": { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$", "description": "sha256 over the files' digests, in order." }, "rows": { "type": "integer", "minimum": 0 }, "files": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["path", "sha256", "bytes"], "properties": { "path": { "type": "string" }, "sha256": { "type": "string" }, "bytes": { "type": "integer" } } } } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = codePoints;
var pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "u");
var pattern1 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
var pattern2 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T", "u");
var pattern3 = new RegExp("^[0-9a-f]{64}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.format === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.formatVersion === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "formatVersion" }, message: "must have required property 'formatVersion'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.createdAt === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "createdAt" }, message: "must have required property 'createdAt'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.task === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "task" }, message: "must have required property 'task'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.framework === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "framework" }, message: "must have required property 'framework'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.onnx === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "onnx" }, message: "must have required property 'onnx'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.inputs === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inputs" }, message: "must have required property 'inputs'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.outputs === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outputs" }, message: "must have required property 'outputs'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.training === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "training" }, message: "must have required property 'training'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.lineage === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lineage" }, message: "must have required property 'lineage'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err12 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.format !== void 0) {
      if ("mlops-actions/model" !== data.format) {
        const err13 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "mlops-actions/model" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.formatVersion !== void 0) {
      if (1 !== data.formatVersion) {
        const err14 = { instancePath: instancePath + "/formatVersion", schemaPath: "#/properties/formatVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 === "string") {
        if (!pattern0.test(data2)) {
          const err15 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"' };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data3 = data.version;
      if (typeof data3 === "string") {
        if (!pattern1.test(data3)) {
          const err17 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.createdAt !== void 0) {
      let data4 = data.createdAt;
      if (typeof data4 === "string") {
        if (!pattern2.test(data4)) {
          const err19 = { instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.task !== void 0) {
      let data5 = data.task;
      if (!(data5 === "binary" || data5 === "multiclass" || data5 === "regression")) {
        const err21 = { instancePath: instancePath + "/task", schemaPath: "#/properties/task/enum", keyword: "enum", params: { allowedValues: schema11.properties.task.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.label !== void 0) {
      if (typeof data.label !== "string") {
        const err22 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.framework !== void 0) {
      let data7 = data.framework;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.name === void 0) {
          const err23 = { instancePath: instancePath + "/framework", schemaPath: "#/properties/framework/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data7.backend === void 0) {
          const err24 = { instancePath: instancePath + "/framework", schemaPath: "#/properties/framework/required", keyword: "required", params: { missingProperty: "backend" }, message: "must have required property 'backend'" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        for (const key1 in data7) {
          if (!(key1 === "name" || key1 === "version" || key1 === "backend" || key1 === "command")) {
            const err25 = { instancePath: instancePath + "/framework", schemaPath: "#/properties/framework/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data7.name !== void 0) {
          if (typeof data7.name !== "string") {
            const err26 = { instancePath: instancePath + "/framework/name", schemaPath: "#/properties/framework/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data7.version !== void 0) {
          if (typeof data7.version !== "string") {
            const err27 = { instancePath: instancePath + "/framework/version", schemaPath: "#/properties/framework/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data7.backend !== void 0) {
          if (typeof data7.backend !== "string") {
            const err28 = { instancePath: instancePath + "/framework/backend", schemaPath: "#/properties/framework/properties/backend/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data7.command !== void 0) {
          let data11 = data7.command;
          if (Array.isArray(data11)) {
            const len0 = data11.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data11[i0] !== "string") {
                const err29 = { instancePath: instancePath + "/framework/command/" + i0, schemaPath: "#/properties/framework/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/framework/command", schemaPath: "#/properties/framework/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/framework", schemaPath: "#/properties/framework/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.onnx !== void 0) {
      let data13 = data.onnx;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (data13.file === void 0) {
          const err32 = { instancePath: instancePath + "/onnx", schemaPath: "#/properties/onnx/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data13.sha256 === void 0) {
          const err33 = { instancePath: instancePath + "/onnx", schemaPath: "#/properties/onnx/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (data13.bytes === void 0) {
          const err34 = { instancePath: instancePath + "/onnx", schemaPath: "#/properties/onnx/required", keyword: "required", params: { missingProperty: "bytes" }, message: "must have required property 'bytes'" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data13.irVersion === void 0) {
          const err35 = { instancePath: instancePath + "/onnx", schemaPath: "#/properties/onnx/required", keyword: "required", params: { missingProperty: "irVersion" }, message: "must have required property 'irVersion'" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data13.opsets === void 0) {
          const err36 = { instancePath: instancePath + "/onnx", schemaPath: "#/properties/onnx/required", keyword: "required", params: { missingProperty: "opsets" }, message: "must have required property 'opsets'" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        for (const key2 in data13) {
          if (!(key2 === "file" || key2 === "sha256" || key2 === "bytes" || key2 === "irVersion" || key2 === "producer" || key2 === "opsets")) {
            const err37 = { instancePath: instancePath + "/onnx", schemaPath: "#/properties/onnx/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data13.file !== void 0) {
          if ("model.onnx" !== data13.file) {
            const err38 = { instancePath: instancePath + "/onnx/file", schemaPath: "#/properties/onnx/properties/file/const", keyword: "const", params: { allowedValue: "model.onnx" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data13.sha256 !== void 0) {
          let data15 = data13.sha256;
          if (typeof data15 === "string") {
            if (!pattern3.test(data15)) {
              const err39 = { instancePath: instancePath + "/onnx/sha256", schemaPath: "#/properties/onnx/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          } else {
            const err40 = { instancePath: instancePath + "/onnx/sha256", schemaPath: "#/properties/onnx/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data13.bytes !== void 0) {
          let data16 = data13.bytes;
          if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
            const err41 = { instancePath: instancePath + "/onnx/bytes", schemaPath: "#/properties/onnx/properties/bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 < 1 || isNaN(data16)) {
              const err42 = { instancePath: instancePath + "/onnx/bytes", schemaPath: "#/properties/onnx/properties/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          }
        }
        if (data13.irVersion !== void 0) {
          let data17 = data13.irVersion;
          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
            const err43 = { instancePath: instancePath + "/onnx/irVersion", schemaPath: "#/properties/onnx/properties/irVersion/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 < 1 || isNaN(data17)) {
              const err44 = { instancePath: instancePath + "/onnx/irVersion", schemaPath: "#/properties/onnx/properties/irVersion/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
        }
        if (data13.producer !== void 0) {
          if (typeof data13.producer !== "string") {
            const err45 = { instancePath: instancePath + "/onnx/producer", schemaPath: "#/properties/onnx/properties/producer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data13.opsets !== void 0) {
          let data19 = data13.opsets;
          if (Array.isArray(data19)) {
            if (data19.length < 1) {
              const err46 = { instancePath: instancePath + "/onnx/opsets", schemaPath: "#/properties/onnx/properties/opsets/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            const len1 = data19.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data20 = data19[i1];
              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                if (data20.domain === void 0) {
                  const err47 = { instancePath: instancePath + "/onnx/opsets/" + i1, schemaPath: "#/properties/onnx/properties/opsets/items/required", keyword: "required", params: { missingProperty: "domain" }, message: "must have required property 'domain'" };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
                if (data20.version === void 0) {
                  const err48 = { instancePath: instancePath + "/onnx/opsets/" + i1, schemaPath: "#/properties/onnx/properties/opsets/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
                for (const key3 in data20) {
                  if (!(key3 === "domain" || key3 === "version")) {
                    const err49 = { instancePath: instancePath + "/onnx/opsets/" + i1, schemaPath: "#/properties/onnx/properties/opsets/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (data20.domain !== void 0) {
                  if (typeof data20.domain !== "string") {
                    const err50 = { instancePath: instancePath + "/onnx/opsets/" + i1 + "/domain", schemaPath: "#/properties/onnx/properties/opsets/items/properties/domain/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
                if (data20.version !== void 0) {
                  let data22 = data20.version;
                  if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
                    const err51 = { instancePath: instancePath + "/onnx/opsets/" + i1 + "/version", schemaPath: "#/properties/onnx/properties/opsets/items/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                  if (typeof data22 == "number" && isFinite(data22)) {
                    if (data22 < 1 || isNaN(data22)) {
                      const err52 = { instancePath: instancePath + "/onnx/opsets/" + i1 + "/version", schemaPath: "#/properties/onnx/properties/opsets/items/properties/version/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err53 = { instancePath: instancePath + "/onnx/opsets/" + i1, schemaPath: "#/properties/onnx/properties/opsets/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
          } else {
            const err54 = { instancePath: instancePath + "/onnx/opsets", schemaPath: "#/properties/onnx/properties/opsets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
      } else {
        const err55 = { instancePath: instancePath + "/onnx", schemaPath: "#/properties/onnx/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.inputs !== void 0) {
      let data23 = data.inputs;
      if (Array.isArray(data23)) {
        if (data23.length < 1) {
          const err56 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
        const len2 = data23.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data24 = data23[i2];
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            if (data24.feature === void 0) {
              const err57 = { instancePath: instancePath + "/inputs/" + i2, schemaPath: "#/properties/inputs/items/required", keyword: "required", params: { missingProperty: "feature" }, message: "must have required property 'feature'" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            if (data24.tensor === void 0) {
              const err58 = { instancePath: instancePath + "/inputs/" + i2, schemaPath: "#/properties/inputs/items/required", keyword: "required", params: { missingProperty: "tensor" }, message: "must have required property 'tensor'" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data24.dtype === void 0) {
              const err59 = { instancePath: instancePath + "/inputs/" + i2, schemaPath: "#/properties/inputs/items/required", keyword: "required", params: { missingProperty: "dtype" }, message: "must have required property 'dtype'" };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (data24.shape === void 0) {
              const err60 = { instancePath: instancePath + "/inputs/" + i2, schemaPath: "#/properties/inputs/items/required", keyword: "required", params: { missingProperty: "shape" }, message: "must have required property 'shape'" };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (data24.kind === void 0) {
              const err61 = { instancePath: instancePath + "/inputs/" + i2, schemaPath: "#/properties/inputs/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            for (const key4 in data24) {
              if (!(key4 === "feature" || key4 === "tensor" || key4 === "dtype" || key4 === "shape" || key4 === "kind" || key4 === "column" || key4 === "vocabulary" || key4 === "missing")) {
                const err62 = { instancePath: instancePath + "/inputs/" + i2, schemaPath: "#/properties/inputs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data24.feature !== void 0) {
              let data25 = data24.feature;
              if (typeof data25 === "string") {
                if (func3(data25) < 1) {
                  const err63 = { instancePath: instancePath + "/inputs/" + i2 + "/feature", schemaPath: "#/properties/inputs/items/properties/feature/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
              } else {
                const err64 = { instancePath: instancePath + "/inputs/" + i2 + "/feature", schemaPath: "#/properties/inputs/items/properties/feature/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data24.tensor !== void 0) {
              let data26 = data24.tensor;
              if (typeof data26 === "string") {
                if (func3(data26) < 1) {
                  const err65 = { instancePath: instancePath + "/inputs/" + i2 + "/tensor", schemaPath: "#/properties/inputs/items/properties/tensor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              } else {
                const err66 = { instancePath: instancePath + "/inputs/" + i2 + "/tensor", schemaPath: "#/properties/inputs/items/properties/tensor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data24.dtype !== void 0) {
              let data27 = data24.dtype;
              if (!(data27 === "float32" || data27 === "float64" || data27 === "int64" || data27 === "int32" || data27 === "string" || data27 === "bool")) {
                const err67 = { instancePath: instancePath + "/inputs/" + i2 + "/dtype", schemaPath: "#/properties/inputs/items/properties/dtype/enum", keyword: "enum", params: { allowedValues: schema11.properties.inputs.items.properties.dtype.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data24.shape !== void 0) {
              let data28 = data24.shape;
              if (Array.isArray(data28)) {
                const len3 = data28.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data29 = data28[i3];
                  if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29)) && typeof data29 !== "string" && data29 !== null) {
                    const err68 = { instancePath: instancePath + "/inputs/" + i2 + "/shape/" + i3, schemaPath: "#/properties/inputs/items/properties/shape/items/type", keyword: "type", params: { type: schema11.properties.inputs.items.properties.shape.items.type }, message: "must be integer,string,null" };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
              } else {
                const err69 = { instancePath: instancePath + "/inputs/" + i2 + "/shape", schemaPath: "#/properties/inputs/items/properties/shape/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data24.kind !== void 0) {
              let data30 = data24.kind;
              if (!(data30 === "numeric" || data30 === "categorical")) {
                const err70 = { instancePath: instancePath + "/inputs/" + i2 + "/kind", schemaPath: "#/properties/inputs/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.inputs.items.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data24.column !== void 0) {
              let data31 = data24.column;
              if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
                const err71 = { instancePath: instancePath + "/inputs/" + i2 + "/column", schemaPath: "#/properties/inputs/items/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
              if (typeof data31 == "number" && isFinite(data31)) {
                if (data31 < 0 || isNaN(data31)) {
                  const err72 = { instancePath: instancePath + "/inputs/" + i2 + "/column", schemaPath: "#/properties/inputs/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              }
            }
            if (data24.vocabulary !== void 0) {
              let data32 = data24.vocabulary;
              if (Array.isArray(data32)) {
                const len4 = data32.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  if (typeof data32[i4] !== "string") {
                    const err73 = { instancePath: instancePath + "/inputs/" + i2 + "/vocabulary/" + i4, schemaPath: "#/properties/inputs/items/properties/vocabulary/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
              } else {
                const err74 = { instancePath: instancePath + "/inputs/" + i2 + "/vocabulary", schemaPath: "#/properties/inputs/items/properties/vocabulary/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data24.missing !== void 0) {
              if (typeof data24.missing !== "string") {
                const err75 = { instancePath: instancePath + "/inputs/" + i2 + "/missing", schemaPath: "#/properties/inputs/items/properties/missing/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/inputs/" + i2, schemaPath: "#/properties/inputs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
      } else {
        const err77 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.outputs !== void 0) {
      let data35 = data.outputs;
      if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
        if (data35.tensors === void 0) {
          const err78 = { instancePath: instancePath + "/outputs", schemaPath: "#/properties/outputs/required", keyword: "required", params: { missingProperty: "tensors" }, message: "must have required property 'tensors'" };
          if (vErrors === null) {
            vErrors = [err78];
          } else {
            vErrors.push(err78);
          }
          errors++;
        }
        for (const key5 in data35) {
          if (!(key5 === "tensors" || key5 === "probabilities" || key5 === "prediction" || key5 === "classes")) {
            const err79 = { instancePath: instancePath + "/outputs", schemaPath: "#/properties/outputs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data35.tensors !== void 0) {
          let data36 = data35.tensors;
          if (Array.isArray(data36)) {
            const len5 = data36.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data37 = data36[i5];
              if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                if (data37.name === void 0) {
                  const err80 = { instancePath: instancePath + "/outputs/tensors/" + i5, schemaPath: "#/properties/outputs/properties/tensors/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
                if (data37.dtype === void 0) {
                  const err81 = { instancePath: instancePath + "/outputs/tensors/" + i5, schemaPath: "#/properties/outputs/properties/tensors/items/required", keyword: "required", params: { missingProperty: "dtype" }, message: "must have required property 'dtype'" };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
                if (data37.shape === void 0) {
                  const err82 = { instancePath: instancePath + "/outputs/tensors/" + i5, schemaPath: "#/properties/outputs/properties/tensors/items/required", keyword: "required", params: { missingProperty: "shape" }, message: "must have required property 'shape'" };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
                for (const key6 in data37) {
                  if (!(key6 === "name" || key6 === "dtype" || key6 === "shape")) {
                    const err83 = { instancePath: instancePath + "/outputs/tensors/" + i5, schemaPath: "#/properties/outputs/properties/tensors/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                }
                if (data37.name !== void 0) {
                  if (typeof data37.name !== "string") {
                    const err84 = { instancePath: instancePath + "/outputs/tensors/" + i5 + "/name", schemaPath: "#/properties/outputs/properties/tensors/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                }
                if (data37.dtype !== void 0) {
                  if (typeof data37.dtype !== "string") {
                    const err85 = { instancePath: instancePath + "/outputs/tensors/" + i5 + "/dtype", schemaPath: "#/properties/outputs/properties/tensors/items/properties/dtype/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err85];
                    } else {
                      vErrors.push(err85);
                    }
                    errors++;
                  }
                }
                if (data37.shape !== void 0) {
                  let data40 = data37.shape;
                  if (Array.isArray(data40)) {
                    const len6 = data40.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                      let data41 = data40[i6];
                      if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)) && isFinite(data41)) && typeof data41 !== "string" && data41 !== null) {
                        const err86 = { instancePath: instancePath + "/outputs/tensors/" + i5 + "/shape/" + i6, schemaPath: "#/properties/outputs/properties/tensors/items/properties/shape/items/type", keyword: "type", params: { type: schema11.properties.outputs.properties.tensors.items.properties.shape.items.type }, message: "must be integer,string,null" };
                        if (vErrors === null) {
                          vErrors = [err86];
                        } else {
                          vErrors.push(err86);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err87 = { instancePath: instancePath + "/outputs/tensors/" + i5 + "/shape", schemaPath: "#/properties/outputs/properties/tensors/items/properties/shape/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                }
              } else {
                const err88 = { instancePath: instancePath + "/outputs/tensors/" + i5, schemaPath: "#/properties/outputs/properties/tensors/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
          } else {
            const err89 = { instancePath: instancePath + "/outputs/tensors", schemaPath: "#/properties/outputs/properties/tensors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
        }
        if (data35.probabilities !== void 0) {
          if (typeof data35.probabilities !== "string") {
            const err90 = { instancePath: instancePath + "/outputs/probabilities", schemaPath: "#/properties/outputs/properties/probabilities/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data35.prediction !== void 0) {
          if (typeof data35.prediction !== "string") {
            const err91 = { instancePath: instancePath + "/outputs/prediction", schemaPath: "#/properties/outputs/properties/prediction/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
        if (data35.classes !== void 0) {
          let data44 = data35.classes;
          if (Array.isArray(data44)) {
            const len7 = data44.length;
            for (let i7 = 0; i7 < len7; i7++) {
              if (typeof data44[i7] !== "string") {
                const err92 = { instancePath: instancePath + "/outputs/classes/" + i7, schemaPath: "#/properties/outputs/properties/classes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
          } else {
            const err93 = { instancePath: instancePath + "/outputs/classes", schemaPath: "#/properties/outputs/properties/classes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
      } else {
        const err94 = { instancePath: instancePath + "/outputs", schemaPath: "#/properties/outputs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
    if (data.training !== void 0) {
      let data46 = data.training;
      if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
        if (data46.data === void 0) {
          const err95 = { instancePath: instancePath + "/training", schemaPath: "#/properties/training/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" };
          if (vErrors === null) {
            vErrors = [err95];
          } else {
            vErrors.push(err95);
          }
          errors++;
        }
        if (data46.params === void 0) {
          const err96 = { instancePath: instancePath + "/training", schemaPath: "#/properties/training/required", keyword: "required", params: { missingProperty: "params" }, message: "must have required property 'params'" };
          if (vErrors === null) {
            vErrors = [err96];
          } else {
            vErrors.push(err96);
          }
          errors++;
        }
        if (data46.seed === void 0) {
          const err97 = { instancePath: instancePath + "/training", schemaPath: "#/properties/training/required", keyword: "required", params: { missingProperty: "seed" }, message: "must have required property 'seed'" };
          if (vErrors === null) {
            vErrors = [err97];
          } else {
            vErrors.push(err97);
          }
          errors++;
        }
        if (data46.metrics === void 0) {
          const err98 = { instancePath: instancePath + "/training", schemaPath: "#/properties/training/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'" };
          if (vErrors === null) {
            vErrors = [err98];
          } else {
            vErrors.push(err98);
          }
          errors++;
        }
        if (data46.lossCurve === void 0) {
          const err99 = { instancePath: instancePath + "/training", schemaPath: "#/properties/training/required", keyword: "required", params: { missingProperty: "lossCurve" }, message: "must have required property 'lossCurve'" };
          if (vErrors === null) {
            vErrors = [err99];
          } else {
            vErrors.push(err99);
          }
          errors++;
        }
        if (data46.durationSeconds === void 0) {
          const err100 = { instancePath: instancePath + "/training", schemaPath: "#/properties/training/required", keyword: "required", params: { missingProperty: "durationSeconds" }, message: "must have required property 'durationSeconds'" };
          if (vErrors === null) {
            vErrors = [err100];
          } else {
            vErrors.push(err100);
          }
          errors++;
        }
        for (const key7 in data46) {
          if (!func2.call(schema11.properties.training.properties, key7)) {
            const err101 = { instancePath: instancePath + "/training", schemaPath: "#/properties/training/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
        if (data46.data !== void 0) {
          let data47 = data46.data;
          if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            if (data47.digest === void 0) {
              const err102 = { instancePath: instancePath + "/training/data", schemaPath: "#/definitions/dataDigest/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
              if (vErrors === null) {
                vErrors = [err102];
              } else {
                vErrors.push(err102);
              }
              errors++;
            }
            if (data47.rows === void 0) {
              const err103 = { instancePath: instancePath + "/training/data", schemaPath: "#/definitions/dataDigest/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'" };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
            if (data47.files === void 0) {
              const err104 = { instancePath: instancePath + "/training/data", schemaPath: "#/definitions/dataDigest/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
              if (vErrors === null) {
                vErrors = [err104];
              } else {
                vErrors.push(err104);
              }
              errors++;
            }
            for (const key8 in data47) {
              if (!(key8 === "digest" || key8 === "rows" || key8 === "files")) {
                const err105 = { instancePath: instancePath + "/training/data", schemaPath: "#/definitions/dataDigest/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data47.digest !== void 0) {
              let data48 = data47.digest;
              if (typeof data48 === "string") {
                if (!pattern1.test(data48)) {
                  const err106 = { instancePath: instancePath + "/training/data/digest", schemaPath: "#/definitions/dataDigest/properties/digest/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
              } else {
                const err107 = { instancePath: instancePath + "/training/data/digest", schemaPath: "#/definitions/dataDigest/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
            if (data47.rows !== void 0) {
              let data49 = data47.rows;
              if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)) && isFinite(data49))) {
                const err108 = { instancePath: instancePath + "/training/data/rows", schemaPath: "#/definitions/dataDigest/properties/rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err108];
                } else {
                  vErrors.push(err108);
                }
                errors++;
              }
              if (typeof data49 == "number" && isFinite(data49)) {
                if (data49 < 0 || isNaN(data49)) {
                  const err109 = { instancePath: instancePath + "/training/data/rows", schemaPath: "#/definitions/dataDigest/properties/rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
              }
            }
            if (data47.files !== void 0) {
              let data50 = data47.files;
              if (Array.isArray(data50)) {
                const len8 = data50.length;
                for (let i8 = 0; i8 < len8; i8++) {
                  let data51 = data50[i8];
                  if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                    if (data51.path === void 0) {
                      const err110 = { instancePath: instancePath + "/training/data/files/" + i8, schemaPath: "#/definitions/dataDigest/properties/files/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                      if (vErrors === null) {
                        vErrors = [err110];
                      } else {
                        vErrors.push(err110);
                      }
                      errors++;
                    }
                    if (data51.sha256 === void 0) {
                      const err111 = { instancePath: instancePath + "/training/data/files/" + i8, schemaPath: "#/definitions/dataDigest/properties/files/items/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
                      if (vErrors === null) {
                        vErrors = [err111];
                      } else {
                        vErrors.push(err111);
                      }
                      errors++;
                    }
                    if (data51.bytes === void 0) {
                      const err112 = { instancePath: instancePath + "/training/data/files/" + i8, schemaPath: "#/definitions/dataDigest/properties/files/items/required", keyword: "required", params: { missingProperty: "bytes" }, message: "must have required property 'bytes'" };
                      if (vErrors === null) {
                        vErrors = [err112];
                      } else {
                        vErrors.push(err112);
                      }
                      errors++;
                    }
                    for (const key9 in data51) {
                      if (!(key9 === "path" || key9 === "sha256" || key9 === "bytes")) {
                        const err113 = { instancePath: instancePath + "/training/data/files/" + i8, schemaPath: "#/definitions/dataDigest/properties/files/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err113];
                        } else {
                          vErrors.push(err113);
                        }
                        errors++;
                      }
                    }
                    if (data51.path !== void 0) {
                      if (typeof data51.path !== "string") {
                        const err114 = { instancePath: instancePath + "/training/data/files/" + i8 + "/path", schemaPath: "#/definitions/dataDigest/properties/files/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err114];
                        } else {
                          vErrors.push(err114);
                        }
                        errors++;
                      }
                    }
                    if (data51.sha256 !== void 0) {
                      if (typeof data51.sha256 !== "string") {
                        const err115 = { instancePath: instancePath + "/training/data/files/" + i8 + "/sha256", schemaPath: "#/definitions/dataDigest/properties/files/items/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err115];
                        } else {
                          vErrors.push(err115);
                        }
                        errors++;
                      }
                    }
                    if (data51.bytes !== void 0) {
                      let data54 = data51.bytes;
                      if (!(typeof data54 == "number" && (!(data54 % 1) && !isNaN(data54)) && isFinite(data54))) {
                        const err116 = { instancePath: instancePath + "/training/data/files/" + i8 + "/bytes", schemaPath: "#/definitions/dataDigest/properties/files/items/properties/bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err116];
                        } else {
                          vErrors.push(err116);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err117 = { instancePath: instancePath + "/training/data/files/" + i8, schemaPath: "#/definitions/dataDigest/properties/files/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                }
              } else {
                const err118 = { instancePath: instancePath + "/training/data/files", schemaPath: "#/definitions/dataDigest/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err118];
                } else {
                  vErrors.push(err118);
                }
                errors++;
              }
            }
          } else {
            const err119 = { instancePath: instancePath + "/training/data", schemaPath: "#/definitions/dataDigest/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err119];
            } else {
              vErrors.push(err119);
            }
            errors++;
          }
        }
        if (data46.validationData !== void 0) {
          let data55 = data46.validationData;
          if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
            if (data55.digest === void 0) {
              const err120 = { instancePath: instancePath + "/training/validationData", schemaPath: "#/definitions/dataDigest/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
              if (vErrors === null) {
                vErrors = [err120];
              } else {
                vErrors.push(err120);
              }
              errors++;
            }
            if (data55.rows === void 0) {
              const err121 = { instancePath: instancePath + "/training/validationData", schemaPath: "#/definitions/dataDigest/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'" };
              if (vErrors === null) {
                vErrors = [err121];
              } else {
                vErrors.push(err121);
              }
              errors++;
            }
            if (data55.files === void 0) {
              const err122 = { instancePath: instancePath + "/training/validationData", schemaPath: "#/definitions/dataDigest/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
              if (vErrors === null) {
                vErrors = [err122];
              } else {
                vErrors.push(err122);
              }
              errors++;
            }
            for (const key10 in data55) {
              if (!(key10 === "digest" || key10 === "rows" || key10 === "files")) {
                const err123 = { instancePath: instancePath + "/training/validationData", schemaPath: "#/definitions/dataDigest/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err123];
                } else {
                  vErrors.push(err123);
                }
                errors++;
              }
            }
            if (data55.digest !== void 0) {
              let data56 = data55.digest;
              if (typeof data56 === "string") {
                if (!pattern1.test(data56)) {
                  const err124 = { instancePath: instancePath + "/training/validationData/digest", schemaPath: "#/definitions/dataDigest/properties/digest/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' };
                  if (vErrors === null) {
                    vErrors = [err124];
                  } else {
                    vErrors.push(err124);
                  }
                  errors++;
                }
              } else {
                const err125 = { instancePath: instancePath + "/training/validationData/digest", schemaPath: "#/definitions/dataDigest/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err125];
                } else {
                  vErrors.push(err125);
                }
                errors++;
              }
            }
            if (data55.rows !== void 0) {
              let data57 = data55.rows;
              if (!(typeof data57 == "number" && (!(data57 % 1) && !isNaN(data57)) && isFinite(data57))) {
                const err126 = { instancePath: instancePath + "/training/validationData/rows", schemaPath: "#/definitions/dataDigest/properties/rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err126];
                } else {
                  vErrors.push(err126);
                }
                errors++;
              }
              if (typeof data57 == "number" && isFinite(data57)) {
                if (data57 < 0 || isNaN(data57)) {
                  const err127 = { instancePath: instancePath + "/training/validationData/rows", schemaPath: "#/definitions/dataDigest/properties/rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err127];
                  } else {
                    vErrors.push(err127);
                  }
                  errors++;
                }
              }
            }
            if (data55.files !== void 0) {
              let data58 = data55.files;
              if (Array.isArray(data58)) {
                const len9 = data58.length;
                for (let i9 = 0; i9 < len9; i9++) {
                  let data59 = data58[i9];
                  if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
                    if (data59.path === void 0) {
                      const err128 = { instancePath: instancePath + "/training/validationData/files/" + i9, schemaPath: "#/definitions/dataDigest/properties/files/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                      if (vErrors === null) {
                        vErrors = [err128];
                      } else {
                        vErrors.push(err128);
                      }
                      errors++;
                    }
                    if (data59.sha256 === void 0) {
                      const err129 = { instancePath: instancePath + "/training/validationData/files/" + i9, schemaPath: "#/definitions/dataDigest/properties/files/items/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
                      if (vErrors === null) {
                        vErrors = [err129];
                      } else {
                        vErrors.push(err129);
                      }
                      errors++;
                    }
                    if (data59.bytes === void 0) {
                      const err130 = { instancePath: instancePath + "/training/validationData/files/" + i9, schemaPath: "#/definitions/dataDigest/properties/files/items/required", keyword: "required", params: { missingProperty: "bytes" }, message: "must have required property 'bytes'" };
                      if (vErrors === null) {
                        vErrors = [err130];
                      } else {
                        vErrors.push(err130);
                      }
                      errors++;
                    }
                    for (const key11 in data59) {
                      if (!(key11 === "path" || key11 === "sha256" || key11 === "bytes")) {
                        const err131 = { instancePath: instancePath + "/training/validationData/files/" + i9, schemaPath: "#/definitions/dataDigest/properties/files/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err131];
                        } else {
                          vErrors.push(err131);
                        }
                        errors++;
                      }
                    }
                    if (data59.path !== void 0) {
                      if (typeof data59.path !== "string") {
                        const err132 = { instancePath: instancePath + "/training/validationData/files/" + i9 + "/path", schemaPath: "#/definitions/dataDigest/properties/files/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err132];
                        } else {
                          vErrors.push(err132);
                        }
                        errors++;
                      }
                    }
                    if (data59.sha256 !== void 0) {
                      if (typeof data59.sha256 !== "string") {
                        const err133 = { instancePath: instancePath + "/training/validationData/files/" + i9 + "/sha256", schemaPath: "#/definitions/dataDigest/properties/files/items/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err133];
                        } else {
                          vErrors.push(err133);
                        }
                        errors++;
                      }
                    }
                    if (data59.bytes !== void 0) {
                      let data62 = data59.bytes;
                      if (!(typeof data62 == "number" && (!(data62 % 1) && !isNaN(data62)) && isFinite(data62))) {
                        const err134 = { instancePath: instancePath + "/training/validationData/files/" + i9 + "/bytes", schemaPath: "#/definitions/dataDigest/properties/files/items/properties/bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err134];
                        } else {
                          vErrors.push(err134);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err135 = { instancePath: instancePath + "/training/validationData/files/" + i9, schemaPath: "#/definitions/dataDigest/properties/files/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err135];
                    } else {
                      vErrors.push(err135);
                    }
                    errors++;
                  }
                }
              } else {
                const err136 = { instancePath: instancePath + "/training/validationData/files", schemaPath: "#/definitions/dataDigest/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
            }
          } else {
            const err137 = { instancePath: instancePath + "/training/validationData", schemaPath: "#/definitions/dataDigest/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err137];
            } else {
              vErrors.push(err137);
            }
            errors++;
          }
        }
        if (data46.params !== void 0) {
          let data63 = data46.params;
          if (!(data63 && typeof data63 == "object" && !Array.isArray(data63))) {
            const err138 = { instancePath: instancePath + "/training/params", schemaPath: "#/properties/training/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err138];
            } else {
              vErrors.push(err138);
            }
            errors++;
          }
        }
        if (data46.seed !== void 0) {
          let data64 = data46.seed;
          if (!(typeof data64 == "number" && (!(data64 % 1) && !isNaN(data64)) && isFinite(data64))) {
            const err139 = { instancePath: instancePath + "/training/seed", schemaPath: "#/properties/training/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
        }
        if (data46.metrics !== void 0) {
          let data65 = data46.metrics;
          if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
            for (const key12 in data65) {
              let data66 = data65[key12];
              if (!(typeof data66 == "number" && isFinite(data66)) && data66 !== null) {
                const err140 = { instancePath: instancePath + "/training/metrics/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/training/properties/metrics/additionalProperties/type", keyword: "type", params: { type: schema11.properties.training.properties.metrics.additionalProperties.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err140];
                } else {
                  vErrors.push(err140);
                }
                errors++;
              }
            }
          } else {
            const err141 = { instancePath: instancePath + "/training/metrics", schemaPath: "#/properties/training/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors++;
          }
        }
        if (data46.lossCurve !== void 0) {
          let data67 = data46.lossCurve;
          if (Array.isArray(data67)) {
            const len10 = data67.length;
            for (let i10 = 0; i10 < len10; i10++) {
              let data68 = data67[i10];
              if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                if (data68.epoch === void 0) {
                  const err142 = { instancePath: instancePath + "/training/lossCurve/" + i10, schemaPath: "#/properties/training/properties/lossCurve/items/required", keyword: "required", params: { missingProperty: "epoch" }, message: "must have required property 'epoch'" };
                  if (vErrors === null) {
                    vErrors = [err142];
                  } else {
                    vErrors.push(err142);
                  }
                  errors++;
                }
                if (data68.loss === void 0) {
                  const err143 = { instancePath: instancePath + "/training/lossCurve/" + i10, schemaPath: "#/properties/training/properties/lossCurve/items/required", keyword: "required", params: { missingProperty: "loss" }, message: "must have required property 'loss'" };
                  if (vErrors === null) {
                    vErrors = [err143];
                  } else {
                    vErrors.push(err143);
                  }
                  errors++;
                }
                for (const key13 in data68) {
                  if (!(key13 === "epoch" || key13 === "loss" || key13 === "validationLoss")) {
                    const err144 = { instancePath: instancePath + "/training/lossCurve/" + i10, schemaPath: "#/properties/training/properties/lossCurve/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err144];
                    } else {
                      vErrors.push(err144);
                    }
                    errors++;
                  }
                }
                if (data68.epoch !== void 0) {
                  let data69 = data68.epoch;
                  if (!(typeof data69 == "number" && (!(data69 % 1) && !isNaN(data69)) && isFinite(data69))) {
                    const err145 = { instancePath: instancePath + "/training/lossCurve/" + i10 + "/epoch", schemaPath: "#/properties/training/properties/lossCurve/items/properties/epoch/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err145];
                    } else {
                      vErrors.push(err145);
                    }
                    errors++;
                  }
                  if (typeof data69 == "number" && isFinite(data69)) {
                    if (data69 < 1 || isNaN(data69)) {
                      const err146 = { instancePath: instancePath + "/training/lossCurve/" + i10 + "/epoch", schemaPath: "#/properties/training/properties/lossCurve/items/properties/epoch/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err146];
                      } else {
                        vErrors.push(err146);
                      }
                      errors++;
                    }
                  }
                }
                if (data68.loss !== void 0) {
                  let data70 = data68.loss;
                  if (!(typeof data70 == "number" && isFinite(data70))) {
                    const err147 = { instancePath: instancePath + "/training/lossCurve/" + i10 + "/loss", schemaPath: "#/properties/training/properties/lossCurve/items/properties/loss/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err147];
                    } else {
                      vErrors.push(err147);
                    }
                    errors++;
                  }
                }
                if (data68.validationLoss !== void 0) {
                  let data71 = data68.validationLoss;
                  if (!(typeof data71 == "number" && isFinite(data71))) {
                    const err148 = { instancePath: instancePath + "/training/lossCurve/" + i10 + "/validationLoss", schemaPath: "#/properties/training/properties/lossCurve/items/properties/validationLoss/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err148];
                    } else {
                      vErrors.push(err148);
                    }
                    errors++;
                  }
                }
              } else {
                const err149 = { instancePath: instancePath + "/training/lossCurve/" + i10, schemaPath: "#/properties/training/properties/lossCurve/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err149];
                } else {
                  vErrors.push(err149);
                }
                errors++;
              }
            }
          } else {
            const err150 = { instancePath: instancePath + "/training/lossCurve", schemaPath: "#/properties/training/properties/lossCurve/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err150];
            } else {
              vErrors.push(err150);
            }
            errors++;
          }
        }
        if (data46.stoppedEarly !== void 0) {
          if (typeof data46.stoppedEarly !== "boolean") {
            const err151 = { instancePath: instancePath + "/training/stoppedEarly", schemaPath: "#/properties/training/properties/stoppedEarly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err151];
            } else {
              vErrors.push(err151);
            }
            errors++;
          }
        }
        if (data46.durationSeconds !== void 0) {
          let data73 = data46.durationSeconds;
          if (typeof data73 == "number" && isFinite(data73)) {
            if (data73 < 0 || isNaN(data73)) {
              const err152 = { instancePath: instancePath + "/training/durationSeconds", schemaPath: "#/properties/training/properties/durationSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err152];
              } else {
                vErrors.push(err152);
              }
              errors++;
            }
          } else {
            const err153 = { instancePath: instancePath + "/training/durationSeconds", schemaPath: "#/properties/training/properties/durationSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err153];
            } else {
              vErrors.push(err153);
            }
            errors++;
          }
        }
        if (data46.rowsPerSecond !== void 0) {
          let data74 = data46.rowsPerSecond;
          if (typeof data74 == "number" && isFinite(data74)) {
            if (data74 < 0 || isNaN(data74)) {
              const err154 = { instancePath: instancePath + "/training/rowsPerSecond", schemaPath: "#/properties/training/properties/rowsPerSecond/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err154];
              } else {
                vErrors.push(err154);
              }
              errors++;
            }
          } else {
            const err155 = { instancePath: instancePath + "/training/rowsPerSecond", schemaPath: "#/properties/training/properties/rowsPerSecond/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err155];
            } else {
              vErrors.push(err155);
            }
            errors++;
          }
        }
      } else {
        const err156 = { instancePath: instancePath + "/training", schemaPath: "#/properties/training/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err156];
        } else {
          vErrors.push(err156);
        }
        errors++;
      }
    }
    if (data.lineage !== void 0) {
      let data75 = data.lineage;
      if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
        if (data75.runner === void 0) {
          const err157 = { instancePath: instancePath + "/lineage", schemaPath: "#/properties/lineage/required", keyword: "required", params: { missingProperty: "runner" }, message: "must have required property 'runner'" };
          if (vErrors === null) {
            vErrors = [err157];
          } else {
            vErrors.push(err157);
          }
          errors++;
        }
        if (data75.hardware === void 0) {
          const err158 = { instancePath: instancePath + "/lineage", schemaPath: "#/properties/lineage/required", keyword: "required", params: { missingProperty: "hardware" }, message: "must have required property 'hardware'" };
          if (vErrors === null) {
            vErrors = [err158];
          } else {
            vErrors.push(err158);
          }
          errors++;
        }
        for (const key14 in data75) {
          if (!(key14 === "git" || key14 === "workflowRun" || key14 === "runner" || key14 === "hardware")) {
            const err159 = { instancePath: instancePath + "/lineage", schemaPath: "#/properties/lineage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err159];
            } else {
              vErrors.push(err159);
            }
            errors++;
          }
        }
        if (data75.git !== void 0) {
          let data76 = data75.git;
          if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
            for (const key15 in data76) {
              if (!(key15 === "commit" || key15 === "ref" || key15 === "repository" || key15 === "dirty")) {
                const err160 = { instancePath: instancePath + "/lineage/git", schemaPath: "#/properties/lineage/properties/git/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err160];
                } else {
                  vErrors.push(err160);
                }
                errors++;
              }
            }
            if (data76.commit !== void 0) {
              if (typeof data76.commit !== "string") {
                const err161 = { instancePath: instancePath + "/lineage/git/commit", schemaPath: "#/properties/lineage/properties/git/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err161];
                } else {
                  vErrors.push(err161);
                }
                errors++;
              }
            }
            if (data76.ref !== void 0) {
              if (typeof data76.ref !== "string") {
                const err162 = { instancePath: instancePath + "/lineage/git/ref", schemaPath: "#/properties/lineage/properties/git/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
            }
            if (data76.repository !== void 0) {
              if (typeof data76.repository !== "string") {
                const err163 = { instancePath: instancePath + "/lineage/git/repository", schemaPath: "#/properties/lineage/properties/git/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err163];
                } else {
                  vErrors.push(err163);
                }
                errors++;
              }
            }
            if (data76.dirty !== void 0) {
              if (typeof data76.dirty !== "boolean") {
                const err164 = { instancePath: instancePath + "/lineage/git/dirty", schemaPath: "#/properties/lineage/properties/git/properties/dirty/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err164];
                } else {
                  vErrors.push(err164);
                }
                errors++;
              }
            }
          } else {
            const err165 = { instancePath: instancePath + "/lineage/git", schemaPath: "#/properties/lineage/properties/git/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err165];
            } else {
              vErrors.push(err165);
            }
            errors++;
          }
        }
        if (data75.workflowRun !== void 0) {
          let data81 = data75.workflowRun;
          if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
            for (const key16 in data81) {
              if (!(key16 === "id" || key16 === "attempt" || key16 === "workflow" || key16 === "job" || key16 === "url")) {
                const err166 = { instancePath: instancePath + "/lineage/workflowRun", schemaPath: "#/properties/lineage/properties/workflowRun/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err166];
                } else {
                  vErrors.push(err166);
                }
                errors++;
              }
            }
            if (data81.id !== void 0) {
              if (typeof data81.id !== "string") {
                const err167 = { instancePath: instancePath + "/lineage/workflowRun/id", schemaPath: "#/properties/lineage/properties/workflowRun/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err167];
                } else {
                  vErrors.push(err167);
                }
                errors++;
              }
            }
            if (data81.attempt !== void 0) {
              if (typeof data81.attempt !== "string") {
                const err168 = { instancePath: instancePath + "/lineage/workflowRun/attempt", schemaPath: "#/properties/lineage/properties/workflowRun/properties/attempt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err168];
                } else {
                  vErrors.push(err168);
                }
                errors++;
              }
            }
            if (data81.workflow !== void 0) {
              if (typeof data81.workflow !== "string") {
                const err169 = { instancePath: instancePath + "/lineage/workflowRun/workflow", schemaPath: "#/properties/lineage/properties/workflowRun/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err169];
                } else {
                  vErrors.push(err169);
                }
                errors++;
              }
            }
            if (data81.job !== void 0) {
              if (typeof data81.job !== "string") {
                const err170 = { instancePath: instancePath + "/lineage/workflowRun/job", schemaPath: "#/properties/lineage/properties/workflowRun/properties/job/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err170];
                } else {
                  vErrors.push(err170);
                }
                errors++;
              }
            }
            if (data81.url !== void 0) {
              if (typeof data81.url !== "string") {
                const err171 = { instancePath: instancePath + "/lineage/workflowRun/url", schemaPath: "#/properties/lineage/properties/workflowRun/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            }
          } else {
            const err172 = { instancePath: instancePath + "/lineage/workflowRun", schemaPath: "#/properties/lineage/properties/workflowRun/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err172];
            } else {
              vErrors.push(err172);
            }
            errors++;
          }
        }
        if (data75.runner !== void 0) {
          let data87 = data75.runner;
          if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
            for (const key17 in data87) {
              if (!(key17 === "name" || key17 === "os" || key17 === "arch" || key17 === "node")) {
                const err173 = { instancePath: instancePath + "/lineage/runner", schemaPath: "#/properties/lineage/properties/runner/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err173];
                } else {
                  vErrors.push(err173);
                }
                errors++;
              }
            }
            if (data87.name !== void 0) {
              if (typeof data87.name !== "string") {
                const err174 = { instancePath: instancePath + "/lineage/runner/name", schemaPath: "#/properties/lineage/properties/runner/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err174];
                } else {
                  vErrors.push(err174);
                }
                errors++;
              }
            }
            if (data87.os !== void 0) {
              if (typeof data87.os !== "string") {
                const err175 = { instancePath: instancePath + "/lineage/runner/os", schemaPath: "#/properties/lineage/properties/runner/properties/os/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err175];
                } else {
                  vErrors.push(err175);
                }
                errors++;
              }
            }
            if (data87.arch !== void 0) {
              if (typeof data87.arch !== "string") {
                const err176 = { instancePath: instancePath + "/lineage/runner/arch", schemaPath: "#/properties/lineage/properties/runner/properties/arch/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err176];
                } else {
                  vErrors.push(err176);
                }
                errors++;
              }
            }
            if (data87.node !== void 0) {
              if (typeof data87.node !== "string") {
                const err177 = { instancePath: instancePath + "/lineage/runner/node", schemaPath: "#/properties/lineage/properties/runner/properties/node/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err177];
                } else {
                  vErrors.push(err177);
                }
                errors++;
              }
            }
          } else {
            const err178 = { instancePath: instancePath + "/lineage/runner", schemaPath: "#/properties/lineage/properties/runner/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err178];
            } else {
              vErrors.push(err178);
            }
            errors++;
          }
        }
        if (data75.hardware !== void 0) {
          let data92 = data75.hardware;
          if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
            if (data92.cpu === void 0) {
              const err179 = { instancePath: instancePath + "/lineage/hardware", schemaPath: "#/properties/lineage/properties/hardware/required", keyword: "required", params: { missingProperty: "cpu" }, message: "must have required property 'cpu'" };
              if (vErrors === null) {
                vErrors = [err179];
              } else {
                vErrors.push(err179);
              }
              errors++;
            }
            if (data92.cores === void 0) {
              const err180 = { instancePath: instancePath + "/lineage/hardware", schemaPath: "#/properties/lineage/properties/hardware/required", keyword: "required", params: { missingProperty: "cores" }, message: "must have required property 'cores'" };
              if (vErrors === null) {
                vErrors = [err180];
              } else {
                vErrors.push(err180);
              }
              errors++;
            }
            if (data92.memoryBytes === void 0) {
              const err181 = { instancePath: instancePath + "/lineage/hardware", schemaPath: "#/properties/lineage/properties/hardware/required", keyword: "required", params: { missingProperty: "memoryBytes" }, message: "must have required property 'memoryBytes'" };
              if (vErrors === null) {
                vErrors = [err181];
              } else {
                vErrors.push(err181);
              }
              errors++;
            }
            if (data92.gpus === void 0) {
              const err182 = { instancePath: instancePath + "/lineage/hardware", schemaPath: "#/properties/lineage/properties/hardware/required", keyword: "required", params: { missingProperty: "gpus" }, message: "must have required property 'gpus'" };
              if (vErrors === null) {
                vErrors = [err182];
              } else {
                vErrors.push(err182);
              }
              errors++;
            }
            for (const key18 in data92) {
              if (!(key18 === "cpu" || key18 === "cores" || key18 === "memoryBytes" || key18 === "gpus" || key18 === "usedGpu")) {
                const err183 = { instancePath: instancePath + "/lineage/hardware", schemaPath: "#/properties/lineage/properties/hardware/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err183];
                } else {
                  vErrors.push(err183);
                }
                errors++;
              }
            }
            if (data92.cpu !== void 0) {
              if (typeof data92.cpu !== "string") {
                const err184 = { instancePath: instancePath + "/lineage/hardware/cpu", schemaPath: "#/properties/lineage/properties/hardware/properties/cpu/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err184];
                } else {
                  vErrors.push(err184);
                }
                errors++;
              }
            }
            if (data92.cores !== void 0) {
              let data94 = data92.cores;
              if (!(typeof data94 == "number" && (!(data94 % 1) && !isNaN(data94)) && isFinite(data94))) {
                const err185 = { instancePath: instancePath + "/lineage/hardware/cores", schemaPath: "#/properties/lineage/properties/hardware/properties/cores/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err185];
                } else {
                  vErrors.push(err185);
                }
                errors++;
              }
            }
            if (data92.memoryBytes !== void 0) {
              let data95 = data92.memoryBytes;
              if (!(typeof data95 == "number" && (!(data95 % 1) && !isNaN(data95)) && isFinite(data95))) {
                const err186 = { instancePath: instancePath + "/lineage/hardware/memoryBytes", schemaPath: "#/properties/lineage/properties/hardware/properties/memoryBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err186];
                } else {
                  vErrors.push(err186);
                }
                errors++;
              }
            }
            if (data92.gpus !== void 0) {
              let data96 = data92.gpus;
              if (Array.isArray(data96)) {
                const len11 = data96.length;
                for (let i11 = 0; i11 < len11; i11++) {
                  let data97 = data96[i11];
                  if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
                    if (data97.name === void 0) {
                      const err187 = { instancePath: instancePath + "/lineage/hardware/gpus/" + i11, schemaPath: "#/properties/lineage/properties/hardware/properties/gpus/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                      if (vErrors === null) {
                        vErrors = [err187];
                      } else {
                        vErrors.push(err187);
                      }
                      errors++;
                    }
                    for (const key19 in data97) {
                      if (!(key19 === "name" || key19 === "memoryMiB" || key19 === "driver")) {
                        const err188 = { instancePath: instancePath + "/lineage/hardware/gpus/" + i11, schemaPath: "#/properties/lineage/properties/hardware/properties/gpus/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err188];
                        } else {
                          vErrors.push(err188);
                        }
                        errors++;
                      }
                    }
                    if (data97.name !== void 0) {
                      if (typeof data97.name !== "string") {
                        const err189 = { instancePath: instancePath + "/lineage/hardware/gpus/" + i11 + "/name", schemaPath: "#/properties/lineage/properties/hardware/properties/gpus/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err189];
                        } else {
                          vErrors.push(err189);
                        }
                        errors++;
                      }
                    }
                    if (data97.memoryMiB !== void 0) {
                      let data99 = data97.memoryMiB;
                      if (!(typeof data99 == "number" && isFinite(data99))) {
                        const err190 = { instancePath: instancePath + "/lineage/hardware/gpus/" + i11 + "/memoryMiB", schemaPath: "#/properties/lineage/properties/hardware/properties/gpus/items/properties/memoryMiB/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err190];
                        } else {
                          vErrors.push(err190);
                        }
                        errors++;
                      }
                    }
                    if (data97.driver !== void 0) {
                      if (typeof data97.driver !== "string") {
                        const err191 = { instancePath: instancePath + "/lineage/hardware/gpus/" + i11 + "/driver", schemaPath: "#/properties/lineage/properties/hardware/properties/gpus/items/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err191];
                        } else {
                          vErrors.push(err191);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err192 = { instancePath: instancePath + "/lineage/hardware/gpus/" + i11, schemaPath: "#/properties/lineage/properties/hardware/properties/gpus/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err192];
                    } else {
                      vErrors.push(err192);
                    }
                    errors++;
                  }
                }
              } else {
                const err193 = { instancePath: instancePath + "/lineage/hardware/gpus", schemaPath: "#/properties/lineage/properties/hardware/properties/gpus/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err193];
                } else {
                  vErrors.push(err193);
                }
                errors++;
              }
            }
            if (data92.usedGpu !== void 0) {
              if (typeof data92.usedGpu !== "boolean") {
                const err194 = { instancePath: instancePath + "/lineage/hardware/usedGpu", schemaPath: "#/properties/lineage/properties/hardware/properties/usedGpu/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err194];
                } else {
                  vErrors.push(err194);
                }
                errors++;
              }
            }
          } else {
            const err195 = { instancePath: instancePath + "/lineage/hardware", schemaPath: "#/properties/lineage/properties/hardware/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err195];
            } else {
              vErrors.push(err195);
            }
            errors++;
          }
        }
      } else {
        const err196 = { instancePath: instancePath + "/lineage", schemaPath: "#/properties/lineage/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err196];
        } else {
          vErrors.push(err196);
        }
        errors++;
      }
    }
    if (data.profile !== void 0) {
      if ("profile.json" !== data.profile) {
        const err197 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/const", keyword: "const", params: { allowedValue: "profile.json" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err197];
        } else {
          vErrors.push(err197);
        }
        errors++;
      }
    }
  } else {
    const err198 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err198];
    } else {
      vErrors.push(err198);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

export {
  validate,
  model_package_default
};
