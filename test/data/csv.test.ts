/**
 * A conformance corpus for the CSV reader, written from RFC 4180 rather than from the implementation.
 * Where the RFC is silent or permissive, the behaviour asserted here is a choice; each is marked "Choice:".
 */
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/data/csv.js';
import type { ReadOptions } from '../../src/data/types.js';
import { useTempDir } from '../temp-dir.js';
import { expectDataFormatError, RecordingVisitor } from './helpers.js';

const tmp = useTempDir('mlops-data-test-');

async function read(content: string | Uint8Array, options: ReadOptions = {}): Promise<RecordingVisitor> {
  const file = await tmp.write('data.csv', content);
  const visitor = new RecordingVisitor();
  await readCsv(file, visitor, options);
  return visitor;
}

async function readError(content: string | Uint8Array, options: ReadOptions = {}) {
  const file = await tmp.write('bad.csv', content);
  const error = await expectDataFormatError(readCsv(file, new RecordingVisitor(), options));
  expect(error.file).toBe(file);
  return error;
}

/** Rows as decoded strings, whichever of text() or textString() delivered them. */
function strings(v: RecordingVisitor): string[][] {
  return v.rows.map((row) => row.cells.map((cell) => String(cell.value)));
}

describe('readCsv (RFC 4180 conformance)', () => {
  describe('records and line endings', () => {
    it('reads a header and records with LF endings', async () => {
      const v = await read('a,b,c\n1,2,3\n4,5,6\n');
      expect(v.columns).toEqual(['a', 'b', 'c']);
      expect(strings(v)).toEqual([
        ['1', '2', '3'],
        ['4', '5', '6'],
      ]);
      expect(v.lines()).toEqual([2, 3]);
      expect(v.rows.map((row) => row.fieldCount)).toEqual([3, 3]);
      expect(v.rows[0]?.cells.map((cell) => cell.column)).toEqual([0, 1, 2]);
    });

    it('reads CRLF line endings without leaving CR in the last field', async () => {
      const v = await read('a,b\r\n1,2\r\n3,4\r\n');
      expect(v.columns).toEqual(['a', 'b']);
      expect(strings(v)).toEqual([
        ['1', '2'],
        ['3', '4'],
      ]);
      expect(v.lines()).toEqual([2, 3]);
    });

    it('reads a last record without a final line break', async () => {
      const v = await read('a,b\r\n1,2\r\n3,4');
      expect(strings(v)).toEqual([
        ['1', '2'],
        ['3', '4'],
      ]);
    });

    it('does not turn a final line break into an extra record', async () => {
      const v = await read('a\n1\n');
      expect(v.rows).toHaveLength(1);
    });

    it('keeps spaces around fields: RFC 4180 says they are part of the field', async () => {
      const v = await read('a,b\n 1 ,  x y  \n');
      expect(strings(v)).toEqual([[' 1 ', '  x y  ']]);
    });

    it('strips a UTF-8 BOM from the first header name only', async () => {
      const v = await read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('name,age\nAda,36\n')]));
      expect(v.columns).toEqual(['name', 'age']);
      expect(strings(v)).toEqual([['Ada', '36']]);
    });
  });

  describe('quoted fields', () => {
    it('removes the quotes around a field', async () => {
      const v = await read('a,b\n"x","y z"\n');
      expect(strings(v)).toEqual([['x', 'y z']]);
    });

    it('keeps a delimiter inside quotes', async () => {
      const v = await read('a,b\n"1,5",x\n');
      expect(strings(v)).toEqual([['1,5', 'x']]);
      expect(v.rows[0]?.fieldCount).toBe(2);
    });

    it('accepts quoted header names', async () => {
      const v = await read('"last, first","id"\n"Lovelace, Ada",1\n');
      expect(v.columns).toEqual(['last, first', 'id']);
    });

    it('keeps an LF inside quotes and reports the line where the record starts', async () => {
      const v = await read('id,note\n1,"line one\nline two"\n2,plain\n3,"a\n\nb"\n4,end\n');
      expect(strings(v)).toEqual([
        ['1', 'line one\nline two'],
        ['2', 'plain'],
        ['3', 'a\n\nb'],
        ['4', 'end'],
      ]);
      expect(v.lines()).toEqual([2, 4, 5, 8]);
    });

    it('keeps a CRLF inside quotes verbatim', async () => {
      const v = await read('id,note\r\n1,"x\r\ny"\r\n2,z\r\n');
      expect(strings(v)).toEqual([
        ['1', 'x\r\ny'],
        ['2', 'z'],
      ]);
      expect(v.lines()).toEqual([2, 4]);
    });

    it('unescapes doubled quotes and delivers such fields through textString()', async () => {
      const v = await read('a,b\n"say ""hi""",""""\n');
      expect(strings(v)).toEqual([['say "hi"', '"']]);
      expect(v.rows[0]?.cells.map((cell) => cell.kind)).toEqual(['textString', 'textString']);
    });

    it('reads an empty quoted field as empty', async () => {
      const v = await read('a,b\n"",x\n');
      expect(strings(v)).toEqual([['', 'x']]);
      expect(v.rows[0]?.fieldCount).toBe(2);
    });

    it('reads a quoted last field at end of file without a line break', async () => {
      const v = await read('a,b\n1,"two"');
      expect(strings(v)).toEqual([['1', 'two']]);
    });
  });

  describe('empty fields', () => {
    it('passes empty unquoted fields as empty byte ranges', async () => {
      const v = await read('a,b,c\n,,\n1,,3\n');
      expect(strings(v)).toEqual([
        ['', '', ''],
        ['1', '', '3'],
      ]);
      expect(v.rows.map((row) => row.fieldCount)).toEqual([3, 3]);
      const empties = v.rows.flatMap((row) => row.cells).filter((cell) => cell.value === '');
      expect(empties.every((cell) => cell.kind === 'text' && cell.emptyRange === true)).toBe(true);
    });

    it('counts a trailing empty field', async () => {
      const v = await read('a,b\r\n1,\r\n');
      expect(strings(v)).toEqual([['1', '']]);
      expect(v.rows[0]?.fieldCount).toBe(2);
    });
  });

  describe('delimiters', () => {
    it('splits on a custom delimiter ";" and treats commas as data', async () => {
      const v = await read('a;b\n1,5;"x;y"\n', { delimiter: ';' });
      expect(v.columns).toEqual(['a', 'b']);
      expect(strings(v)).toEqual([['1,5', 'x;y']]);
    });

    it('splits on tab', async () => {
      const v = await read('a\tb\tc\n1\t\t"q\tr"\n', { delimiter: '\t' });
      expect(v.columns).toEqual(['a', 'b', 'c']);
      expect(strings(v)).toEqual([['1', '', 'q\tr']]);
    });
  });

  describe('file shapes', () => {
    it('reads a header-only file as zero records', async () => {
      const v = await read('a,b,c\n');
      expect(v.columns).toEqual(['a', 'b', 'c']);
      expect(v.rows).toHaveLength(0);
    });

    it('reads a header-only file without a line break', async () => {
      const v = await read('a,b');
      expect(v.columns).toEqual(['a', 'b']);
      expect(v.rows).toHaveLength(0);
    });

    it('rejects an empty file', async () => {
      const error = await readError('');
      expect(error.message).toMatch(/empty/i);
    });

    it('passes duplicate header names through for the profiler to report', async () => {
      const v = await read('a,a,b\n1,2,3\n');
      expect(v.columns).toEqual(['a', 'a', 'b']);
      expect(strings(v)).toEqual([['1', '2', '3']]);
    });

    it('reports ragged rows with the field count seen, without throwing', async () => {
      const v = await read('a,b,c\n1,2\n1,2,3,4\n1,2,3\n');
      expect(v.rows.map((row) => row.fieldCount)).toEqual([2, 4, 3]);
      expect(v.rows[0]?.cells.map((cell) => [cell.column, cell.value])).toEqual([
        [0, '1'],
        [1, '2'],
      ]);
      // Choice: no assertion on whether fields beyond the header reach the visitor, only on the count.
      expect(v.rows[1]?.cells.slice(0, 3).map((cell) => cell.value)).toEqual(['1', '2', '3']);
      expect(v.lines()).toEqual([2, 3, 4]);
    });

    it('stops after maxRows', async () => {
      const body = Array.from({ length: 100 }, (_, i) => `${i},"q${i}"`).join('\n');
      const v = await read(`n,q\n${body}\n`, { maxRows: 3 });
      expect(strings(v)).toEqual([
        ['0', 'q0'],
        ['1', 'q1'],
        ['2', 'q2'],
      ]);
    });
  });

  describe('malformed input', () => {
    it('rejects an unterminated quote at end of file, naming the line where it opened', async () => {
      const error = await readError('a,b\n1,2\n3,"never\nclosed\nat all\n');
      expect(error.line).toBe(3);
      expect(error.message).toMatch(/quote/i);
    });

    it('rejects a quote in the middle of an unquoted field, naming line and column', async () => {
      // Choice: RFC 4180 forbids this (fields containing '"' must be quoted); the reader is strict.
      const error = await readError('a,b\n1,2\n3,ab"c\n');
      expect(error.line).toBe(3);
      expect(error.column).toEqual(expect.any(Number));
      expect(error.message).toMatch(/quote/i);
    });

    it('rejects text after a closing quote', async () => {
      // Choice: `"ab"c` is neither a quoted nor an unquoted field in the RFC grammar.
      const error = await readError('a,b\n1,"ab"c\n');
      expect(error.line).toBe(2);
      expect(error.message).toMatch(/quote/i);
    });
  });

  describe('large input', () => {
    it('reads a 1 MB field', async () => {
      const big = 'x'.repeat(1024 * 1024);
      const v = await read(`a,b\n1,${big}\n2,"${big}"\n3,end\n`);
      expect(strings(v)).toEqual([
        ['1', big],
        ['2', big],
        ['3', 'end'],
      ]);
    });

    it('keeps error messages short when the culprit is a 1 MB field', async () => {
      const big = 'y'.repeat(1024 * 1024);
      const unterminated = await readError(`a,b\n1,"${big}\n`);
      expect(unterminated.message.length).toBeLessThan(300);
      const stray = await readError(`a,b\n1,${big}"${big}\n`);
      expect(stray.message.length).toBeLessThan(300);
    });

    it('decodes multi-byte characters, CRLF pairs, and "" pairs split across read chunks', async () => {
      const { bytes, expected, lines } = chunkBoundaryCorpus();
      const v = await read(bytes);
      expect(v.columns).toEqual(['id', 'text']);
      expect(v.rows).toHaveLength(expected.length);
      const got = strings(v);
      // Compare row by row so a failure names the first wrong record instead of dumping 40k rows.
      for (let i = 0; i < expected.length; i++) {
        if (got[i]?.[1] !== expected[i]?.[1] || got[i]?.[0] !== expected[i]?.[0]) {
          expect({ row: i, value: got[i] }).toEqual({ row: i, value: expected[i] });
        }
      }
      expect(v.lines()).toEqual(lines);
    });
  });
});

