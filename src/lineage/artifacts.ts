import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ArtifactType, LineageArtifact } from './types.js';

/** A model version as a lineage artifact: its digest is its version. */
export function modelArtifact(
  id: string,
  version: string,
  uri: string,
  properties: Record<string, unknown> = {},
): LineageArtifact {
  return { id, type: 'Model', uri, digest: version, properties };
}

/**
 * A data set as a lineage artifact, with the digest train records in the manifest (digestFiles), so data
 * checks and training runs on the same files join in `mlops lineage`.
 */
export async function datasetArtifact(id: string, pattern: string, rows?: number): Promise<LineageArtifact> {
  // Loaded here: the data readers and the digest code are only needed by runs that record a data set.
  const [{ resolveDataFiles }, { digestFiles }] = await Promise.all([
    import('../data/files.js'),
    import('../data/digest.js'),
  ]);
  const files = await resolveDataFiles(pattern, id);
  const digest = await digestFiles(files, rows ?? 0);
  return {
    id,
    type: 'Dataset',
    uri: pattern,
    digest: digest.digest,
    properties: { ...(rows === undefined ? {} : { rows }), files: files.length },
  };
}

/** A file the run wrote (verdict, metrics, profile), identified by the sha256 of its bytes. */
export async function fileArtifact(
  id: string,
  type: ArtifactType,
  file: string,
  properties: Record<string, unknown> = {},
): Promise<LineageArtifact> {
  const bytes = await readFile(file);
  return { id, type, uri: file, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`, properties };
}
