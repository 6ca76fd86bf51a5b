import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { validateData } from '/work/main/src/validate/run.js';

it('probe', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'probe-'));
  await writeFile(join(dir, 'a.jsonl'), '{"a":1,"b":"x"}\n{"b":"y"}\n{"a":3,"b":"z","c":1}\n{"a":4,"b":"w"}\n');
  const r = await validateData({
    data: join(dir, 'a.jsonl'),
    failOn: 'schema',
    environment: 'TRAINING',
    mergeProfiles: [],
    format: 'auto',
    severity: {},
    drift: {},
  });
  console.log(JSON.stringify(r.anomalies), JSON.stringify(r.profile.raggedRows), JSON.stringify(r.schema));
});
