import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  readJsonFile
} from "./chunk-HJIXDHLD.js";
import {
  DistinctSketch,
  QuantileSketch
} from "./chunk-KHYRHHGG.js";
import {
  checkedBy
} from "./chunk-FEWK3QBM.js";

// src/validate/schema.ts
import { writeFile } from "node:fs/promises";

// src/generated/validators/data-schema.js
var codePoints = (text) => {
  let count = 0;
  for (const _ of text) count++;
  return count;
};
var data_schema_default = validate10;
var schema12 = { "type": "object", "required": ["name", "type"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1 }, "type": { "enum": ["integer", "float", "string", "boolean"] }, "maxMissingFraction": { "type": "number", "minimum": 0, "maximum": 1, "description": "Largest accepted fraction of rows without a value. 0 = required in every row. Default 0." }, "range": { "type": "object", "additionalProperties": false, "properties": { "min": { "type": "number" }, "max": { "type": "number" } }, "description": "Inclusive bounds for numeric features." }, "domain": { "type": "array", "items": { "type": ["string", "number", "boolean"] }, "description": "Allowed values of a categorical feature; any other value is an unseen-category anomaly." }, "allowNonFinite": { "type": "boolean", "description": "Accept NaN and \xB1Infinity. Default false." }, "environments": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Environments this feature is expected in (overrides the schema's list), e.g. the label only in TRAINING." }, "description": { "type": "string" } } };
var func2 = codePoints;
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
    if (data.version === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.features === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "features" }, message: "must have required property 'features'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "format" || key0 === "version" || key0 === "label" || key0 === "environments" || key0 === "rows" || key0 === "inferredFrom" || key0 === "features")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.format !== void 0) {
      if ("mlops-actions/schema" !== data.format) {
        const err4 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "mlops-actions/schema" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (1 !== data.version) {
        const err5 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.label !== void 0) {
      let data2 = data.label;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err6 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.environments !== void 0) {
      let data3 = data.environments;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err8 = { instancePath: instancePath + "/environments/" + i0, schemaPath: "#/properties/environments/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/environments/" + i0, schemaPath: "#/properties/environments/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        let i1 = data3.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data3[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err10 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.rows !== void 0) {
      let data5 = data.rows;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          if (!(key1 === "min" || key1 === "maxRelativeChange")) {
            const err12 = { instancePath: instancePath + "/rows", schemaPath: "#/properties/rows/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data5.min !== void 0) {
          let data6 = data5.min;
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
            const err13 = { instancePath: instancePath + "/rows/min", schemaPath: "#/properties/rows/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (typeof data6 == "number" && isFinite(data6)) {
            if (data6 < 0 || isNaN(data6)) {
              const err14 = { instancePath: instancePath + "/rows/min", schemaPath: "#/properties/rows/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
        }
        if (data5.maxRelativeChange !== void 0) {
          let data7 = data5.maxRelativeChange;
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 <= 0 || isNaN(data7)) {
              const err15 = { instancePath: instancePath + "/rows/maxRelativeChange", schemaPath: "#/properties/rows/properties/maxRelativeChange/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/rows/maxRelativeChange", schemaPath: "#/properties/rows/properties/maxRelativeChange/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/rows", schemaPath: "#/properties/rows/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.inferredFrom !== void 0) {
      if (typeof data.inferredFrom !== "string") {
        const err18 = { instancePath: instancePath + "/inferredFrom", schemaPath: "#/properties/inferredFrom/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.features !== void 0) {
      let data9 = data.features;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data10 = data9[i2];
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.name === void 0) {
              const err19 = { instancePath: instancePath + "/features/" + i2, schemaPath: "#/definitions/feature/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data10.type === void 0) {
              const err20 = { instancePath: instancePath + "/features/" + i2, schemaPath: "#/definitions/feature/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            for (const key2 in data10) {
              if (!(key2 === "name" || key2 === "type" || key2 === "maxMissingFraction" || key2 === "range" || key2 === "domain" || key2 === "allowNonFinite" || key2 === "environments" || key2 === "description")) {
                const err21 = { instancePath: instancePath + "/features/" + i2, schemaPath: "#/definitions/feature/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data10.name !== void 0) {
              let data11 = data10.name;
              if (typeof data11 === "string") {
                if (func2(data11) < 1) {
                  const err22 = { instancePath: instancePath + "/features/" + i2 + "/name", schemaPath: "#/definitions/feature/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/features/" + i2 + "/name", schemaPath: "#/definitions/feature/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data10.type !== void 0) {
              let data12 = data10.type;
              if (!(data12 === "integer" || data12 === "float" || data12 === "string" || data12 === "boolean")) {
                const err24 = { instancePath: instancePath + "/features/" + i2 + "/type", schemaPath: "#/definitions/feature/properties/type/enum", keyword: "enum", params: { allowedValues: schema12.properties.type.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data10.maxMissingFraction !== void 0) {
              let data13 = data10.maxMissingFraction;
              if (typeof data13 == "number" && isFinite(data13)) {
                if (data13 > 1 || isNaN(data13)) {
                  const err25 = { instancePath: instancePath + "/features/" + i2 + "/maxMissingFraction", schemaPath: "#/definitions/feature/properties/maxMissingFraction/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
                if (data13 < 0 || isNaN(data13)) {
                  const err26 = { instancePath: instancePath + "/features/" + i2 + "/maxMissingFraction", schemaPath: "#/definitions/feature/properties/maxMissingFraction/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/features/" + i2 + "/maxMissingFraction", schemaPath: "#/definitions/feature/properties/maxMissingFraction/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data10.range !== void 0) {
              let data14 = data10.range;
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                for (const key3 in data14) {
                  if (!(key3 === "min" || key3 === "max")) {
                    const err28 = { instancePath: instancePath + "/features/" + i2 + "/range", schemaPath: "#/definitions/feature/properties/range/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data14.min !== void 0) {
                  let data15 = data14.min;
                  if (!(typeof data15 == "number" && isFinite(data15))) {
                    const err29 = { instancePath: instancePath + "/features/" + i2 + "/range/min", schemaPath: "#/definitions/feature/properties/range/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data14.max !== void 0) {
                  let data16 = data14.max;
                  if (!(typeof data16 == "number" && isFinite(data16))) {
                    const err30 = { instancePath: instancePath + "/features/" + i2 + "/range/max", schemaPath: "#/definitions/feature/properties/range/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
              } else {
                const err31 = { instancePath: instancePath + "/features/" + i2 + "/range", schemaPath: "#/definitions/feature/properties/range/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data10.domain !== void 0) {
              let data17 = data10.domain;
              if (Array.isArray(data17)) {
                const len2 = data17.length;
                for (let i3 = 0; i3 < len2; i3++) {
                  let data18 = data17[i3];
                  if (typeof data18 !== "string" && !(typeof data18 == "number" && isFinite(data18)) && typeof data18 !== "boolean") {
                    const err32 = { instancePath: instancePath + "/features/" + i2 + "/domain/" + i3, schemaPath: "#/definitions/feature/properties/domain/items/type", keyword: "type", params: { type: schema12.properties.domain.items.type }, message: "must be string,number,boolean" };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
              } else {
                const err33 = { instancePath: instancePath + "/features/" + i2 + "/domain", schemaPath: "#/definitions/feature/properties/domain/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data10.allowNonFinite !== void 0) {
              if (typeof data10.allowNonFinite !== "boolean") {
                const err34 = { instancePath: instancePath + "/features/" + i2 + "/allowNonFinite", schemaPath: "#/definitions/feature/properties/allowNonFinite/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data10.environments !== void 0) {
              let data20 = data10.environments;
              if (Array.isArray(data20)) {
                const len3 = data20.length;
                for (let i4 = 0; i4 < len3; i4++) {
                  let data21 = data20[i4];
                  if (typeof data21 === "string") {
                    if (func2(data21) < 1) {
                      const err35 = { instancePath: instancePath + "/features/" + i2 + "/environments/" + i4, schemaPath: "#/definitions/feature/properties/environments/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                  } else {
                    const err36 = { instancePath: instancePath + "/features/" + i2 + "/environments/" + i4, schemaPath: "#/definitions/feature/properties/environments/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
              } else {
                const err37 = { instancePath: instancePath + "/features/" + i2 + "/environments", schemaPath: "#/definitions/feature/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data10.description !== void 0) {
              if (typeof data10.description !== "string") {
                const err38 = { instancePath: instancePath + "/features/" + i2 + "/description", schemaPath: "#/definitions/feature/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/features/" + i2, schemaPath: "#/definitions/feature/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
  } else {
    const err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/validate/schema.ts
var DEFAULT_ENVIRONMENTS = ["TRAINING", "SERVING"];
var MAX_INFERRED_DOMAIN = 100;
var validateSchema = checkedBy(data_schema_default, "data schema (see schemas/data-schema.schema.json)");
async function loadSchema(path) {
  const schema = validateSchema(await readJsonFile(path, "schema"), path);
  const seen = /* @__PURE__ */ new Set();
  for (const feature of schema.features) {
    if (seen.has(feature.name)) {
      validateSchema({ ...schema, features: "duplicate" }, `${path} (feature "${feature.name}" is declared twice)`);
    }
    seen.add(feature.name);
  }
  return schema;
}
async function writeSchema(path, schema) {
  await writeFile(path, `${JSON.stringify(schema, null, 2)}
`);
}
function featureInEnvironment(schema, feature, environment) {
  const environments = feature.environments ?? schema.environments ?? DEFAULT_ENVIRONMENTS;
  return environments.includes(environment);
}
function observedType(column) {
  const numeric = column.numeric.count + column.nan + column.positiveInfinity + column.negativeInfinity + column.overflow;
  const booleans = column.booleans.true + column.booleans.false;
  if (column.strings.count > 0) return "string";
  if (numeric > 0 && booleans > 0) return "string";
  if (booleans > 0) return "boolean";
  if (numeric > 0) return column.numeric.nonInteger === 0 && column.numeric.count > 0 ? "integer" : "float";
  return void 0;
}
function inferSchema(profile, options) {
  const features = [];
  for (const column of profile.columns) {
    const type = observedType(column) ?? "string";
    const feature = { name: column.name, type };
    const missingFraction = column.count === 0 ? 0 : column.missing / column.count;
    if (missingFraction > 0) feature.maxMissingFraction = Math.min(1, roundUp(missingFraction * 1.5 + 1e-3));
    if ((type === "integer" || type === "float") && column.numeric.min !== null && column.numeric.max !== null) {
      feature.range = widenedRange(column.numeric.min, column.numeric.max, type === "integer");
    }
    if (type === "string") {
      const values = Object.keys(column.strings.values);
      const numerals = column.numeric.smallDomain ?? [];
      if (column.strings.otherCount === 0 && values.length + numerals.length <= MAX_INFERRED_DOMAIN) {
        feature.domain = [...values, ...numerals.map(([value]) => String(value))].sort();
      }
    }
    if (type === "integer" && column.numeric.smallDomain !== null && column.numeric.smallDomain.length <= 2) {
      feature.domain = column.numeric.smallDomain.map(([value]) => value);
    }
    if (column.nan + column.positiveInfinity + column.negativeInfinity > 0) feature.allowNonFinite = true;
    if (options.label !== void 0 && column.name === options.label) feature.environments = ["TRAINING"];
    features.push(feature);
  }
  const schema = {
    format: "mlops-actions/schema",
    version: 1,
    environments: DEFAULT_ENVIRONMENTS,
    rows: { min: 1 },
    inferredFrom: options.source,
    features
  };
  if (options.label !== void 0) schema.label = options.label;
  return schema;
}
function widenedRange(min, max, integer) {
  const margin = (max - min) * 0.1 || Math.abs(max) * 0.1 || 1;
  let low = min >= 0 ? Math.max(0, min - margin) : min - margin;
  let high = max + margin;
  if (integer) {
    low = Math.floor(low);
    high = Math.ceil(high);
  } else {
    low = Number(low.toPrecision(6));
    high = Number(high.toPrecision(6));
  }
  return { min: low, max: high };
}
function roundUp(value) {
  return Math.ceil(value * 1e3) / 1e3;
}

// src/validate/statistics.ts
var QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
var HISTOGRAM_BUCKETS = 10;
var TOP_VALUES = 20;
function columnStatistics(column) {
  const numeric = column.numeric;
  const hasNumbers = numeric.count > 0 && numeric.min !== null && numeric.max !== null;
  const sketch = hasNumbers ? QuantileSketch.fromJSON(numeric.sketch, numeric.min, numeric.max, numeric.sum) : null;
  const exactDistinct = exactDistinctCount(column);
  const topValues = Object.entries(column.strings.values).map(([value, [count]]) => ({ value, count })).concat(
    column.booleans.true > 0 ? [{ value: "true", count: column.booleans.true }] : [],
    column.booleans.false > 0 ? [{ value: "false", count: column.booleans.false }] : []
  ).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)).slice(0, TOP_VALUES);
  return {
    name: column.name,
    type: observedType(column) ?? "empty",
    count: column.count,
    missing: column.missing,
    missingFraction: column.count === 0 ? 0 : column.missing / column.count,
    min: hasNumbers ? numeric.min : null,
    max: hasNumbers ? numeric.max : null,
    mean: hasNumbers ? numeric.mean : null,
    // Sample standard deviation (n - 1), as pandas' describe() reports it.
    std: numeric.count > 1 ? Math.sqrt(numeric.m2 / (numeric.count - 1)) : null,
    quantiles: sketch === null ? null : Object.fromEntries(QUANTILES.map((q) => [`p${Math.round(q * 100)}`, sketch.quantile(q)])),
    histogram: sketch === null ? null : histogram(sketch, numeric.min, numeric.max),
    distinct: exactDistinct ?? DistinctSketch.fromJSON(column.distinct).estimate(),
    distinctExact: exactDistinct !== void 0,
    topValues,
    nonFinite: column.nan + column.positiveInfinity + column.negativeInfinity + column.overflow
  };
}
function exactDistinctCount(column) {
  if (column.strings.otherCount > 0) return void 0;
  const numbers = column.numeric.count === 0 ? 0 : column.numeric.smallDomain?.length;
  if (numbers === void 0) return void 0;
  const booleans = (column.booleans.true > 0 ? 1 : 0) + (column.booleans.false > 0 ? 1 : 0);
  const nonFinite = (column.nan > 0 ? 1 : 0) + (column.positiveInfinity > 0 ? 1 : 0) + (column.negativeInfinity > 0 ? 1 : 0);
  return Object.keys(column.strings.values).length + numbers + booleans + nonFinite;
}
function histogram(sketch, min, max) {
  const width = (max - min) / HISTOGRAM_BUCKETS;
  const buckets = Array.from({ length: HISTOGRAM_BUCKETS }, (_, index) => ({
    from: min + index * width,
    to: index === HISTOGRAM_BUCKETS - 1 ? max : min + (index + 1) * width,
    count: 0
  }));
  const { values, weights } = sketch.buckets();
  values.forEach((value, index) => {
    const position = width === 0 ? 0 : Math.floor((Math.min(Math.max(value, min), max) - min) / width);
    buckets[Math.min(position, HISTOGRAM_BUCKETS - 1)].count += weights[index];
  });
  return buckets;
}

export {
  loadSchema,
  writeSchema,
  featureInEnvironment,
  observedType,
  inferSchema,
  columnStatistics,
  exactDistinctCount
};
