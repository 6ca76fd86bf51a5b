import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  LineageStore,
  appendLineDurably,
  fsyncDirectory,
  fsyncFile,
  processAlive,
  removeDeadTemporaries,
  tempName,
  testPause,
  writeFileAtomic
} from "./chunk-UTWNSTMI.js";
import {
  MANIFEST_FILE,
  MODEL_FILE,
  PROFILE_FILE,
  readModelPackage
} from "./chunk-YNCSL7WP.js";
import {
  readJsonFile
} from "./chunk-HJIXDHLD.js";
import {
  checkedBy
} from "./chunk-FEWK3QBM.js";
import {
  fileSha256
} from "./chunk-TPMIUAPN.js";
import {
  ConcurrentUpdateError,
  STAGES
} from "./chunk-KO3WFQKK.js";
import {
  ConfigurationError,
  describeThrown
} from "./chunk-FCHSJP6A.js";

// src/registry/fs.ts
import { copyFile, mkdir as mkdir2, readdir, readFile as readFile2, rename as rename2, rm as rm2, stat as stat2, truncate } from "node:fs/promises";
import path2 from "node:path";

// src/registry/lock.ts
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";
var LockTimeoutError = class extends ConfigurationError {
  name = "LockTimeoutError";
};
var OWNER_FILE = "owner.json";
var OWNERLESS_GRACE_MS = 1e4;
var BREAK_GRACE_MS = 1e4;
var DirectoryLock = class {
  constructor(path3, options = {}) {
    this.path = path3;
    this.timeoutMs = options.timeoutMs ?? 6e4;
    this.staleMs = options.staleMs ?? 10 * 6e4;
  }
  path;
  timeoutMs;
  staleMs;
  async acquire() {
    const deadline = Date.now() + this.timeoutMs;
    let broke;
    for (let attempt = 0; ; attempt++) {
      if (await this.tryCreate()) {
        const owner = {
          pid: process.pid,
          hostname: hostname(),
          acquiredAt: (/* @__PURE__ */ new Date()).toISOString(),
          token: randomBytes(12).toString("hex")
        };
        try {
          const temp = path.join(this.path, `.owner-${owner.token}`);
          await writeFile(temp, `${JSON.stringify(owner)}
`);
          await rename(temp, path.join(this.path, OWNER_FILE));
        } catch (error) {
          await rm(this.path, { recursive: true, force: true });
          throw error;
        }
        return { broke, release: () => this.release(owner.token) };
      }
      const observed = await this.inspect();
      if (observed !== void 0 && this.staleReason(observed) !== void 0) {
        const broken = await this.breakIfStill(observed);
        if (broken) {
          broke = observed.owner ?? "ownerless";
          continue;
        }
      }
      if (Date.now() >= deadline) throw new LockTimeoutError(this.timeoutMessage(observed));
      const backoff = Math.min(250, 5 * 2 ** Math.min(attempt, 6));
      await sleep(Math.min(backoff * (0.5 + Math.random()), Math.max(1, deadline - Date.now())));
    }
  }
  /** The current holder, for messages; undefined when the lock is free. */
  async holder() {
    const observed = await this.inspect();
    return observed === void 0 ? void 0 : observed.owner ?? "ownerless";
  }
  async tryCreate() {
    try {
      await mkdir(this.path);
      return true;
    } catch (error) {
      const code = error.code;
      if (code === "EEXIST") return false;
      if (code === "ENOENT") {
        await mkdir(path.dirname(this.path), { recursive: true });
        return this.tryCreate();
      }
      throw error;
    }
  }
  async inspect() {
    const info = await stat(this.path).catch(() => void 0);
    if (info === void 0) return void 0;
    const owner = await readOwner(this.path);
    const since = owner === void 0 ? info.mtimeMs : Date.parse(owner.acquiredAt);
    return { owner, ageMs: Date.now() - (Number.isNaN(since) ? info.mtimeMs : since) };
  }
  staleReason(observed) {
    const { owner, ageMs } = observed;
    if (owner === void 0) return ageMs > OWNERLESS_GRACE_MS ? "it has no owner" : void 0;
    if (owner.hostname === hostname() && !processAlive(owner.pid)) return `process ${owner.pid} is gone`;
    if (ageMs > this.staleMs) return `it is older than ${Math.round(this.staleMs / 1e3)} s`;
    return void 0;
  }
  async breakIfStill(observed) {
    const breakPath = `${this.path}.break`;
    try {
      await mkdir(breakPath);
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const info = await stat(breakPath).catch(() => void 0);
      if (info !== void 0 && Date.now() - info.mtimeMs > BREAK_GRACE_MS) {
        await rm(breakPath, { recursive: true, force: true });
      }
      return false;
    }
    try {
      const now = await this.inspect();
      if (now === void 0) return false;
      if (now.owner?.token !== observed.owner?.token || this.staleReason(now) === void 0) return false;
      const grave = `${this.path}.stale-${randomBytes(6).toString("hex")}`;
      await rename(this.path, grave);
      await rm(grave, { recursive: true, force: true });
      return true;
    } finally {
      await rm(breakPath, { recursive: true, force: true });
    }
  }
  async release(token) {
    const owner = await readOwner(this.path);
    if (owner?.token !== token) return;
    const grave = `${this.path}.released-${token}`;
    await rename(this.path, grave);
    await rm(grave, { recursive: true, force: true });
  }
  timeoutMessage(observed) {
    const seconds = Math.round(this.timeoutMs / 1e3);
    const owner = observed?.owner;
    const held = owner === void 0 ? "it has no owner record yet" : `it is held by process ${owner.pid} on ${owner.hostname} since ${owner.acquiredAt}`;
    return `timed out after ${seconds} s waiting for the registry lock ${this.path}: ${held}; if no mlops process is still writing to this registry, remove ${this.path} and retry`;
  }
};
async function readOwner(lockPath) {
  let text;
  try {
    text = await readFile(path.join(lockPath, OWNER_FILE), "utf8");
  } catch {
    return void 0;
  }
  try {
    const value = JSON.parse(text);
    if (typeof value !== "object" || value === null) return void 0;
    const record = value;
    const { pid, hostname: host, acquiredAt, token } = record;
    if (typeof pid !== "number" || typeof host !== "string" || typeof acquiredAt !== "string") return void 0;
    if (typeof token !== "string") return void 0;
    return { pid, hostname: host, acquiredAt, token };
  } catch {
    return void 0;
  }
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// src/generated/validators/registry-alias-event.js
var codePoints = (text) => {
  let count = 0;
  for (const _ of text) count++;
  return count;
};
var registry_alias_event_default = validate10;
var schema12 = { "type": "object", "additionalProperties": false, "required": ["stage", "version", "previous", "action", "reason", "actor", "at", "evidence", "outcome"], "properties": { "stage": { "$ref": "#/definitions/stage" }, "version": { "$ref": "#/definitions/version" }, "previous": { "oneOf": [{ "$ref": "#/definitions/version" }, { "type": "null" }], "description": "The version the stage pointed at before this move (null for the first one): the compare-and-swap precondition." }, "action": { "enum": ["promote", "rollback"] }, "reason": { "type": "string" }, "actor": { "type": "string", "minLength": 1 }, "at": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T" }, "runUrl": { "type": "string" }, "evidence": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["kind", "digest", "passed"], "properties": { "kind": { "type": "string", "minLength": 1 }, "digest": { "type": "string" }, "passed": { "type": "boolean" } } } }, "deploymentId": { "type": "integer" }, "outcome": { "enum": ["success", "failure", "pending"] } } };
var schema13 = { "enum": ["dev", "staging", "production"] };
var func2 = Object.prototype.hasOwnProperty;
var func3 = codePoints;
var pattern0 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
var pattern2 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.stage === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stage" }, message: "must have required property 'stage'" };
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
    if (data.previous === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "previous" }, message: "must have required property 'previous'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.action === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.actor === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actor" }, message: "must have required property 'actor'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.at === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.evidence === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property 'evidence'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.outcome === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outcome" }, message: "must have required property 'outcome'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema12.properties, key0)) {
        const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.stage !== void 0) {
      let data0 = data.stage;
      if (!(data0 === "dev" || data0 === "staging" || data0 === "production")) {
        const err10 = { instancePath: instancePath + "/stage", schemaPath: "#/definitions/stage/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (typeof data1 === "string") {
        if (!pattern0.test(data1)) {
          const err11 = { instancePath: instancePath + "/version", schemaPath: "#/definitions/version/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/version", schemaPath: "#/definitions/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.previous !== void 0) {
      let data2 = data.previous;
      const _errs8 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs9 = errors;
      if (typeof data2 === "string") {
        if (!pattern0.test(data2)) {
          const err13 = { instancePath: instancePath + "/previous", schemaPath: "#/definitions/version/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/previous", schemaPath: "#/definitions/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid0 = _errs9 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs12 = errors;
      if (data2 !== null) {
        const err15 = { instancePath: instancePath + "/previous", schemaPath: "#/properties/previous/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var _valid0 = _errs12 === errors;
      if (_valid0 && valid3) {
        valid3 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid3 = true;
          passing0 = 1;
        }
      }
      if (!valid3) {
        const err16 = { instancePath: instancePath + "/previous", schemaPath: "#/properties/previous/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      } else {
        errors = _errs8;
        if (vErrors !== null) {
          if (_errs8) {
            vErrors.length = _errs8;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.action !== void 0) {
      let data3 = data.action;
      if (!(data3 === "promote" || data3 === "rollback")) {
        const err17 = { instancePath: instancePath + "/action", schemaPath: "#/properties/action/enum", keyword: "enum", params: { allowedValues: schema12.properties.action.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      if (typeof data.reason !== "string") {
        const err18 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.actor !== void 0) {
      let data5 = data.actor;
      if (typeof data5 === "string") {
        if (func3(data5) < 1) {
          const err19 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.at !== void 0) {
      let data6 = data.at;
      if (typeof data6 === "string") {
        if (!pattern2.test(data6)) {
          const err21 = { instancePath: instancePath + "/at", schemaPath: "#/properties/at/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T"' };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/at", schemaPath: "#/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.runUrl !== void 0) {
      if (typeof data.runUrl !== "string") {
        const err23 = { instancePath: instancePath + "/runUrl", schemaPath: "#/properties/runUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data8 = data.evidence;
      if (Array.isArray(data8)) {
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.kind === void 0) {
              const err24 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/properties/evidence/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data9.digest === void 0) {
              const err25 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/properties/evidence/items/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data9.passed === void 0) {
              const err26 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/properties/evidence/items/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            for (const key1 in data9) {
              if (!(key1 === "kind" || key1 === "digest" || key1 === "passed")) {
                const err27 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/properties/evidence/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data9.kind !== void 0) {
              let data10 = data9.kind;
              if (typeof data10 === "string") {
                if (func3(data10) < 1) {
                  const err28 = { instancePath: instancePath + "/evidence/" + i0 + "/kind", schemaPath: "#/properties/evidence/items/properties/kind/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/evidence/" + i0 + "/kind", schemaPath: "#/properties/evidence/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data9.digest !== void 0) {
              if (typeof data9.digest !== "string") {
                const err30 = { instancePath: instancePath + "/evidence/" + i0 + "/digest", schemaPath: "#/properties/evidence/items/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data9.passed !== void 0) {
              if (typeof data9.passed !== "boolean") {
                const err31 = { instancePath: instancePath + "/evidence/" + i0 + "/passed", schemaPath: "#/properties/evidence/items/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/properties/evidence/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.deploymentId !== void 0) {
      let data13 = data.deploymentId;
      if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
        const err34 = { instancePath: instancePath + "/deploymentId", schemaPath: "#/properties/deploymentId/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.outcome !== void 0) {
      let data14 = data.outcome;
      if (!(data14 === "success" || data14 === "failure" || data14 === "pending")) {
        const err35 = { instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema12.properties.outcome.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
  } else {
    const err36 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!validate11(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
    errors = vErrors.length;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/generated/validators/registry-evidence.js
var registry_evidence_default = validate102;
var pattern02 = new RegExp("^[a-z0-9][a-z0-9-]{0,63}$", "u");
var pattern1 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
var pattern22 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T", "u");
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.passed === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.digest === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.recordedAt === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "recordedAt" }, message: "must have required property 'recordedAt'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "passed" || key0 === "digest" || key0 === "source" || key0 === "version" || key0 === "commit" || key0 === "recordedAt")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (typeof data0 === "string") {
        if (!pattern02.test(data0)) {
          const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.passed !== void 0) {
      if (typeof data.passed !== "boolean") {
        const err8 = { instancePath: instancePath + "/passed", schemaPath: "#/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.digest !== void 0) {
      let data2 = data.digest;
      if (typeof data2 === "string") {
        if (!pattern1.test(data2)) {
          const err9 = { instancePath: instancePath + "/digest", schemaPath: "#/properties/digest/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/digest", schemaPath: "#/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      if (typeof data.source !== "string") {
        const err11 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (typeof data.version !== "string") {
        const err12 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.commit !== void 0) {
      if (typeof data.commit !== "string") {
        const err13 = { instancePath: instancePath + "/commit", schemaPath: "#/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.recordedAt !== void 0) {
      let data6 = data.recordedAt;
      if (typeof data6 === "string") {
        if (!pattern22.test(data6)) {
          const err14 = { instancePath: instancePath + "/recordedAt", schemaPath: "#/properties/recordedAt/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T"' };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/recordedAt", schemaPath: "#/properties/recordedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
}

// src/generated/validators/registry-stage.js
var codePoints2 = (text) => {
  let count = 0;
  for (const _ of text) count++;
  return count;
};
var registry_stage_default = validate103;
var schema122 = { "enum": ["dev", "staging", "production"] };
var pattern03 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
var schema14 = { "type": "object", "additionalProperties": false, "required": ["stage", "version", "previous", "action", "reason", "actor", "at", "evidence", "outcome"], "properties": { "stage": { "$ref": "#/definitions/stage" }, "version": { "$ref": "#/definitions/version" }, "previous": { "oneOf": [{ "$ref": "#/definitions/version" }, { "type": "null" }], "description": "The version the stage pointed at before this move (null for the first one): the compare-and-swap precondition." }, "action": { "enum": ["promote", "rollback"] }, "reason": { "type": "string" }, "actor": { "type": "string", "minLength": 1 }, "at": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T" }, "runUrl": { "type": "string" }, "evidence": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["kind", "digest", "passed"], "properties": { "kind": { "type": "string", "minLength": 1 }, "digest": { "type": "string" }, "passed": { "type": "boolean" } } } }, "deploymentId": { "type": "integer" }, "outcome": { "enum": ["success", "failure", "pending"] } } };
var func22 = Object.prototype.hasOwnProperty;
var func32 = codePoints2;
var pattern3 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T", "u");
function validate112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.stage === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stage" }, message: "must have required property 'stage'" };
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
    if (data.previous === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "previous" }, message: "must have required property 'previous'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.action === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.actor === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actor" }, message: "must have required property 'actor'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.at === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.evidence === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property 'evidence'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.outcome === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outcome" }, message: "must have required property 'outcome'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func22.call(schema14.properties, key0)) {
        const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.stage !== void 0) {
      let data0 = data.stage;
      if (!(data0 === "dev" || data0 === "staging" || data0 === "production")) {
        const err10 = { instancePath: instancePath + "/stage", schemaPath: "#/definitions/stage/enum", keyword: "enum", params: { allowedValues: schema122.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (typeof data1 === "string") {
        if (!pattern03.test(data1)) {
          const err11 = { instancePath: instancePath + "/version", schemaPath: "#/definitions/version/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/version", schemaPath: "#/definitions/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.previous !== void 0) {
      let data2 = data.previous;
      const _errs8 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs9 = errors;
      if (typeof data2 === "string") {
        if (!pattern03.test(data2)) {
          const err13 = { instancePath: instancePath + "/previous", schemaPath: "#/definitions/version/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/previous", schemaPath: "#/definitions/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid0 = _errs9 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs12 = errors;
      if (data2 !== null) {
        const err15 = { instancePath: instancePath + "/previous", schemaPath: "#/properties/previous/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var _valid0 = _errs12 === errors;
      if (_valid0 && valid3) {
        valid3 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid3 = true;
          passing0 = 1;
        }
      }
      if (!valid3) {
        const err16 = { instancePath: instancePath + "/previous", schemaPath: "#/properties/previous/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      } else {
        errors = _errs8;
        if (vErrors !== null) {
          if (_errs8) {
            vErrors.length = _errs8;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.action !== void 0) {
      let data3 = data.action;
      if (!(data3 === "promote" || data3 === "rollback")) {
        const err17 = { instancePath: instancePath + "/action", schemaPath: "#/properties/action/enum", keyword: "enum", params: { allowedValues: schema14.properties.action.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      if (typeof data.reason !== "string") {
        const err18 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.actor !== void 0) {
      let data5 = data.actor;
      if (typeof data5 === "string") {
        if (func32(data5) < 1) {
          const err19 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.at !== void 0) {
      let data6 = data.at;
      if (typeof data6 === "string") {
        if (!pattern3.test(data6)) {
          const err21 = { instancePath: instancePath + "/at", schemaPath: "#/properties/at/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T"' };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/at", schemaPath: "#/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.runUrl !== void 0) {
      if (typeof data.runUrl !== "string") {
        const err23 = { instancePath: instancePath + "/runUrl", schemaPath: "#/properties/runUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data8 = data.evidence;
      if (Array.isArray(data8)) {
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.kind === void 0) {
              const err24 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/properties/evidence/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data9.digest === void 0) {
              const err25 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/properties/evidence/items/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data9.passed === void 0) {
              const err26 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/properties/evidence/items/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            for (const key1 in data9) {
              if (!(key1 === "kind" || key1 === "digest" || key1 === "passed")) {
                const err27 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/properties/evidence/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data9.kind !== void 0) {
              let data10 = data9.kind;
              if (typeof data10 === "string") {
                if (func32(data10) < 1) {
                  const err28 = { instancePath: instancePath + "/evidence/" + i0 + "/kind", schemaPath: "#/properties/evidence/items/properties/kind/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/evidence/" + i0 + "/kind", schemaPath: "#/properties/evidence/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data9.digest !== void 0) {
              if (typeof data9.digest !== "string") {
                const err30 = { instancePath: instancePath + "/evidence/" + i0 + "/digest", schemaPath: "#/properties/evidence/items/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data9.passed !== void 0) {
              if (typeof data9.passed !== "boolean") {
                const err31 = { instancePath: instancePath + "/evidence/" + i0 + "/passed", schemaPath: "#/properties/evidence/items/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/properties/evidence/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.deploymentId !== void 0) {
      let data13 = data.deploymentId;
      if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
        const err34 = { instancePath: instancePath + "/deploymentId", schemaPath: "#/properties/deploymentId/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.outcome !== void 0) {
      let data14 = data.outcome;
      if (!(data14 === "success" || data14 === "failure" || data14 === "pending")) {
        const err35 = { instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema14.properties.outcome.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
  } else {
    const err36 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate112.errors = vErrors;
  return errors === 0;
}
function validate103(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
    if (data.stage === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stage" }, message: "must have required property 'stage'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.current === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "current" }, message: "must have required property 'current'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.history === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "history" }, message: "must have required property 'history'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "format" || key0 === "formatVersion" || key0 === "stage" || key0 === "current" || key0 === "history")) {
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
      if ("mlops-actions/registry-stage" !== data.format) {
        const err6 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "mlops-actions/registry-stage" }, message: "must be equal to constant" };
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
    if (data.stage !== void 0) {
      let data2 = data.stage;
      if (!(data2 === "dev" || data2 === "staging" || data2 === "production")) {
        const err8 = { instancePath: instancePath + "/stage", schemaPath: "#/definitions/stage/enum", keyword: "enum", params: { allowedValues: schema122.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.current !== void 0) {
      let data3 = data.current;
      const _errs7 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs8 = errors;
      if (typeof data3 === "string") {
        if (!pattern03.test(data3)) {
          const err9 = { instancePath: instancePath + "/current", schemaPath: "#/definitions/version/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/current", schemaPath: "#/definitions/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid0 = _errs8 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs11 = errors;
      if (data3 !== null) {
        const err11 = { instancePath: instancePath + "/current", schemaPath: "#/properties/current/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid0 = _errs11 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err12 = { instancePath: instancePath + "/current", schemaPath: "#/properties/current/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      } else {
        errors = _errs7;
        if (vErrors !== null) {
          if (_errs7) {
            vErrors.length = _errs7;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.history !== void 0) {
      let data4 = data.history;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate112(data4[i0], { instancePath: instancePath + "/history/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate103.errors = vErrors;
  return errors === 0;
}

// src/generated/validators/registry-version.js
var registry_version_default = validate104;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/mlops-actions/mlops-actions/schemas/registry-version.schema.json", "title": "mlops-actions registry version record (versions/<hex>/version.json)", "description": "Written once when a package is registered; the digests of the package files let every read detect a registry modified outside mlops.", "type": "object", "additionalProperties": false, "required": ["format", "formatVersion", "version", "registeredAt", "files"], "properties": { "format": { "const": "mlops-actions/registry-version" }, "formatVersion": { "const": 1 }, "version": { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" }, "registeredAt": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T" }, "source": { "type": "string", "description": "The package directory it was registered from (informative)." }, "files": { "type": "array", "minItems": 2, "items": { "type": "object", "additionalProperties": false, "required": ["name", "sha256", "bytes"], "properties": { "name": { "enum": ["model.onnx", "model.json", "profile.json"] }, "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" }, "bytes": { "type": "integer", "minimum": 0 } } } } } };
var pattern04 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
var pattern12 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T", "u");
var pattern23 = new RegExp("^[0-9a-f]{64}$", "u");
function validate104(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
    if (data.version === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.registeredAt === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "registeredAt" }, message: "must have required property 'registeredAt'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.files === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "format" || key0 === "formatVersion" || key0 === "version" || key0 === "registeredAt" || key0 === "source" || key0 === "files")) {
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
      if ("mlops-actions/registry-version" !== data.format) {
        const err6 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "mlops-actions/registry-version" }, message: "must be equal to constant" };
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
    if (data.version !== void 0) {
      let data2 = data.version;
      if (typeof data2 === "string") {
        if (!pattern04.test(data2)) {
          const err8 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.registeredAt !== void 0) {
      let data3 = data.registeredAt;
      if (typeof data3 === "string") {
        if (!pattern12.test(data3)) {
          const err10 = { instancePath: instancePath + "/registeredAt", schemaPath: "#/properties/registeredAt/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/registeredAt", schemaPath: "#/properties/registeredAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      if (typeof data.source !== "string") {
        const err12 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.files !== void 0) {
      let data5 = data.files;
      if (Array.isArray(data5)) {
        if (data5.length < 2) {
          const err13 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.name === void 0) {
              const err14 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data6.sha256 === void 0) {
              const err15 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data6.bytes === void 0) {
              const err16 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "bytes" }, message: "must have required property 'bytes'" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            for (const key1 in data6) {
              if (!(key1 === "name" || key1 === "sha256" || key1 === "bytes")) {
                const err17 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data6.name !== void 0) {
              let data7 = data6.name;
              if (!(data7 === "model.onnx" || data7 === "model.json" || data7 === "profile.json")) {
                const err18 = { instancePath: instancePath + "/files/" + i0 + "/name", schemaPath: "#/properties/files/items/properties/name/enum", keyword: "enum", params: { allowedValues: schema11.properties.files.items.properties.name.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data6.sha256 !== void 0) {
              let data8 = data6.sha256;
              if (typeof data8 === "string") {
                if (!pattern23.test(data8)) {
                  const err19 = { instancePath: instancePath + "/files/" + i0 + "/sha256", schemaPath: "#/properties/files/items/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/files/" + i0 + "/sha256", schemaPath: "#/properties/files/items/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data6.bytes !== void 0) {
              let data9 = data6.bytes;
              if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                const err21 = { instancePath: instancePath + "/files/" + i0 + "/bytes", schemaPath: "#/properties/files/items/properties/bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              if (typeof data9 == "number" && isFinite(data9)) {
                if (data9 < 0 || isNaN(data9)) {
                  const err22 = { instancePath: instancePath + "/files/" + i0 + "/bytes", schemaPath: "#/properties/files/items/properties/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate104.errors = vErrors;
  return errors === 0;
}

// src/registry/records.ts
var STAGE_FORMAT = "mlops-actions/registry-stage";
var VERSION_FORMAT = "mlops-actions/registry-version";
var validateStageFile = checkedBy(
  registry_stage_default,
  "registry stage file (see schemas/registry-stage.schema.json)"
);
var validateVersionFile = checkedBy(
  registry_version_default,
  "registry version record (see schemas/registry-version.schema.json)"
);
var validateEvidence = checkedBy(
  registry_evidence_default,
  "evidence record (see schemas/registry-evidence.schema.json)"
);
var validateAliasEvent = checkedBy(
  registry_alias_event_default,
  "alias event (see definitions.aliasEvent in schemas/registry-stage.schema.json)"
);
var VERSION_PATTERN = /^sha256:([0-9a-f]{64})$/;
function versionHex(version) {
  const match = VERSION_PATTERN.exec(version);
  if (match?.[1] === void 0) {
    throw new ConfigurationError(
      `${JSON.stringify(version)} is not a model version: expected sha256:<64 lowercase hex digits> (the digest of model.onnx)`
    );
  }
  return match[1];
}
function assertStage(stage) {
  if (!STAGES.includes(stage)) {
    throw new ConfigurationError(`unknown stage ${JSON.stringify(stage)}: the stages are ${STAGES.join(", ")}`);
  }
}
function checkStageConsistency(file, stage, source) {
  const problem = (text) => new ConfigurationError(
    `${source} is inconsistent: ${text}; the registry's audit.jsonl lists every move, restore the file from it or from a backup`
  );
  if (file.stage !== stage) throw problem(`it describes stage ${file.stage}, not ${stage}`);
  let previous = null;
  for (const [index, event] of file.history.entries()) {
    if (event.stage !== stage) throw problem(`history[${index}] is an event of stage ${event.stage}`);
    if (event.previous !== previous) {
      throw problem(`history[${index}].previous is ${event.previous} but the version before it is ${previous}`);
    }
    previous = event.version;
  }
  if (file.current !== previous) throw problem(`current is ${file.current} but the last move went to ${previous}`);
}

// src/registry/fs.ts
var EVIDENCE_FILE = /^(\d{4,})-([a-z0-9][a-z0-9-]*)\.json$/;
var PACKAGE_FILES = [MODEL_FILE, MANIFEST_FILE, PROFILE_FILE];
var FsRegistry = class {
  location;
  root;
  writerLock;
  now;
  constructor(root, options = {}) {
    this.root = path2.resolve(root);
    this.location = `fs:${root}`;
    this.writerLock = new DirectoryLock(path2.join(this.root, "lock"), options);
    this.now = options.now ?? (() => /* @__PURE__ */ new Date());
  }
  /** The lineage store kept with this registry, so a version's history travels with its files. */
  lineage() {
    return new LineageStore(path2.join(this.root, "lineage"));
  }
  async register(packageDirectory) {
    const pkg = await readModelPackage(packageDirectory);
    const version = pkg.manifest.version;
    const hex = versionHex(version);
    const existing = await this.get(version);
    if (existing !== void 0) return existing;
    await mkdir2(this.tmpDirectory, { recursive: true });
    const staging = path2.join(this.tmpDirectory, tempName(`version-${hex.slice(0, 12)}`));
    try {
      await mkdir2(path2.join(staging, "evidence"), { recursive: true });
      const files = [];
      for (const name of PACKAGE_FILES) {
        const from = path2.join(packageDirectory, name);
        const to = path2.join(staging, name);
        try {
          await copyFile(from, to);
        } catch (error) {
          if (name === PROFILE_FILE && error.code === "ENOENT") continue;
          throw error;
        }
        await fsyncFile(to);
        files.push({ name, sha256: await fileSha256(to), bytes: (await stat2(to)).size });
      }
      if (files.find((file) => file.name === MODEL_FILE)?.sha256 !== hex) {
        throw new ConfigurationError(
          `${path2.join(packageDirectory, MODEL_FILE)} changed while it was being registered; register the package again once nothing writes to it`
        );
      }
      const record = {
        format: VERSION_FORMAT,
        formatVersion: 1,
        version,
        registeredAt: this.now().toISOString(),
        source: path2.resolve(packageDirectory),
        files
      };
      await writeFileAtomic(path2.join(staging, "version.json"), `${JSON.stringify(record, null, 2)}
`);
      const won = await this.withLock(async () => {
        if (await exists(this.versionDirectory(hex))) return false;
        await mkdir2(path2.dirname(this.versionDirectory(hex)), { recursive: true });
        await testPause("before-version-rename");
        await rename2(staging, this.versionDirectory(hex));
        await fsyncDirectory(path2.dirname(this.versionDirectory(hex)));
        return true;
      });
      if (!won) {
        const registered = await this.get(version);
        if (registered === void 0) throw new Error(`${version} vanished from ${this.location} while registering`);
        return registered;
      }
      return { version, manifest: pkg.manifest, registeredAt: record.registeredAt, evidence: [] };
    } finally {
      await rm2(staging, { recursive: true, force: true });
    }
  }
  async get(version) {
    const record = await this.readVersionFile(version);
    if (record === void 0) return void 0;
    const directory = this.versionDirectory(versionHex(version));
    for (const file of record.files) await this.verifyFile(path2.join(directory, file.name), file.sha256, version);
    return this.assemble(record);
  }
  async download(version, directory) {
    const record = await this.readVersionFile(version);
    if (record === void 0) {
      throw new ConfigurationError(`model version ${version} is not registered in ${this.location}`);
    }
    const source = this.versionDirectory(versionHex(version));
    await mkdir2(directory, { recursive: true });
    for (const file of record.files) {
      const target = path2.join(directory, file.name);
      await copyFile(path2.join(source, file.name), target);
      const digest = await fileSha256(target);
      if (digest !== file.sha256) {
        await rm2(target, { force: true });
        throw this.tampered(path2.join(source, file.name), digest, file.sha256, version);
      }
    }
  }
  async list() {
    const names = await readdir(path2.join(this.root, "versions")).catch(() => []);
    const versions = [];
    for (const name of names) {
      if (!/^[0-9a-f]{64}$/.test(name)) continue;
      const registered = await this.get(`sha256:${name}`);
      if (registered !== void 0) versions.push(registered);
    }
    return versions.sort((a, b) => a.registeredAt.localeCompare(b.registeredAt) || a.version.localeCompare(b.version));
  }
  /** Appends a verdict to a version; the same kind with the same digest is recorded once (reruns are no-ops). */
  async addEvidence(version, evidence) {
    const record = validateEvidence(evidence, `evidence for ${version}`);
    const directory = path2.join(this.versionDirectory(versionHex(version)), "evidence");
    await this.withLock(async () => {
      if (await this.readVersionFile(version) === void 0) {
        throw new ConfigurationError(
          `cannot add evidence: model version ${version} is not registered in ${this.location}`
        );
      }
      const present = await this.readEvidence(version);
      if (present.some((item) => item.record.kind === record.kind && item.record.digest === record.digest)) return;
      const next = present.length === 0 ? 1 : Math.max(...present.map((item) => item.index)) + 1;
      await mkdir2(directory, { recursive: true });
      await writeFileAtomic(
        path2.join(directory, `${String(next).padStart(4, "0")}-${record.kind}.json`),
        `${JSON.stringify(record, null, 2)}
`,
        this.tmpDirectory
      );
    });
  }
  async current(stage) {
    assertStage(stage);
    return (await this.readStage(stage))?.current ?? void 0;
  }
  async history(stage) {
    assertStage(stage);
    return (await this.readStage(stage))?.history ?? [];
  }
  async moveAlias(event) {
    assertStage(event.stage);
    const checked = validateAliasEvent(event, `the ${event.stage} alias move`);
    await this.withLock(async () => {
      if (await this.readVersionFile(checked.version) === void 0) {
        throw new ConfigurationError(
          `cannot move ${checked.stage} to ${checked.version}: that version is not registered in ${this.location}`
        );
      }
      const file = await this.readStage(checked.stage);
      const current = file?.current ?? null;
      if (current !== checked.previous) {
        throw new ConcurrentUpdateError(
          `${checked.stage} in ${this.location} now points at ${current ?? "no version"}, not ${checked.previous ?? "no version"} as expected: another promotion moved it first; read the stage again and retry`
        );
      }
      const next = {
        format: STAGE_FORMAT,
        formatVersion: 1,
        stage: checked.stage,
        current: checked.version,
        history: [...file?.history ?? [], checked]
      };
      await mkdir2(path2.join(this.root, "stages"), { recursive: true });
      await writeFileAtomic(this.stagePath(checked.stage), `${JSON.stringify(next, null, 2)}
`, this.tmpDirectory);
      await testPause("before-audit");
      await appendLineDurably(this.auditPath, JSON.stringify(checked));
    });
  }
  /** Every alias move of every stage, oldest first, as logged in audit.jsonl. */
  async audit() {
    const text = await readFile2(this.auditPath, "utf8").catch((error) => {
      if (error.code === "ENOENT") return "";
      throw error;
    });
    const lines = text.split("\n").slice(0, -1);
    return lines.map((line, index) => {
      let value;
      try {
        value = JSON.parse(line);
      } catch {
        throw new ConfigurationError(`${this.auditPath} line ${index + 1} is not valid JSON`);
      }
      return validateAliasEvent(value, `${this.auditPath} line ${index + 1}`);
    });
  }
  get tmpDirectory() {
    return path2.join(this.root, "tmp");
  }
  get auditPath() {
    return path2.join(this.root, "audit.jsonl");
  }
  versionDirectory(hex) {
    return path2.join(this.root, "versions", hex);
  }
  stagePath(stage) {
    return path2.join(this.root, "stages", `${stage}.json`);
  }
  async withLock(body) {
    const held = await this.writerLock.acquire();
    try {
      await mkdir2(this.tmpDirectory, { recursive: true });
      await removeDeadTemporaries(this.tmpDirectory);
      if (held.broke !== void 0) await this.recover();
      return await body();
    } finally {
      await held.release();
    }
  }
  /**
   * After breaking a dead writer's lock: its one possibly unfinished step is the audit line of a move it
   * committed (stage renamed, line not yet or only partly appended). Stage files are the truth; the log is
   * completed from them.
   */
  async recover() {
    const text = await readFile2(this.auditPath, "utf8").catch(() => "");
    if (text.length > 0 && !text.endsWith("\n")) {
      await truncate(this.auditPath, Buffer.byteLength(text.slice(0, text.lastIndexOf("\n") + 1)));
    }
    const logged = await this.audit();
    for (const stage of STAGES) {
      const history = (await this.readStage(stage))?.history ?? [];
      const count = logged.filter((event) => event.stage === stage).length;
      for (const event of history.slice(count)) await appendLineDurably(this.auditPath, JSON.stringify(event));
    }
  }
  async readStage(stage) {
    const file = this.stagePath(stage);
    if (!await exists(file)) return void 0;
    const value = await readJsonFile(file, "registry stage file");
    const parsed = validateStageFile(value, file);
    checkStageConsistency(parsed, stage, file);
    return parsed;
  }
  async readVersionFile(version) {
    const file = path2.join(this.versionDirectory(versionHex(version)), "version.json");
    if (!await exists(file)) return void 0;
    const record = validateVersionFile(await readJsonFile(file, "registry version record"), file);
    const model = record.files.find((item) => item.name === MODEL_FILE);
    const manifest = record.files.find((item) => item.name === MANIFEST_FILE);
    if (record.version !== version || model?.sha256 !== versionHex(version) || manifest === void 0) {
      throw new ConfigurationError(
        `${file} does not describe ${version} (it records ${record.version}, model.onnx ${model?.sha256 ?? "missing"}): the registry was modified outside mlops; restore the directory from a backup`
      );
    }
    return record;
  }
  async assemble(record) {
    const manifestPath = path2.join(this.versionDirectory(versionHex(record.version)), MANIFEST_FILE);
    const manifest = await readJsonFile(manifestPath, "model manifest");
    const evidence = (await this.readEvidence(record.version)).map((item) => item.record);
    return { version: record.version, manifest, registeredAt: record.registeredAt, evidence };
  }
  async readEvidence(version) {
    const directory = path2.join(this.versionDirectory(versionHex(version)), "evidence");
    const names = await readdir(directory).catch(() => []);
    const items = [];
    for (const name of names) {
      const match = EVIDENCE_FILE.exec(name);
      if (match === null) continue;
      const file = path2.join(directory, name);
      const record = validateEvidence(await readJsonFile(file, "evidence record"), file);
      items.push({ index: Number(match[1]), record });
    }
    return items.sort((a, b) => a.index - b.index);
  }
  async verifyFile(file, expected, version) {
    let digest;
    try {
      digest = await fileSha256(file);
    } catch (error) {
      throw new ConfigurationError(
        `${file} of model version ${version} cannot be read (${error.code ?? "error"}): the registry was modified outside mlops; restore the directory from a backup`
      );
    }
    if (digest !== expected) throw this.tampered(file, digest, expected, version);
  }
  tampered(file, digest, expected, version) {
    return new ConfigurationError(
      `${file} has digest sha256:${digest} but model version ${version} was registered with sha256:${expected}: the registry was modified outside mlops; restore the file from a backup (or delete ${path2.dirname(file)} and register the package again)`
    );
  }
};
async function exists(file) {
  try {
    await stat2(file);
    return true;
  } catch (error) {
    if (error.code === "ENOENT") return false;
    throw error;
  }
}

// src/registry/open.ts
function openRegistry(location, options = {}) {
  if (location === "github" || location.startsWith("github:")) return lazyGithubRegistry(location);
  if (location.trim() === "") {
    throw new ConfigurationError("registry: give a directory path, `github` or `github:owner/repo`");
  }
  return new FsRegistry(location, options);
}
function lazyGithubRegistry(location) {
  let loading;
  const load = () => {
    loading ??= (async () => {
      let module;
      try {
        module = await import("./github-Q4IEIIDN.js");
      } catch (error) {
        throw new ConfigurationError(
          `registry ${location}: the GitHub registry cannot be loaded (${describeThrown(error)}); use a directory path instead`
        );
      }
      return await module.createGithubRegistry(location);
    })();
    return loading;
  };
  return {
    location,
    register: async (directory) => (await load()).register(directory),
    get: async (version) => (await load()).get(version),
    download: async (version, directory) => (await load()).download(version, directory),
    list: async () => (await load()).list(),
    addEvidence: async (version, evidence) => (await load()).addEvidence(version, evidence),
    current: async (stage) => (await load()).current(stage),
    history: async (stage) => (await load()).history(stage),
    moveAlias: async (event) => (await load()).moveAlias(event)
  };
}
function lineageStoreFor(registry, fallbackDirectory) {
  return registry instanceof FsRegistry ? registry.lineage() : new LineageStore(fallbackDirectory);
}

export {
  openRegistry,
  lineageStoreFor
};
