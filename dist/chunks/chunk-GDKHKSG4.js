import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  columnStatistics,
  exactDistinctCount,
  featureInEnvironment,
  inferSchema,
  loadSchema,
  writeSchema
} from "./chunk-ORWGI54Y.js";
import {
  readJsonFile
} from "./chunk-HJIXDHLD.js";
import {
  profileCsvInParallel,
  wantsSplit
} from "./chunk-QGGKCVG6.js";
import {
  MAX_EXACT_VALUES,
  MAX_SMALL_DOMAIN,
  MAX_TRACKED_VALUES,
  PROFILE_FORMAT,
  PROFILE_VERSION,
  Profiler,
  RowFingerprints
} from "./chunk-QTAPR7R5.js";
import {
  DistinctSketch,
  QuantileSketch
} from "./chunk-KHYRHHGG.js";
import {
  checkedBy
} from "./chunk-FEWK3QBM.js";
import {
  detectFormat,
  readDataFile,
  resolveDataFiles
} from "./chunk-KNVOZRVJ.js";
import {
  ReadDigest
} from "./chunk-TPMIUAPN.js";
import {
  ConfigurationError,
  EmptyFileError,
  shorten
} from "./chunk-FCHSJP6A.js";

// src/validate/run.ts
import { open, stat } from "node:fs/promises";
import { extname } from "node:path";

