import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);

// src/lineage/artifacts.ts
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
function modelArtifact(id, version, uri, properties = {}) {
  return { id, type: "Model", uri, digest: version, properties };
}
async function datasetArtifact(id, pattern, rows) {
  const [{ resolveDataFiles }, { digestFiles }] = await Promise.all([
    import("./files-ESAOQ4Z2.js"),
    import("./digest-S6NUYYWV.js")
  ]);
  const files = await resolveDataFiles(pattern, id);
  const digest = await digestFiles(files, rows ?? 0);
  return {
    id,
    type: "Dataset",
    uri: pattern,
    digest: digest.digest,
    properties: { ...rows === void 0 ? {} : { rows }, files: files.length }
  };
}
async function fileArtifact(id, type, file, properties = {}) {
  const bytes = await readFile(file);
  return { id, type, uri: file, digest: `sha256:${createHash("sha256").update(bytes).digest("hex")}`, properties };
}

export {
  modelArtifact,
  datasetArtifact,
  fileArtifact
};