/**
 * A 5 MiB file in which every multiple of 4 KiB falls inside something a naive chunked reader breaks:
 * a 4-byte or 3-byte UTF-8 sequence, a CRLF record end, a CRLF inside quotes, or a "" pair. The reader's chunk
 * size is unknown here, so for every power-of-two size from 4 KiB to 1 MiB, some chunk boundary lands on each.
 */
function chunkBoundaryCorpus(): { bytes: Uint8Array; expected: string[][]; lines: number[] } {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const expected: string[][] = [];
  const lines: number[] = [];
  let length = 0;
  let line = 1;
  const push = (text: string, value: [string, string], physicalLines = 1): void => {
    const bytes = encoder.encode(text);
    parts.push(bytes);
    length += bytes.length;
    expected.push(value);
    lines.push(line);
    line += physicalLines;
  };
  parts.push(encoder.encode('id,text\r\n'));
  length = parts[0]!.length;
  line = 2;

  // Each kind returns the record and the byte offset, within it, at which the chunk boundary must fall.
  type Kind = (id: string, pad: string) => { text: string; value: string; split: number; physicalLines: number };
  const kinds: Kind[] = [
    // Boundary after the first byte of a 4-byte emoji.
    (id, pad) => ({
      text: `${id},${pad}😀z\r\n`,
      value: `${pad}😀z`,
      split: id.length + 1 + pad.length + 1,
      physicalLines: 1,
    }),
    // Boundary between the CR and LF that end a record.
    (id, pad) => ({ text: `${id},${pad}\r\n`, value: pad, split: id.length + 1 + pad.length + 1, physicalLines: 1 }),
    // Boundary between the CR and LF inside a quoted field.
    (id, pad) => ({
      text: `${id},"${pad}\r\ntail"\r\n`,
      value: `${pad}\r\ntail`,
      split: id.length + 2 + pad.length + 1,
      physicalLines: 2,
    }),
    // Boundary between the two quotes of an escaped quote.
    (id, pad) => ({
      text: `${id},"${pad}""q"\r\n`,
      value: `${pad}"q`,
      split: id.length + 2 + pad.length + 1,
      physicalLines: 1,
    }),
    // Boundary after two bytes of a 3-byte CJK character.
    (id, pad) => ({
      text: `${id},${pad}日é\r\n`,
      value: `${pad}日é`,
      split: id.length + 1 + pad.length + 2,
      physicalLines: 1,
    }),
  ];

  let id = 0;
  const blockSize = 4096;
  for (let boundary = blockSize; boundary <= 5 * 1024 * 1024 + blockSize; boundary += blockSize) {
    // Filler records, long so the file stays at a few thousand records: a multi-byte character away from the
    // boundary, then ASCII.
    while (length + 120 < boundary) {
      const value = `filler ${id} ü${'f'.repeat(Math.max(0, Math.min(3000, boundary - length - 150)))}`;
      push(`${id},${value}\r\n`, [String(id), value]);
      id++;
    }
    // Five kinds, coprime with every power of two, so the multiples of any chunk size cycle through all of them.
    const kindIndex = (boundary / blockSize) % kinds.length;
    const kind = kinds[kindIndex]!;
    const idText = String(id);
    const probe = kind(idText, '');
    const pad = 'p'.repeat(boundary - length - probe.split);
    const record = kind(idText, pad);
    if (length + record.split !== boundary) throw new Error('corpus construction is off');
    push(record.text, [idText, record.value], record.physicalLines);
    id++;
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return { bytes, expected, lines };
}