// src/validate/anomalies.ts
var DEFAULT_SEVERITY = {
  "missing-column": "fail",
  "unexpected-column": "fail",
  "duplicate-column": "fail",
  "type-mismatch": "fail",
  "unseen-category": "fail",
  "out-of-range": "fail",
  "non-finite": "fail",
  "too-many-missing": "fail",
  "empty-file": "fail",
  "header-only": "fail",
  "ragged-rows": "fail",
  "too-few-rows": "fail",
  "row-count-change": "fail",
  "duplicate-rows": "warn",
  "constant-column": "warn",
  "single-class": "fail",
  "leaked-rows": "fail"
};
function detectAnomalies(profile, schema, options) {
  const found = [];
  const severity = { ...DEFAULT_SEVERITY, ...options.severity };
  const add = (kind, anomaly) => {
    if (severity[kind] === "off" || anomaly.count === 0) return;
    found.push({ kind, check: `schema.${kind}`, status: severity[kind], ...anomaly });
  };
  const columns = new Map(profile.columns.map((column) => [column.name, column]));
  const declared = new Map(schema.features.map((feature) => [feature.name, feature]));
  const label = options.label ?? schema.label;
  for (const file of options.emptyFiles ?? []) {
    add("empty-file", {
      count: 1,
      value: file,
      threshold: null,
      message: `${file} is empty: it has no header and no rows; write the data or remove the file from the input`
    });
  }
  if (profile.rows === 0 && profile.columns.length > 0) {
    add("header-only", {
      count: 1,
      value: 0,
      threshold: 1,
      message: "the data has a header but no rows: check the export that produced it"
    });
  }
  const minRows = schema.rows?.min ?? 1;
  if (profile.rows > 0 && profile.rows < minRows) {
    add("too-few-rows", {
      count: 1,
      value: profile.rows,
      threshold: minRows,
      message: `${profile.rows} rows, the schema requires at least ${minRows}: supply more data or lower rows.min`
    });
  }
  const maxChange = schema.rows?.maxRelativeChange;
  if (maxChange !== void 0 && options.reference !== void 0 && options.reference.rows > 0) {
    const change = Math.abs(profile.rows - options.reference.rows) / options.reference.rows;
    if (change > maxChange) {
      add("row-count-change", {
        count: 1,
        value: round(change),
        threshold: maxChange,
        message: `${profile.rows} rows against ${options.reference.rows} in the reference (${percent(change)} change, allowed ${percent(maxChange)}): check for a truncated or duplicated export`
      });
    }
  }
  for (const name of profile.duplicateColumns) {
    add("duplicate-column", {
      count: 1,
      feature: name,
      value: name,
      threshold: null,
      message: `column "${name}" appears more than once in the header; only the first is read: rename or drop the copy`
    });
  }
  if (profile.raggedRows.count > 0) {
    add("ragged-rows", {
      count: profile.raggedRows.count,
      value: profile.raggedRows.count,
      threshold: 0,
      examples: profile.raggedRows.examples.map(
        (e) => `line ${e.line}: ${e.fields} fields, header has ${profile.headerWidth}`
      ),
      message: `${profile.raggedRows.count} rows have a different number of fields than the header: fix the quoting or delimiter at the lines shown`
    });
  }
  if (profile.duplicateRows.count > 0) {
    add("duplicate-rows", {
      count: profile.duplicateRows.count,
      value: profile.duplicateRows.count,
      threshold: 0,
      examples: profile.duplicateRows.examples.map((line) => `line ${line}`),
      message: `${profile.duplicateRows.count} rows repeat an earlier row exactly${coverage(profile)}: deduplicate if they are not genuine repeats`
    });
  }
  if (profile.leakedRows !== null && profile.leakedRows.count > 0) {
    add("leaked-rows", {
      count: profile.leakedRows.count,
      value: profile.leakedRows.count,
      threshold: 0,
      examples: profile.leakedRows.examples.map((line) => `line ${line}`),
      message: `${profile.leakedRows.count} rows also occur in the training (reference) data: evaluation on them overstates quality; split the data so no row is in both`
    });
  }
  for (const feature of schema.features) {
    const column = columns.get(feature.name);
    const expected = featureInEnvironment(schema, feature, options.environment);
    if (column === void 0) {
      if (expected) {
        add("missing-column", {
          count: 1,
          feature: feature.name,
          value: feature.name,
          threshold: null,
          message: `column "${feature.name}" (${feature.type}) is in the schema but not in the data: add it, or remove it from the schema (columns are matched by name)`
        });
      }
      continue;
    }
    checkFeature(feature, column, add, feature.name === label && options.environment === "TRAINING");
  }
  for (const column of profile.columns) {
    if (!declared.has(column.name)) {
      add("unexpected-column", {
        count: 1,
        feature: column.name,
        value: column.name,
        threshold: null,
        message: `column "${column.name}" is not in the schema: add it to the schema, or drop it from the data`
      });
    }
  }
  return found;
}
function checkFeature(feature, column, add, isLabel) {
  const name = feature.name;
  const rows = column.count;
  const numericType = feature.type === "integer" || feature.type === "float";
  if (numericType) {
    const wrong = column.strings.count + column.booleans.true + column.booleans.false;
    if (wrong > 0) {
      add("type-mismatch", {
        count: wrong,
        feature: name,
        value: wrong,
        threshold: 0,
        examples: column.examples.text.map((e) => `line ${e.line}: ${JSON.stringify(shorten(e.value, 40))}`),
        message: `${wrong} values of "${name}" are not numbers (schema type ${feature.type}): fix the values or change the type to string`
      });
    } else if (feature.type === "integer" && column.numeric.nonInteger > 0) {
      add("type-mismatch", {
        count: column.numeric.nonInteger,
        feature: name,
        value: column.numeric.nonInteger,
        threshold: 0,
        examples: column.examples.nonInteger.map((e) => `line ${e.line}: ${e.value}`),
        message: `${column.numeric.nonInteger} values of "${name}" have a fractional part (schema type integer): round them upstream or change the type to float`
      });
    }
  }
  if (feature.type === "boolean") {
    const wrong = column.strings.count + column.numeric.count;
    if (wrong > 0) {
      add("type-mismatch", {
        count: wrong,
        feature: name,
        value: wrong,
        threshold: 0,
        examples: column.examples.text.map((e) => `line ${e.line}: ${JSON.stringify(shorten(e.value, 40))}`),
        message: `${wrong} values of "${name}" are not true/false (schema type boolean)`
      });
    }
  }
  const nonFinite = column.nan + column.positiveInfinity + column.negativeInfinity;
  if (column.overflow > 0 || nonFinite > 0 && feature.allowNonFinite !== true) {
    const count = column.overflow + (feature.allowNonFinite === true ? 0 : nonFinite);
    add("non-finite", {
      count,
      feature: name,
      value: count,
      threshold: 0,
      examples: column.examples.nonFinite.map((e) => `line ${e.line}: ${shorten(e.value, 40)}`),
      message: `"${name}" has ${column.nan} NaN, ${column.positiveInfinity + column.negativeInfinity} infinite and ${column.overflow} overflowing values: fix the upstream computation, or set allowNonFinite if they are meaningful`
    });
  }
  const allowedMissing = feature.maxMissingFraction ?? 0;
  const missingFraction = rows === 0 ? 0 : column.missing / rows;
  if (missingFraction > allowedMissing) {
    add("too-many-missing", {
      count: column.missing,
      feature: name,
      value: round(missingFraction),
      threshold: allowedMissing,
      examples: column.examples.missing.map((line) => `line ${line}`),
      message: `"${name}" is missing in ${percent(missingFraction)} of rows, the schema allows ${percent(allowedMissing)}: fill the values or raise maxMissingFraction`
    });
  }
  if (numericType && feature.range !== void 0 && column.numeric.count > 0) {
    const { min, max } = feature.range;
    const low = min !== void 0 && column.numeric.min < min;
    const high = max !== void 0 && column.numeric.max > max;
    if (low || high) {
      const examples = [];
      if (low) examples.push(`line ${column.numeric.minLine}: ${column.numeric.min} (minimum)`);
      if (high) examples.push(`line ${column.numeric.maxLine}: ${column.numeric.max} (maximum)`);
      add("out-of-range", {
        count: (low ? 1 : 0) + (high ? 1 : 0),
        feature: name,
        value: `[${column.numeric.min}, ${column.numeric.max}]`,
        threshold: `[${min ?? "-\u221E"}, ${max ?? "\u221E"}]`,
        examples,
        message: `"${name}" ranges over [${column.numeric.min}, ${column.numeric.max}], outside the schema's [${min ?? "-\u221E"}, ${max ?? "\u221E"}]: fix the values or widen the range`
      });
    }
  }
  if (feature.domain !== void 0) {
    const allowed = new Set(feature.domain.map(String));
    const unseen = Object.entries(column.strings.values).filter(([value]) => !allowed.has(value));
    for (const [value, n] of column.numeric.smallDomain ?? []) {
      if (!allowed.has(String(value))) unseen.push([String(value), [n, 0]]);
    }
    const untracked = column.strings.otherCount;
    const count = unseen.reduce((total, [, [n]]) => total + n, 0) + untracked;
    if (unseen.length > 0 || untracked > 0) {
      add("unseen-category", {
        count: Math.max(count, unseen.length),
        feature: name,
        value: unseen.length,
        threshold: 0,
        examples: unseen.slice(0, 5).map(
          ([value, [n, line]]) => `${JSON.stringify(shorten(value, 40))}${line > 0 ? ` (first at line ${line}, ${n} rows)` : ""}`
        ),
        message: `"${name}" has ${unseen.length}${untracked > 0 ? "+" : ""} values outside its domain: add them to the schema's domain if they are valid`
      });
    }
  }
  const distinct = exactDistinctCount(column);
  const present = rows - column.missing;
  if (distinct === 1 && present > 1) {
    if (isLabel) {
      add("single-class", {
        count: 1,
        feature: name,
        value: 1,
        threshold: 2,
        message: `the label "${name}" has a single class in ${present} rows: a classifier cannot learn from it; check the data selection`
      });
    } else {
      add("constant-column", {
        count: 1,
        feature: name,
        value: 1,
        threshold: 2,
        message: `"${name}" has the same value in all ${present} rows: it carries no information; drop it or check the export`
      });
    }
  }
}
function coverage(profile) {
  return profile.duplicateRows.coveredRows < profile.rows ? ` (the check covered the first ${profile.duplicateRows.coveredRows} of ${profile.rows} rows)` : "";
}
function round(value) {
  return Math.round(value * 1e4) / 1e4;
}
function percent(fraction) {
  return `${(fraction * 100).toFixed(fraction < 0.01 ? 2 : 1)}%`;
}

