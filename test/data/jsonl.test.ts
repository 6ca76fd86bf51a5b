import { describe, expect, it } from 'vitest';
import { locateJsonError, MAX_LINE_BYTES, readJsonLines } from '../../src/data/jsonl.js';
import { useTempDir } from '../temp-dir.js';
import { expectDataFormatError, RecordingVisitor } from './helpers.js';

const tmp = useTempDir('mlops-data-test-');

async function read(content: string | Uint8Array, maxRows?: number): Promise<RecordingVisitor> {
  const file = await tmp.write('data.jsonl', content);
  const visitor = new RecordingVisitor();
  await readJsonLines(file, visitor, { maxRows });
  return visitor;
}

async function readError(content: string | Uint8Array) {
  const file = await tmp.write('bad.jsonl', content);
  const error = await expectDataFormatError(readJsonLines(file, new RecordingVisitor(), {}));
  expect(error.file).toBe(file);
  return error;
}

describe('readJsonLines', () => {
  it('passes scalars through typed() with their JSON types', async () => {
    const v = await read('{"i":1,"f":2.5,"s":"x","b":true,"n":null}\n{"i":-3,"f":1e3,"s":"","b":false,"n":null}\n');
    expect(v.columns).toEqual(['i', 'f', 's', 'b', 'n']);
    expect(v.values()).toEqual([
      [1, 2.5, 'x', true, null],
      [-3, 1000, '', false, null],
    ]);
    expect(v.rows.every((row) => row.cells.every((cell) => cell.kind === 'typed'))).toBe(true);
    expect(v.rows.map((row) => row.fieldCount)).toEqual([5, 5]);
    expect(v.lines()).toEqual([1, 2]);
  });

  it('passes nested objects and arrays as their JSON text', async () => {
    const v = await read('{"o":{"a":[1,2]},"l":[true,null,"x"]}\n');
    expect(v.values()).toEqual([['{"a":[1,2]}', '[true,null,"x"]']]);
  });

  it('matches columns by name when key order varies, and adds new keys', async () => {
    const v = await read('{"a":1,"b":2}\n{"b":20,"a":10}\n{"c":300,"a":100}\n{"b":4000}\n');
    expect(v.columns).toEqual(['a', 'b', 'c']);
    expect(v.addedColumns).toEqual(['c']);
    expect(v.objects()).toEqual([{ a: 1, b: 2 }, { a: 10, b: 20 }, { a: 100, c: 300 }, { b: 4000 }]);
    expect(v.rows.map((row) => row.fieldCount)).toEqual([2, 2, 2, 1]);
  });

  it('sends no cell for a key a record lacks', async () => {
    const v = await read('{"a":1,"b":2}\n{"a":3}\n');
    expect(v.rows[1]?.cells.map((cell) => cell.column)).toEqual([0]);
    expect(v.values()[1]).toEqual([3, undefined]);
  });

  it('strips a UTF-8 BOM, accepts CRLF, skips blank lines but counts them', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    const body = new TextEncoder().encode('{"név":"é"}\r\n\r\n   \r\n{"név":"日本"}\r\n\n{"név":"😀"}');
    const v = await read(Buffer.concat([bom, body]));
    expect(v.columns).toEqual(['név']);
    expect(v.values()).toEqual([['é'], ['日本'], ['😀']]);
    expect(v.lines()).toEqual([1, 4, 6]);
  });

  it('reads a last line without a trailing newline', async () => {
    const v = await read('{"a":1}\n{"a":2}');
    expect(v.values()).toEqual([[1], [2]]);
  });

  it('stops after maxRows', async () => {
    const lines = Array.from({ length: 50 }, (_, i) => JSON.stringify({ i }));
    const v = await read(`${lines.join('\n')}\n`, 7);
    expect(v.rows).toHaveLength(7);
    expect(v.values().at(-1)).toEqual([6]);
  });

  it('with maxRows 0 still announces the header', async () => {
    const v = await read('{"a":1,"b":2}\n{"a":3}\n', 0);
    expect(v.columns).toEqual(['a', 'b']);
    expect(v.rows).toHaveLength(0);
  });

  it('streams a file much larger than one read chunk, with records split across chunks', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 20_000; i++) lines.push(JSON.stringify({ i, s: `é日😀${'x'.repeat(i % 97)}`, f: i / 7 }));
    const v = await read(`${lines.join('\r\n')}\r\n`);
    expect(v.rows).toHaveLength(20_000);
    const values = v.values();
    for (const i of [0, 1, 4095, 9999, 19_999]) {
      expect(values[i]).toEqual([i, `é日😀${'x'.repeat(i % 97)}`, i / 7]);
    }
    expect(v.lines().at(-1)).toBe(20_000);
  });

  it('accepts a record far larger than one read chunk', async () => {
    const big = 'y'.repeat(1_000_000);
    const v = await read(`{"a":1}\n{"a":"${big}"}\n{"a":3}\n`);
    expect(v.values()).toEqual([[1], [big], [3]]);
  });

  describe('errors', () => {
    it('rejects a missing file as a user error', async () => {
      const file = tmp.path('missing');
      const error = await expectDataFormatError(readJsonLines(file, new RecordingVisitor(), {}));
      expect(error.message).toMatch(/no such file/);
    });

    it('rejects an empty file', async () => {
      const error = await readError('');
      expect(error.message).toMatch(/empty/);
      expect(error.line).toBeUndefined();
    });

    it('rejects a file of only blank lines', async () => {
      const error = await readError('\n\r\n  \n');
      expect(error.message).toMatch(/empty/);
    });

    it.each([
      ['[1,2]', 'an array'],
      ['"text"', 'a string'],
      ['42', 'a number'],
      ['true', 'a boolean'],
      ['null', 'null'],
    ])('names what it found instead of an object: %s', async (line, found) => {
      const error = await readError(`{"a":1}\n\n${line}\n`);
      expect(error.line).toBe(3);
      expect(error.message).toContain(`expected a JSON object, found ${found}`);
    });

    it('names the line and column of a syntax error', async () => {
      const error = await readError('{"a":1}\n{"a":1,}\n');
      expect(error.line).toBe(2);
      expect(error.column).toBe(8);
      expect(error.message).toMatch(/line 2, column 8: invalid JSON: expected a double-quoted property name/);
    });

    it('locates an error that V8 reports without a position', async () => {
      const error = await readError('{"a": tru}\n');
      expect(error.line).toBe(1);
      expect(error.column).toBe(7);
      expect(error.message).toContain('expected a value');
    });

    it('rejects two values on one line', async () => {
      const error = await readError('{"a":1} {"a":2}\n');
      expect(error.column).toBe(9);
      expect(error.message).toContain('unexpected text after the JSON value');
    });

    it('never echoes a hostile 1 MB line whole', async () => {
      const hostile = `{"a":"${'z'.repeat(1_000_000)}`;
      const error = await readError(`{"a":1}\n${hostile}\n`);
      expect(error.line).toBe(2);
      expect(error.message).toContain('unterminated string');
      expect(error.message.length).toBeLessThan(300);
    });

    it('keeps the excerpt short when the error is deep inside a long line', async () => {
      const error = await readError(`{"a":"${'z'.repeat(500_000)}", oops}\n`);
      expect(error.column).toBe(500_010);
      expect(error.message.length).toBeLessThan(300);
    });

    it('rejects invalid UTF-8', async () => {
      const error = await readError(
        Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')]),
      );
      expect(error.line).toBe(1);
      expect(error.message).toContain('UTF-8');
    });

    it('rejects a line longer than the cap without buffering the rest of the file', async () => {
      const file = tmp.path('huge.jsonl');
      const { open } = await import('node:fs/promises');
      const handle = await open(file, 'w');
      // Sparse: the file is large on disk only in name, so the test stays fast.
      await handle.truncate(MAX_LINE_BYTES + 1024);
      await handle.close();
      const error = await expectDataFormatError(readJsonLines(file, new RecordingVisitor(), {}));
      expect(error.line).toBe(1);
      expect(error.message).toMatch(/longer than/);
    });
  });
});

describe('locateJsonError', () => {
  it.each([
    ['{"a":1}', undefined],
    ['{"a":[1,{"b":null}],"c":"\\u00e9\\n"}', undefined],
    ['{', 1],
    ['{"a"}', 4],
    ['{"a":}', 5],
    ['{"a":1 "b":2}', 7],
    ['{"a":[1,]}', 8],
    ['{"a":"\\x"}', 6],
    ['{"a":01}', 6],
    ['{"a":-}', 5],
  ])('%s', (text, position) => {
    expect(locateJsonError(text)?.position).toBe(position);
  });

  it('survives deep nesting without recursion', () => {
    expect(locateJsonError('['.repeat(1_000_000))?.problem).toMatch(/end of line/);
  });
});