// src/generated/validators/profile.js
var profile_default = validate10;
var schema15 = { "type": "object", "required": ["name", "count", "missing", "numeric", "nan", "positiveInfinity", "negativeInfinity", "overflow", "booleans", "strings", "distinct", "examples"], "properties": { "name": { "type": "string" }, "count": { "type": "integer", "minimum": 0 }, "missing": { "type": "integer", "minimum": 0 }, "nan": { "type": "integer", "minimum": 0 }, "positiveInfinity": { "type": "integer", "minimum": 0 }, "negativeInfinity": { "type": "integer", "minimum": 0 }, "overflow": { "type": "integer", "minimum": 0 }, "distinct": { "type": "string" }, "booleans": { "type": "object", "required": ["true", "false"] }, "strings": { "type": "object", "required": ["count", "values", "otherCount"], "properties": { "values": { "type": "object", "additionalProperties": { "type": "array", "minItems": 2, "maxItems": 2, "items": { "type": "integer" } } } } }, "examples": { "type": "object", "required": ["text", "nonFinite", "nonInteger", "missing"] }, "numeric": { "type": "object", "required": ["count", "nonInteger", "min", "max", "sum", "mean", "m2", "sketch", "exact", "smallDomain"], "properties": { "count": { "type": "integer", "minimum": 0 }, "min": { "type": ["number", "null"] }, "max": { "type": ["number", "null"] }, "exact": { "type": ["array", "null"], "items": { "type": "number" } }, "smallDomain": { "type": ["array", "null"], "items": { "type": "array", "minItems": 2, "maxItems": 2, "items": { "type": "number" } } }, "sketch": { "type": "object", "required": ["relativeAccuracy", "zeroCount", "positive", "negative"], "properties": { "positive": { "$ref": "#/definitions/store" }, "negative": { "$ref": "#/definitions/store" } } } } } } };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.count === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.missing === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "missing" }, message: "must have required property 'missing'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.numeric === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "numeric" }, message: "must have required property 'numeric'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.nan === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "nan" }, message: "must have required property 'nan'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.positiveInfinity === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "positiveInfinity" }, message: "must have required property 'positiveInfinity'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.negativeInfinity === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "negativeInfinity" }, message: "must have required property 'negativeInfinity'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.overflow === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "overflow" }, message: "must have required property 'overflow'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.booleans === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "booleans" }, message: "must have required property 'booleans'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.strings === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "strings" }, message: "must have required property 'strings'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.distinct === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "distinct" }, message: "must have required property 'distinct'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.examples === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "examples" }, message: "must have required property 'examples'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err12 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.count !== void 0) {
      let data1 = data.count;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err13 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 0 || isNaN(data1)) {
          const err14 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.missing !== void 0) {
      let data2 = data.missing;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err15 = { instancePath: instancePath + "/missing", schemaPath: "#/properties/missing/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err16 = { instancePath: instancePath + "/missing", schemaPath: "#/properties/missing/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.nan !== void 0) {
      let data3 = data.nan;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err17 = { instancePath: instancePath + "/nan", schemaPath: "#/properties/nan/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err18 = { instancePath: instancePath + "/nan", schemaPath: "#/properties/nan/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data.positiveInfinity !== void 0) {
      let data4 = data.positiveInfinity;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err19 = { instancePath: instancePath + "/positiveInfinity", schemaPath: "#/properties/positiveInfinity/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 0 || isNaN(data4)) {
          const err20 = { instancePath: instancePath + "/positiveInfinity", schemaPath: "#/properties/positiveInfinity/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
    if (data.negativeInfinity !== void 0) {
      let data5 = data.negativeInfinity;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err21 = { instancePath: instancePath + "/negativeInfinity", schemaPath: "#/properties/negativeInfinity/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err22 = { instancePath: instancePath + "/negativeInfinity", schemaPath: "#/properties/negativeInfinity/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
    if (data.overflow !== void 0) {
      let data6 = data.overflow;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err23 = { instancePath: instancePath + "/overflow", schemaPath: "#/properties/overflow/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 0 || isNaN(data6)) {
          const err24 = { instancePath: instancePath + "/overflow", schemaPath: "#/properties/overflow/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
    }
    if (data.distinct !== void 0) {
      if (typeof data.distinct !== "string") {
        const err25 = { instancePath: instancePath + "/distinct", schemaPath: "#/properties/distinct/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.booleans !== void 0) {
      let data8 = data.booleans;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.true === void 0) {
          const err26 = { instancePath: instancePath + "/booleans", schemaPath: "#/properties/booleans/required", keyword: "required", params: { missingProperty: "true" }, message: "must have required property 'true'" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data8.false === void 0) {
          const err27 = { instancePath: instancePath + "/booleans", schemaPath: "#/properties/booleans/required", keyword: "required", params: { missingProperty: "false" }, message: "must have required property 'false'" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/booleans", schemaPath: "#/properties/booleans/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.strings !== void 0) {
      let data9 = data.strings;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.count === void 0) {
          const err29 = { instancePath: instancePath + "/strings", schemaPath: "#/properties/strings/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data9.values === void 0) {
          const err30 = { instancePath: instancePath + "/strings", schemaPath: "#/properties/strings/required", keyword: "required", params: { missingProperty: "values" }, message: "must have required property 'values'" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data9.otherCount === void 0) {
          const err31 = { instancePath: instancePath + "/strings", schemaPath: "#/properties/strings/required", keyword: "required", params: { missingProperty: "otherCount" }, message: "must have required property 'otherCount'" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data9.values !== void 0) {
          let data10 = data9.values;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            for (const key0 in data10) {
              let data11 = data10[key0];
              if (Array.isArray(data11)) {
                if (data11.length > 2) {
                  const err32 = { instancePath: instancePath + "/strings/values/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/strings/properties/values/additionalProperties/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                if (data11.length < 2) {
                  const err33 = { instancePath: instancePath + "/strings/values/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/strings/properties/values/additionalProperties/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                const len0 = data11.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data12 = data11[i0];
                  if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                    const err34 = { instancePath: instancePath + "/strings/values/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/strings/properties/values/additionalProperties/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
              } else {
                const err35 = { instancePath: instancePath + "/strings/values/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/strings/properties/values/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
          } else {
            const err36 = { instancePath: instancePath + "/strings/values", schemaPath: "#/properties/strings/properties/values/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/strings", schemaPath: "#/properties/strings/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.examples !== void 0) {
      let data13 = data.examples;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (data13.text === void 0) {
          const err38 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (data13.nonFinite === void 0) {
          const err39 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/required", keyword: "required", params: { missingProperty: "nonFinite" }, message: "must have required property 'nonFinite'" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (data13.nonInteger === void 0) {
          const err40 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/required", keyword: "required", params: { missingProperty: "nonInteger" }, message: "must have required property 'nonInteger'" };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        if (data13.missing === void 0) {
          const err41 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/required", keyword: "required", params: { missingProperty: "missing" }, message: "must have required property 'missing'" };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      } else {
        const err42 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.numeric !== void 0) {
      let data14 = data.numeric;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (data14.count === void 0) {
          const err43 = { instancePath: instancePath + "/numeric", schemaPath: "#/properties/numeric/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (data14.nonInteger === void 0) {
          const err44 = { instancePath: instancePath + "/numeric", schemaPath: "#/properties/numeric/required", keyword: "required", params: { missingProperty: "nonInteger" }, message: "must have required property 'nonInteger'" };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        if (data14.min === void 0) {
          const err45 = { instancePath: instancePath + "/numeric", schemaPath: "#/properties/numeric/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'" };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (data14.max === void 0) {
          const err46 = { instancePath: instancePath + "/numeric", schemaPath: "#/properties/numeric/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'" };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (data14.sum === void 0) {
          const err47 = { instancePath: instancePath + "/numeric", schemaPath: "#/properties/numeric/required", keyword: "required", params: { missingProperty: "sum" }, message: "must have required property 'sum'" };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        if (data14.mean === void 0) {
          const err48 = { instancePath: instancePath + "/numeric", schemaPath: "#/properties/numeric/required", keyword: "required", params: { missingProperty: "mean" }, message: "must have required property 'mean'" };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
        if (data14.m2 === void 0) {
          const err49 = { instancePath: instancePath + "/numeric", schemaPath: "#/properties/numeric/required", keyword: "required", params: { missingProperty: "m2" }, message: "must have required property 'm2'" };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        if (data14.sketch === void 0) {
          const err50 = { instancePath: instancePath + "/numeric", schemaPath: "#/properties/numeric/required", keyword: "required", params: { missingProperty: "sketch" }, message: "must have required property 'sketch'" };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
        if (data14.exact === void 0) {
          const err51 = { instancePath: instancePath + "/numeric", schemaPath: "#/properties/numeric/required", keyword: "required", params: { missingProperty: "exact" }, message: "must have required property 'exact'" };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
        if (data14.smallDomain === void 0) {
          const err52 = { instancePath: instancePath + "/numeric", schemaPath: "#/properties/numeric/required", keyword: "required", params: { missingProperty: "smallDomain" }, message: "must have required property 'smallDomain'" };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        if (data14.count !== void 0) {
          let data15 = data14.count;
          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
            const err53 = { instancePath: instancePath + "/numeric/count", schemaPath: "#/properties/numeric/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 < 0 || isNaN(data15)) {
              const err54 = { instancePath: instancePath + "/numeric/count", schemaPath: "#/properties/numeric/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          }
        }
        if (data14.min !== void 0) {
          let data16 = data14.min;
          if (!(typeof data16 == "number" && isFinite(data16)) && data16 !== null) {
            const err55 = { instancePath: instancePath + "/numeric/min", schemaPath: "#/properties/numeric/properties/min/type", keyword: "type", params: { type: schema15.properties.numeric.properties.min.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data14.max !== void 0) {
          let data17 = data14.max;
          if (!(typeof data17 == "number" && isFinite(data17)) && data17 !== null) {
            const err56 = { instancePath: instancePath + "/numeric/max", schemaPath: "#/properties/numeric/properties/max/type", keyword: "type", params: { type: schema15.properties.numeric.properties.max.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data14.exact !== void 0) {
          let data18 = data14.exact;
          if (!Array.isArray(data18) && data18 !== null) {
            const err57 = { instancePath: instancePath + "/numeric/exact", schemaPath: "#/properties/numeric/properties/exact/type", keyword: "type", params: { type: schema15.properties.numeric.properties.exact.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
          if (Array.isArray(data18)) {
            const len1 = data18.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data19 = data18[i1];
              if (!(typeof data19 == "number" && isFinite(data19))) {
                const err58 = { instancePath: instancePath + "/numeric/exact/" + i1, schemaPath: "#/properties/numeric/properties/exact/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
          }
        }
        if (data14.smallDomain !== void 0) {
          let data20 = data14.smallDomain;
          if (!Array.isArray(data20) && data20 !== null) {
            const err59 = { instancePath: instancePath + "/numeric/smallDomain", schemaPath: "#/properties/numeric/properties/smallDomain/type", keyword: "type", params: { type: schema15.properties.numeric.properties.smallDomain.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          if (Array.isArray(data20)) {
            const len2 = data20.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data21 = data20[i2];
              if (Array.isArray(data21)) {
                if (data21.length > 2) {
                  const err60 = { instancePath: instancePath + "/numeric/smallDomain/" + i2, schemaPath: "#/properties/numeric/properties/smallDomain/items/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
                if (data21.length < 2) {
                  const err61 = { instancePath: instancePath + "/numeric/smallDomain/" + i2, schemaPath: "#/properties/numeric/properties/smallDomain/items/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
                const len3 = data21.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data22 = data21[i3];
                  if (!(typeof data22 == "number" && isFinite(data22))) {
                    const err62 = { instancePath: instancePath + "/numeric/smallDomain/" + i2 + "/" + i3, schemaPath: "#/properties/numeric/properties/smallDomain/items/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
              } else {
                const err63 = { instancePath: instancePath + "/numeric/smallDomain/" + i2, schemaPath: "#/properties/numeric/properties/smallDomain/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
          }
        }
        if (data14.sketch !== void 0) {
          let data23 = data14.sketch;
          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            if (data23.relativeAccuracy === void 0) {
              const err64 = { instancePath: instancePath + "/numeric/sketch", schemaPath: "#/properties/numeric/properties/sketch/required", keyword: "required", params: { missingProperty: "relativeAccuracy" }, message: "must have required property 'relativeAccuracy'" };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (data23.zeroCount === void 0) {
              const err65 = { instancePath: instancePath + "/numeric/sketch", schemaPath: "#/properties/numeric/properties/sketch/required", keyword: "required", params: { missingProperty: "zeroCount" }, message: "must have required property 'zeroCount'" };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
            if (data23.positive === void 0) {
              const err66 = { instancePath: instancePath + "/numeric/sketch", schemaPath: "#/properties/numeric/properties/sketch/required", keyword: "required", params: { missingProperty: "positive" }, message: "must have required property 'positive'" };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
            if (data23.negative === void 0) {
              const err67 = { instancePath: instancePath + "/numeric/sketch", schemaPath: "#/properties/numeric/properties/sketch/required", keyword: "required", params: { missingProperty: "negative" }, message: "must have required property 'negative'" };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            if (data23.positive !== void 0) {
              let data24 = data23.positive;
              if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                if (data24.offset === void 0) {
                  const err68 = { instancePath: instancePath + "/numeric/sketch/positive", schemaPath: "#/definitions/store/required", keyword: "required", params: { missingProperty: "offset" }, message: "must have required property 'offset'" };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
                if (data24.counts === void 0) {
                  const err69 = { instancePath: instancePath + "/numeric/sketch/positive", schemaPath: "#/definitions/store/required", keyword: "required", params: { missingProperty: "counts" }, message: "must have required property 'counts'" };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
                if (data24.offset !== void 0) {
                  let data25 = data24.offset;
                  if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
                    const err70 = { instancePath: instancePath + "/numeric/sketch/positive/offset", schemaPath: "#/definitions/store/properties/offset/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                if (data24.counts !== void 0) {
                  let data26 = data24.counts;
                  if (Array.isArray(data26)) {
                    const len4 = data26.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      let data27 = data26[i4];
                      if (typeof data27 == "number" && isFinite(data27)) {
                        if (data27 < 0 || isNaN(data27)) {
                          const err71 = { instancePath: instancePath + "/numeric/sketch/positive/counts/" + i4, schemaPath: "#/definitions/store/properties/counts/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err71];
                          } else {
                            vErrors.push(err71);
                          }
                          errors++;
                        }
                      } else {
                        const err72 = { instancePath: instancePath + "/numeric/sketch/positive/counts/" + i4, schemaPath: "#/definitions/store/properties/counts/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err72];
                        } else {
                          vErrors.push(err72);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err73 = { instancePath: instancePath + "/numeric/sketch/positive/counts", schemaPath: "#/definitions/store/properties/counts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
              } else {
                const err74 = { instancePath: instancePath + "/numeric/sketch/positive", schemaPath: "#/definitions/store/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data23.negative !== void 0) {
              let data28 = data23.negative;
              if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                if (data28.offset === void 0) {
                  const err75 = { instancePath: instancePath + "/numeric/sketch/negative", schemaPath: "#/definitions/store/required", keyword: "required", params: { missingProperty: "offset" }, message: "must have required property 'offset'" };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
                if (data28.counts === void 0) {
                  const err76 = { instancePath: instancePath + "/numeric/sketch/negative", schemaPath: "#/definitions/store/required", keyword: "required", params: { missingProperty: "counts" }, message: "must have required property 'counts'" };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
                if (data28.offset !== void 0) {
                  let data29 = data28.offset;
                  if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
                    const err77 = { instancePath: instancePath + "/numeric/sketch/negative/offset", schemaPath: "#/definitions/store/properties/offset/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
                if (data28.counts !== void 0) {
                  let data30 = data28.counts;
                  if (Array.isArray(data30)) {
                    const len5 = data30.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                      let data31 = data30[i5];
                      if (typeof data31 == "number" && isFinite(data31)) {
                        if (data31 < 0 || isNaN(data31)) {
                          const err78 = { instancePath: instancePath + "/numeric/sketch/negative/counts/" + i5, schemaPath: "#/definitions/store/properties/counts/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err78];
                          } else {
                            vErrors.push(err78);
                          }
                          errors++;
                        }
                      } else {
                        const err79 = { instancePath: instancePath + "/numeric/sketch/negative/counts/" + i5, schemaPath: "#/definitions/store/properties/counts/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err79];
                        } else {
                          vErrors.push(err79);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err80 = { instancePath: instancePath + "/numeric/sketch/negative/counts", schemaPath: "#/definitions/store/properties/counts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                }
              } else {
                const err81 = { instancePath: instancePath + "/numeric/sketch/negative", schemaPath: "#/definitions/store/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
          } else {
            const err82 = { instancePath: instancePath + "/numeric/sketch", schemaPath: "#/properties/numeric/properties/sketch/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
      } else {
        const err83 = { instancePath: instancePath + "/numeric", schemaPath: "#/properties/numeric/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
  } else {
    const err84 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err84];
    } else {
      vErrors.push(err84);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
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
    if (data.sources === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sources" }, message: "must have required property 'sources'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.rows === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.columns === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "columns" }, message: "must have required property 'columns'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.duplicateColumns === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "duplicateColumns" }, message: "must have required property 'duplicateColumns'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.raggedRows === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "raggedRows" }, message: "must have required property 'raggedRows'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.duplicateRows === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "duplicateRows" }, message: "must have required property 'duplicateRows'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.leakedRows === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "leakedRows" }, message: "must have required property 'leakedRows'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.headerWidth === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "headerWidth" }, message: "must have required property 'headerWidth'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.format !== void 0) {
      if ("mlops-actions/profile" !== data.format) {
        const err10 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "mlops-actions/profile" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (1 !== data.version) {
        const err11 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.createdAt !== void 0) {
      if (typeof data.createdAt !== "string") {
        const err12 = { instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.sources !== void 0) {
      let data3 = data.sources;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.path === void 0) {
              const err13 = { instancePath: instancePath + "/sources/" + i0, schemaPath: "#/properties/sources/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data4.rows === void 0) {
              const err14 = { instancePath: instancePath + "/sources/" + i0, schemaPath: "#/properties/sources/items/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/sources/" + i0, schemaPath: "#/properties/sources/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.rows !== void 0) {
      let data5 = data.rows;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err17 = { instancePath: instancePath + "/rows", schemaPath: "#/properties/rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err18 = { instancePath: instancePath + "/rows", schemaPath: "#/properties/rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data.headerWidth !== void 0) {
      let data6 = data.headerWidth;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err19 = { instancePath: instancePath + "/headerWidth", schemaPath: "#/properties/headerWidth/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 0 || isNaN(data6)) {
          const err20 = { instancePath: instancePath + "/headerWidth", schemaPath: "#/properties/headerWidth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
    if (data.duplicateColumns !== void 0) {
      let data7 = data.duplicateColumns;
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data7[i1] !== "string") {
            const err21 = { instancePath: instancePath + "/duplicateColumns/" + i1, schemaPath: "#/properties/duplicateColumns/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/duplicateColumns", schemaPath: "#/properties/duplicateColumns/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.raggedRows !== void 0) {
      let data9 = data.raggedRows;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.count === void 0) {
          const err23 = { instancePath: instancePath + "/raggedRows", schemaPath: "#/definitions/countWithExamples/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data9.examples === void 0) {
          const err24 = { instancePath: instancePath + "/raggedRows", schemaPath: "#/definitions/countWithExamples/required", keyword: "required", params: { missingProperty: "examples" }, message: "must have required property 'examples'" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data9.count !== void 0) {
          let data10 = data9.count;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err25 = { instancePath: instancePath + "/raggedRows/count", schemaPath: "#/definitions/countWithExamples/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 0 || isNaN(data10)) {
              const err26 = { instancePath: instancePath + "/raggedRows/count", schemaPath: "#/definitions/countWithExamples/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
        }
        if (data9.examples !== void 0) {
          if (!Array.isArray(data9.examples)) {
            const err27 = { instancePath: instancePath + "/raggedRows/examples", schemaPath: "#/definitions/countWithExamples/properties/examples/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/raggedRows", schemaPath: "#/definitions/countWithExamples/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.duplicateRows !== void 0) {
      let data12 = data.duplicateRows;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.count === void 0) {
          const err29 = { instancePath: instancePath + "/duplicateRows", schemaPath: "#/definitions/countWithExamples/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data12.examples === void 0) {
          const err30 = { instancePath: instancePath + "/duplicateRows", schemaPath: "#/definitions/countWithExamples/required", keyword: "required", params: { missingProperty: "examples" }, message: "must have required property 'examples'" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data12.count !== void 0) {
          let data13 = data12.count;
          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
            const err31 = { instancePath: instancePath + "/duplicateRows/count", schemaPath: "#/definitions/countWithExamples/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 < 0 || isNaN(data13)) {
              const err32 = { instancePath: instancePath + "/duplicateRows/count", schemaPath: "#/definitions/countWithExamples/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
        }
        if (data12.examples !== void 0) {
          if (!Array.isArray(data12.examples)) {
            const err33 = { instancePath: instancePath + "/duplicateRows/examples", schemaPath: "#/definitions/countWithExamples/properties/examples/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/duplicateRows", schemaPath: "#/definitions/countWithExamples/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.leakedRows !== void 0) {
      let data15 = data.leakedRows;
      const _errs32 = errors;
      let valid9 = false;
      let passing0 = null;
      const _errs33 = errors;
      if (data15 !== null) {
        const err35 = { instancePath: instancePath + "/leakedRows", schemaPath: "#/properties/leakedRows/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      var _valid0 = _errs33 === errors;
      if (_valid0) {
        valid9 = true;
        passing0 = 0;
      }
      const _errs35 = errors;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.count === void 0) {
          const err36 = { instancePath: instancePath + "/leakedRows", schemaPath: "#/definitions/countWithExamples/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (data15.examples === void 0) {
          const err37 = { instancePath: instancePath + "/leakedRows", schemaPath: "#/definitions/countWithExamples/required", keyword: "required", params: { missingProperty: "examples" }, message: "must have required property 'examples'" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (data15.count !== void 0) {
          let data16 = data15.count;
          if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
            const err38 = { instancePath: instancePath + "/leakedRows/count", schemaPath: "#/definitions/countWithExamples/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 < 0 || isNaN(data16)) {
              const err39 = { instancePath: instancePath + "/leakedRows/count", schemaPath: "#/definitions/countWithExamples/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
        }
        if (data15.examples !== void 0) {
          if (!Array.isArray(data15.examples)) {
            const err40 = { instancePath: instancePath + "/leakedRows/examples", schemaPath: "#/definitions/countWithExamples/properties/examples/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/leakedRows", schemaPath: "#/definitions/countWithExamples/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
      var _valid0 = _errs35 === errors;
      if (_valid0 && valid9) {
        valid9 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid9 = true;
          passing0 = 1;
        }
      }
      if (!valid9) {
        const err42 = { instancePath: instancePath + "/leakedRows", schemaPath: "#/properties/leakedRows/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      } else {
        errors = _errs32;
        if (vErrors !== null) {
          if (_errs32) {
            vErrors.length = _errs32;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.columns !== void 0) {
      let data18 = data.columns;
      if (Array.isArray(data18)) {
        const len2 = data18.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate11(data18[i2], { instancePath: instancePath + "/columns/" + i2, parentData: data18, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
  } else {
    const err44 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err44];
    } else {
      vErrors.push(err44);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/validate/merge.ts
var MAX_EXAMPLES = 3;
function mergeProfiles(profiles) {
  const first = profiles[0];
  if (first === void 0) throw new ConfigurationError("merge-profiles needs at least one profile");
  return profiles.slice(1).reduce(mergeTwo, first);
}
function assertProfile(value, source) {
  const candidate = value;
  if (candidate === null || typeof candidate !== "object" || candidate.format !== PROFILE_FORMAT) {
    throw new ConfigurationError(
      `${source} is not a profile written by mlops validate-data (expected "format": "${PROFILE_FORMAT}")`
    );
  }
  if (candidate.version !== PROFILE_VERSION) {
    throw new ConfigurationError(
      `${source} is a version ${String(candidate.version)} profile; this version reads version ${PROFILE_VERSION}: profile the data again`
    );
  }
  return validateProfile(candidate, source);
}
var validateProfile = checkedBy(profile_default, "profile (see schemas/profile.schema.json)");
function mergeTwo(a, b) {
  const byName = new Map(b.columns.map((column) => [column.name, column]));
  const columns = a.columns.map((column) => {
    const other = byName.get(column.name);
    byName.delete(column.name);
    return other === void 0 ? column : mergeColumns(column, other);
  });
  columns.push(...byName.values());
  return {
    format: PROFILE_FORMAT,
    version: PROFILE_VERSION,
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    sources: [...a.sources, ...b.sources],
    rows: a.rows + b.rows,
    columns,
    duplicateColumns: [.../* @__PURE__ */ new Set([...a.duplicateColumns, ...b.duplicateColumns])],
    raggedRows: {
      count: a.raggedRows.count + b.raggedRows.count,
      examples: [...a.raggedRows.examples, ...b.raggedRows.examples].slice(0, 5)
    },
    duplicateRows: {
      count: a.duplicateRows.count + b.duplicateRows.count,
      examples: [...a.duplicateRows.examples, ...b.duplicateRows.examples].slice(0, 5),
      coveredRows: a.duplicateRows.coveredRows + b.duplicateRows.coveredRows
    },
    leakedRows: a.leakedRows === null || b.leakedRows === null ? a.leakedRows ?? b.leakedRows : {
      count: a.leakedRows.count + b.leakedRows.count,
      examples: [...a.leakedRows.examples, ...b.leakedRows.examples].slice(0, 5)
    },
    headerWidth: Math.max(a.headerWidth, b.headerWidth)
  };
}
function mergeColumns(a, b) {
  const values = { ...a.strings.values };
  let otherCount = a.strings.otherCount + b.strings.otherCount;
  let tracked = Object.keys(values).length;
  for (const [value, [count, firstLine]] of Object.entries(b.strings.values)) {
    const existing = values[value];
    if (existing !== void 0) values[value] = [existing[0] + count, existing[1]];
    else if (tracked < MAX_TRACKED_VALUES) {
      values[value] = [count, firstLine];
      tracked++;
    } else otherCount += count;
  }
  const distinct = DistinctSketch.fromJSON(a.distinct);
  distinct.merge(DistinctSketch.fromJSON(b.distinct));
  return {
    name: a.name,
    count: a.count + b.count,
    missing: a.missing + b.missing,
    numeric: mergeNumeric(a.numeric, b.numeric),
    nan: a.nan + b.nan,
    positiveInfinity: a.positiveInfinity + b.positiveInfinity,
    negativeInfinity: a.negativeInfinity + b.negativeInfinity,
    overflow: a.overflow + b.overflow,
    booleans: { true: a.booleans.true + b.booleans.true, false: a.booleans.false + b.booleans.false },
    strings: { count: a.strings.count + b.strings.count, values, otherCount },
    distinct: distinct.toJSON(),
    examples: {
      text: firstExamples(a.examples.text, b.examples.text),
      nonFinite: firstExamples(a.examples.nonFinite, b.examples.nonFinite),
      nonInteger: firstExamples(a.examples.nonInteger, b.examples.nonInteger),
      missing: [...a.examples.missing, ...b.examples.missing].slice(0, MAX_EXAMPLES)
    }
  };
}
function mergeNumeric(a, b) {
  if (b.count === 0) return a;
  if (a.count === 0) return b;
  const count = a.count + b.count;
  const delta = b.mean - a.mean;
  const sketch = QuantileSketch.fromJSON(a.sketch, a.min ?? 0, a.max ?? 0, a.sum);
  sketch.merge(QuantileSketch.fromJSON(b.sketch, b.min ?? 0, b.max ?? 0, b.sum));
  const aMin = a.min ?? Number.POSITIVE_INFINITY;
  const bMin = b.min ?? Number.POSITIVE_INFINITY;
  const aMax = a.max ?? Number.NEGATIVE_INFINITY;
  const bMax = b.max ?? Number.NEGATIVE_INFINITY;
  const exact = a.exact !== null && b.exact !== null && count <= MAX_EXACT_VALUES ? [...a.exact, ...b.exact] : null;
  let smallDomain = null;
  if (a.smallDomain !== null && b.smallDomain !== null) {
    const union = new Map(a.smallDomain);
    for (const [value, n] of b.smallDomain) union.set(value, (union.get(value) ?? 0) + n);
    smallDomain = union.size <= MAX_SMALL_DOMAIN ? [...union].sort((x, y) => x[0] - y[0]) : null;
  }
  return {
    count,
    nonInteger: a.nonInteger + b.nonInteger,
    min: Math.min(aMin, bMin),
    max: Math.max(aMax, bMax),
    minLine: bMin < aMin ? b.minLine : a.minLine,
    maxLine: bMax > aMax ? b.maxLine : a.maxLine,
    sum: a.sum + b.sum,
    mean: a.mean + delta * b.count / count,
    m2: a.m2 + b.m2 + delta * delta * a.count * b.count / count,
    sketch: sketch.toJSON(),
    exact,
    smallDomain
  };
}
function firstExamples(a, b) {
  return [...a, ...b].slice(0, MAX_EXAMPLES);
}

// src/validate/run.ts
async function profileData(pattern, input, options) {
  const files = await resolveDataFiles(pattern, input);
  const profiler = new Profiler(options);
  const emptyFiles = [];
  const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  let before = 0;
  for (const [index, file] of files.entries()) {
    const bytes = sizes[index];
    const started = before;
    if (options.progress !== void 0) {
      const report = options.progress;
      profiler.progress = (position) => report(started + position, total);
    }
    profiler.beginFile(file, bytes);
    const digest = await ReadDigest.start(file);
    const readOptions = { ...options, onBytes: digest?.see };
    try {
      const splittable = detectFormat(file, options.format) === "csv" && options.referenceRows === void 0 && options.rememberRows === void 0 && wantsSplit(bytes);
      if (splittable) {
        await profileCsvInParallel(file, bytes, profiler, {
          delimiter: options.delimiter ?? (extname(file).toLowerCase() === ".tsv" ? "	" : ","),
          stringColumns: options.stringColumns,
          digest
        });
      } else await readDataFile(file, profiler, readOptions);
      await digest?.finish();
    } catch (error) {
      digest?.abandon();
      if (!(error instanceof EmptyFileError)) throw error;
      emptyFiles.push(file);
    }
    profiler.endFile();
    before += bytes;
    options.progress?.(before, total);
  }
  return { profile: profiler.finish(), emptyFiles };
}
async function isProfileFile(path) {
  if (!path.toLowerCase().endsWith(".json")) return false;
  const handle = await open(path, "r").catch(() => void 0);
  if (handle === void 0) return false;
  try {
    const head = Buffer.alloc(256);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return /^\s*\{\s*"format"\s*:\s*"mlops-actions\/profile"/.test(head.toString("utf8", 0, bytesRead));
  } finally {
    await handle.close();
  }
}
async function loadProfile(path) {
  return assertProfile(await readJsonFile(path, "profile"), path);
}
async function validateData(request) {
  if (request.data === void 0 && request.mergeProfiles.length === 0) {
    throw new ConfigurationError("nothing to validate: set `data` (a file or glob) or `merge-profiles`");
  }
  const readOptions = { delimiter: request.delimiter, format: request.format };
  let referenceProfile = null;
  let referenceRows;
  if (request.reference !== void 0) {
    if (await isProfileFile(request.reference)) {
      referenceProfile = await loadProfile(request.reference);
    } else {
      referenceRows = new RowFingerprints();
      const reference = await profileData(request.reference, "reference", {
        ...readOptions,
        rememberRows: referenceRows
      });
      referenceProfile = reference.profile;
    }
  }
  let schema;
  let schemaSource = "file";
  if (request.schema !== void 0) schema = await loadSchema(request.schema);
  else if (referenceProfile !== null) {
    schema = inferSchema(referenceProfile, { label: request.label, source: request.reference });
    schemaSource = "inferred-from-reference";
  }
  const stringColumns = new Set(schema?.features.filter((f) => f.type === "string").map((f) => f.name) ?? []);
  let profile;
  let emptyFiles = [];
  if (request.mergeProfiles.length > 0) {
    const shards = await Promise.all(request.mergeProfiles.map(loadProfile));
    if (request.data !== void 0) {
      const data = await profileData(request.data, "data", {
        ...readOptions,
        stringColumns,
        referenceRows,
        progress: request.progress
      });
      shards.push(data.profile);
      emptyFiles = data.emptyFiles;
    }
    profile = mergeProfiles(shards);
  } else {
    const data = await profileData(request.data, "data", {
      ...readOptions,
      stringColumns,
      referenceRows,
      progress: request.progress
    });
    profile = data.profile;
    emptyFiles = data.emptyFiles;
  }
  if (schema === void 0) {
    schema = inferSchema(profile, { label: request.label, source: request.data ?? "merged profiles" });
    schemaSource = "inferred-from-data";
  }
  if (request.inferSchemaTo !== void 0) {
    const source = referenceProfile ?? profile;
    const inferred = inferSchema(source, {
      label: request.label,
      source: request.reference ?? request.data ?? "merged profiles"
    });
    await writeSchema(request.inferSchemaTo, inferred);
  }
  const anomalies = detectAnomalies(profile, schema, {
    environment: request.environment,
    label: request.label,
    reference: referenceProfile ?? void 0,
    severity: request.severity,
    emptyFiles
  });
  let drift = null;
  const identifiers = referenceProfile === null ? [] : identifierColumns(referenceProfile);
  if (referenceProfile !== null) {
    const skip = new Set(identifiers);
    const withoutIdentifiers = (all) => new Map([...all].filter(([name]) => !skip.has(name)));
    const [{ detectDrift }, { distributions }] = await Promise.all([
      import("./drift-EK5YJARJ.js"),
      import("./distributions-PJ5VL2FN.js")
    ]);
    drift = detectDrift(
      withoutIdentifiers(distributions(referenceProfile, schema)),
      withoutIdentifiers(distributions(profile, schema)),
      request.drift
    );
  }
  const checks = verdictChecks(profile, schema, anomalies, drift, request.failOn);
  for (const name of identifiers) {
    checks.push({
      check: "drift.feature",
      status: "skip",
      feature: name,
      value: null,
      threshold: null,
      message: `"${name}" looks like an identifier (mostly unique text values): no drift test; override in validate-data.drift.features to force one`
    });
  }
  const failed = checks.some((check) => check.status === "fail");
  return {
    verdict: { kind: "validate-data", passed: !failed, checks, createdAt: (/* @__PURE__ */ new Date()).toISOString() },
    profile,
    referenceProfile,
    schema,
    schemaSource,
    anomalies,
    drift,
    statistics: profile.columns.map(columnStatistics)
  };
}
function verdictChecks(profile, schema, anomalies, drift, failOn) {
  const demote = (check) => failOn === "none" && check.status === "fail" ? { ...check, status: "warn" } : check;
  const checks = [
    {
      check: "schema.rows",
      status: "pass",
      value: profile.rows,
      threshold: schema.rows?.min ?? 1,
      message: `${profile.rows} rows in ${profile.sources.length} file(s)`
    }
  ];
  const anomalous = new Set(anomalies.map((anomaly) => anomaly.feature).filter((f) => f !== void 0));
  for (const feature of schema.features) {
    if (anomalous.has(feature.name)) continue;
    checks.push({
      check: "schema.feature",
      status: "pass",
      feature: feature.name,
      value: feature.type,
      threshold: null,
      message: `"${feature.name}" matches the schema`
    });
  }
  for (const anomaly of anomalies) {
    const { kind: _kind, count: _count, ...check } = anomaly;
    checks.push(demote(check));
  }
  if (drift !== null) {
    for (const feature of drift.features) {
      checks.push({
        check: "drift.feature",
        status: feature.drifted ? failOn === "drift" ? "fail" : "warn" : "pass",
        feature: feature.feature,
        value: round2(feature.pValue ?? feature.statistic),
        threshold: feature.threshold,
        message: feature.reason
      });
    }
    checks.push({
      check: "drift.dataset",
      status: drift.datasetDrifted ? failOn === "drift" ? "fail" : "warn" : "pass",
      value: round2(drift.share),
      threshold: null,
      message: `${drift.driftedCount} of ${drift.features.length} features drifted (${(drift.share * 100).toFixed(1)}%), correction: ${drift.correction}`
    });
  }
  return checks;
}
function round2(value) {
  return Number.isFinite(value) ? Number(value.toPrecision(6)) : value;
}
function identifierColumns(reference) {
  return reference.columns.filter((column) => {
    const present = column.count - column.missing;
    if (column.strings.count === 0 || present === 0) return false;
    const distinct = exactDistinctCount(column) ?? DistinctSketch.fromJSON(column.distinct).estimate();
    return distinct > 0.5 * present && distinct > 20;
  }).map((column) => column.name);
}

export {
  profileData,
  loadProfile,
  validateData
};
