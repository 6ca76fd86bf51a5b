;; The CSV fast scanner (see FastScanner in csv.ts, which owns the memory layout): quote-free records, scanned
;; into a batch laid out by column, with plain decimal numerals read eight digits at a time; and the profiler's
;; arithmetic on a column's run of numerals (`numerals`), done here where the numbers are. Built into
;; src/generated/csv-scan-wasm.generated.ts by scripts/build.mjs.
(module
  (memory (export "memory") 1)
  ;; Where the bytes being scanned start: positions in and out of `scan`, and the field boundaries stored, are
  ;; offsets from here.
  (global $base (mut i32) (i32.const 0))
  (global $starts (mut i32) (i32.const 0))
  (global $ends (mut i32) (i32.const 0))
  (global $numbers (mut i32) (i32.const 0))
  (global $hashes (mut i32) (i32.const 0))
  (global $counts (mut i32) (i32.const 0))
  (global $stride (mut i32) (i32.const 0))
  (global $columns (mut i32) (i32.const 0))
  (global $delimiter (mut i32) (i32.const 44))
  (global $powersF (mut i32) (i32.const 0))
  (global $powersI (mut i32) (i32.const 0))
  (global $rows (mut i32) (i32.const 0))
  (global $status (mut i32) (i32.const 0))
  ;; The records' fingerprint words (i32 per record), the distinct-count registers (4096 bytes per column), and
  ;; where `numerals` takes and leaves a run's figures.
  (global $rowHashA (mut i32) (i32.const 0))
  (global $rowHashB (mut i32) (i32.const 0))
  (global $registers (mut i32) (i32.const 0))
  (global $run (mut i32) (i32.const 0))
  ;; The text cache (see `texts`): slots of [entry + 1, hash] (i32 each, 0 when empty); entries of [column,
  ;; arena offset, length, row hash, hits] (i32 each); the entries' bytes one after another in the arena.
  (global $textSlots (mut i32) (i32.const 0))
  (global $textSlotMask (mut i32) (i32.const 0))
  (global $textEntries (mut i32) (i32.const 0))
  (global $textEntryLimit (mut i32) (i32.const 0))
  (global $textEntryCount (mut i32) (i32.const 0))
  (global $textArena (mut i32) (i32.const 0))
  (global $textArenaBytes (mut i32) (i32.const 0))
  (global $textArenaUsed (mut i32) (i32.const 0))
  ;; The empty slot where $find stopped looking (where `remember` puts a new entry).
  (global $freeSlot (mut i32) (i32.const 0))

  (func (export "setup")
    (param $starts i32) (param $ends i32) (param $numbers i32) (param $hashes i32) (param $counts i32)
    (param $stride i32) (param $columns i32) (param $delimiter i32) (param $powersF i32) (param $powersI i32)
    (param $base i32) (param $rowHashA i32) (param $rowHashB i32) (param $registers i32) (param $run i32)
    (global.set $rowHashA (local.get $rowHashA))
    (global.set $rowHashB (local.get $rowHashB))
    (global.set $registers (local.get $registers))
    (global.set $run (local.get $run))
    (global.set $base (local.get $base))
    (global.set $starts (local.get $starts))
    (global.set $ends (local.get $ends))
    (global.set $numbers (local.get $numbers))
    (global.set $hashes (local.get $hashes))
    (global.set $counts (local.get $counts))
    (global.set $stride (local.get $stride))
    (global.set $columns (local.get $columns))
    (global.set $delimiter (local.get $delimiter))
    (global.set $powersF (local.get $powersF))
    (global.set $powersI (local.get $powersI)))

  ;; The run of plain numerals in batch column $column from record $from on (that one is one; the run ends at the
  ;; batch's $rows, a record without the column, or a cell that is not a plain numeral), as the profiler counts
  ;; each (ColumnAccumulator.addFinite in profile.ts): the extremes, with the record where each was last lowered
  ;; or raised; non-integers; the value's hash (sketches.ts' hashNumber) into the column's distinct-count
  ;; registers (DistinctSketch.addHash, 12 index bits) and into its record's fingerprint words (foldA and foldB).
  ;; The run's figures at $run: in, f64 min and max so far; out, those after the run, i32 record of the new
  ;; minimum and of the new maximum (-1 where unchanged) and i32 count of non-integers. Returns the run's length.
  (func (export "numerals") (param $column i32) (param $from i32) (param $rows i32) (result i32)
    (local $row i32) (local $at i32) (local $value f64) (local $min f64) (local $max f64)
    (local $minRow i32) (local $maxRow i32) (local $nonInteger i32) (local $bits i64)
    (local $h i32) (local $registers i32) (local $index i32) (local $rank i32)
    (local $columnShift i32) (local $hashAt i32) (local $end i32) (local $a i32) (local $b i32)
    (local.set $min (f64.load (global.get $run)))
    (local.set $max (f64.load offset=8 (global.get $run)))
    (local.set $minRow (i32.const -1))
    (local.set $maxRow (i32.const -1))
    (local.set $registers (i32.add (global.get $registers) (i32.shl (local.get $column) (i32.const 12))))
    (local.set $row (local.get $from))
    (local.set $at (i32.add (global.get $numbers)
      (i32.shl (i32.add (i32.mul (local.get $column) (global.get $stride)) (local.get $from)) (i32.const 3))))
    (local.set $hashAt (i32.add (global.get $hashes)
      (i32.shl (i32.add (i32.mul (local.get $column) (global.get $stride)) (local.get $from)) (i32.const 2))))
    ;; Two passes: the first's iterations depend on nothing stored, so the processor overlaps them; the second
    ;; stores to places that depend on the hashes. In one loop each cell waited on the last (1.5x the time).
    (loop $cells
      (local.set $value (f64.load (local.get $at)))
      (if (f64.lt (local.get $value) (local.get $min))
        (then (local.set $min (local.get $value)) (local.set $minRow (local.get $row))))
      (if (f64.gt (local.get $value) (local.get $max))
        (then (local.set $max (local.get $value)) (local.set $maxRow (local.get $row))))
      (local.set $nonInteger (i32.add (local.get $nonInteger)
        (f64.ne (f64.trunc (local.get $value)) (local.get $value))))
      ;; hashNumber: + 0 makes -0 the bits of 0; mix32(low ^ mix32(high ^ 0x9e3779b9)), kept in the cell's slot
      ;; of the batch's hashes (unused for numerals).
      (local.set $bits (i64.reinterpret_f64 (f64.add (local.get $value) (f64.const 0))))
      (local.set $h (i32.xor (i32.wrap_i64 (i64.shr_u (local.get $bits) (i64.const 32))) (i32.const 0x9e3779b9)))
      (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))))
      (local.set $h (i32.mul (local.get $h) (i32.const 0x85ebca6b)))
      (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 13))))
      (local.set $h (i32.mul (local.get $h) (i32.const 0xc2b2ae35)))
      (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))))
      (local.set $h (i32.xor (i32.wrap_i64 (local.get $bits)) (local.get $h)))
      (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))))
      (local.set $h (i32.mul (local.get $h) (i32.const 0x85ebca6b)))
      (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 13))))
      (local.set $h (i32.mul (local.get $h) (i32.const 0xc2b2ae35)))
      (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))))
      (i32.store (local.get $hashAt) (local.get $h))
      (local.set $row (i32.add (local.get $row) (i32.const 1)))
      (local.set $at (i32.add (local.get $at) (i32.const 8)))
      (local.set $hashAt (i32.add (local.get $hashAt) (i32.const 4)))
      ;; On while the next record has the column and its cell is a numeral (NaN marks any other); the loads
      ;; past the batch's last record stay inside the batch's arrays.
      (br_if $cells (i32.and (i32.lt_u (local.get $row) (local.get $rows))
        (i32.and
          (i32.lt_s (local.get $column) (i32.load (i32.add (global.get $counts) (i32.shl (local.get $row) (i32.const 2)))))
          (f64.eq (f64.load (local.get $at)) (f64.load (local.get $at)))))))
    (local.set $end (local.get $row))
    (local.set $row (local.get $from))
    (local.set $hashAt (i32.add (global.get $hashes)
      (i32.shl (i32.add (i32.mul (local.get $column) (global.get $stride)) (local.get $from)) (i32.const 2))))
    (local.set $columnShift (i32.shl (local.get $column) (i32.const 16)))
    (local.set $a (i32.add (global.get $rowHashA) (i32.shl (local.get $row) (i32.const 2))))
    (local.set $b (i32.add (global.get $rowHashB) (i32.shl (local.get $row) (i32.const 2))))
    (loop $fold
      (local.set $h (i32.load (local.get $hashAt)))
      ;; The register: the hash's top 12 bits; the rank: leading zeros of the rest, plus one. Then foldA, foldB.
      (local.set $index (i32.add (local.get $registers) (i32.shr_u (local.get $h) (i32.const 20))))
      (local.set $rank (i32.add (i32.clz (i32.or (i32.shl (local.get $h) (i32.const 12)) (i32.const 2048))) (i32.const 1)))
      (if (i32.gt_u (local.get $rank) (i32.load8_u (local.get $index)))
        (then (i32.store8 (local.get $index) (local.get $rank))))
      (i32.store (local.get $a) (i32.add
        (i32.mul (i32.xor (i32.load (local.get $a)) (local.get $h)) (i32.const 0x9e3779b1))
        (local.get $column)))
      (i32.store (local.get $b) (i32.xor
        (i32.mul (i32.add (i32.load (local.get $b)) (local.get $h)) (i32.const 0x85ebca77))
        (local.get $columnShift)))
      (local.set $a (i32.add (local.get $a) (i32.const 4)))
      (local.set $b (i32.add (local.get $b) (i32.const 4)))
      (local.set $hashAt (i32.add (local.get $hashAt) (i32.const 4)))
      (local.set $row (i32.add (local.get $row) (i32.const 1)))
      (br_if $fold (i32.lt_u (local.get $row) (local.get $end))))
    (f64.store (global.get $run) (local.get $min))
    (f64.store offset=8 (global.get $run) (local.get $max))
    (i32.store offset=16 (global.get $run) (local.get $minRow))
    (i32.store offset=20 (global.get $run) (local.get $maxRow))
    (i32.store offset=24 (global.get $run) (local.get $nonInteger))
    (i32.sub (local.get $end) (local.get $from)))

  ;; The text cache's place (fixed: FastScanner lays it out before the input, once): $slots slots, a power of two.
  (func (export "setupText")
    (param $slots i32) (param $slotCount i32) (param $entries i32) (param $entryLimit i32) (param $arena i32)
    (param $arenaBytes i32)
    (global.set $textSlots (local.get $slots))
    (global.set $textSlotMask (i32.sub (local.get $slotCount) (i32.const 1)))
    (global.set $textEntries (local.get $entries))
    (global.set $textEntryLimit (local.get $entryLimit))
    (global.set $textArena (local.get $arena))
    (global.set $textArenaBytes (local.get $arenaBytes)))

  ;; FNV-1a of the bytes at [$at, $end), as the scanner hashes text.
  (func $fnv (param $at i32) (param $end i32) (result i32)
    (local $hash i32)
    (local.set $hash (i32.const 0x811c9dc5))
    (block $hashed
      (loop $bytes
        (br_if $hashed (i32.ge_u (local.get $at) (local.get $end)))
        (local.set $hash (i32.mul (i32.xor (local.get $hash) (i32.load8_u (local.get $at))) (i32.const 0x01000193)))
        (local.set $at (i32.add (local.get $at) (i32.const 1)))
        (br $bytes)))
    (local.get $hash))

  ;; The cache entry of the text at [$start, $end) in $column, whose FNV-1a is $hash; -1 when it has none (and
  ;; $freeSlot is then the empty slot the search ended at).
  (func $find (param $column i32) (param $hash i32) (param $start i32) (param $end i32) (result i32)
    (local $slot i32) (local $at i32) (local $entry i32) (local $length i32) (local $bytes i32) (local $i i32)
    (local.set $length (i32.sub (local.get $end) (local.get $start)))
    (local.set $slot (i32.and (i32.xor (local.get $hash) (i32.mul (local.get $column) (i32.const 0x9e3779b1)))
      (global.get $textSlotMask)))
    (loop $probe
      (local.set $at (i32.add (global.get $textSlots) (i32.shl (local.get $slot) (i32.const 3))))
      (local.set $entry (i32.sub (i32.load (local.get $at)) (i32.const 1)))
      (if (i32.lt_s (local.get $entry) (i32.const 0))
        (then (global.set $freeSlot (local.get $slot)) (return (i32.const -1))))
      (if (i32.eq (i32.load offset=4 (local.get $at)) (local.get $hash))
        (then
          (local.set $at (i32.add (global.get $textEntries) (i32.mul (local.get $entry) (i32.const 20))))
          (if (i32.and (i32.eq (i32.load (local.get $at)) (local.get $column))
                (i32.eq (i32.load offset=8 (local.get $at)) (local.get $length)))
            (then
              (local.set $bytes (i32.add (global.get $textArena) (i32.load offset=4 (local.get $at))))
              (local.set $i (i32.const 0))
              ;; Eight bytes at a time, the last 1-7 as a word masked to them: the reads past either end stay in
              ;; memory (the arena is followed by the input, the input by its slack).
              (block $differ
                (loop $compare
                  (if (i32.le_u (i32.add (local.get $i) (i32.const 8)) (local.get $length))
                    (then
                      (br_if $differ (i64.ne (i64.load (i32.add (local.get $bytes) (local.get $i)))
                        (i64.load (i32.add (local.get $start) (local.get $i)))))
                      (local.set $i (i32.add (local.get $i) (i32.const 8)))
                      (br $compare))))
                (br_if $differ (i64.ne
                  (i64.and
                    (i64.xor (i64.load (i32.add (local.get $bytes) (local.get $i)))
                      (i64.load (i32.add (local.get $start) (local.get $i))))
                    (i64.sub
                      (i64.shl (i64.const 1) (i64.extend_i32_u (i32.shl (i32.sub (local.get $length) (local.get $i)) (i32.const 3))))
                      (i64.const 1)))
                  (i64.const 0)))
                (return (local.get $entry)))))))
      (local.set $slot (i32.and (i32.add (local.get $slot) (i32.const 1)) (global.get $textSlotMask)))
      (br $probe))
    (unreachable))

  ;; Caches the text of field [$start, $end) (offsets from the base) in $column, whose record fingerprint gets
  ;; $rowHash: returns its entry, the one it already had, or -1 when the cache is full.
  (func (export "remember") (param $column i32) (param $start i32) (param $end i32) (param $rowHash i32) (result i32)
    (local $hash i32) (local $entry i32) (local $length i32) (local $at i32) (local $i i32) (local $bytes i32)
    (local.set $start (i32.add (local.get $start) (global.get $base)))
    (local.set $end (i32.add (local.get $end) (global.get $base)))
    (local.set $length (i32.sub (local.get $end) (local.get $start)))
    (local.set $hash (call $fnv (local.get $start) (local.get $end)))
    (local.set $entry (call $find (local.get $column) (local.get $hash) (local.get $start) (local.get $end)))
    (if (i32.ge_s (local.get $entry) (i32.const 0)) (then (return (local.get $entry))))
    ;; Slots stay at most half full, so every search ends at an empty one.
    (if (i32.or (i32.ge_u (global.get $textEntryCount) (global.get $textEntryLimit))
          (i32.gt_u (i32.add (global.get $textArenaUsed) (local.get $length)) (global.get $textArenaBytes)))
      (then (return (i32.const -1))))
    (local.set $entry (global.get $textEntryCount))
    (local.set $at (i32.add (global.get $textEntries) (i32.mul (local.get $entry) (i32.const 20))))
    (i32.store (local.get $at) (local.get $column))
    (i32.store offset=4 (local.get $at) (global.get $textArenaUsed))
    (i32.store offset=8 (local.get $at) (local.get $length))
    (i32.store offset=12 (local.get $at) (local.get $rowHash))
    (i32.store offset=16 (local.get $at) (i32.const 0))
    (local.set $bytes (i32.add (global.get $textArena) (global.get $textArenaUsed)))
    (local.set $i (i32.const 0))
    (block $copied
      (loop $copy
        (br_if $copied (i32.ge_u (local.get $i) (local.get $length)))
        (i32.store8 (i32.add (local.get $bytes) (local.get $i)) (i32.load8_u (i32.add (local.get $start) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $copy)))
    (local.set $at (i32.add (global.get $textSlots) (i32.shl (global.get $freeSlot) (i32.const 3))))
    (i32.store (local.get $at) (i32.add (local.get $entry) (i32.const 1)))
    (i32.store offset=4 (local.get $at) (local.get $hash))
    (global.set $textEntryCount (i32.add (local.get $entry) (i32.const 1)))
    (global.set $textArenaUsed (i32.add (global.get $textArenaUsed) (local.get $length)))
    (local.get $entry))

  ;; An entry's hits since the last call (which it clears).
  (func (export "takeHits") (param $entry i32) (result i32)
    (local $at i32) (local $hits i32)
    (local.set $at (i32.add (global.get $textEntries) (i32.mul (local.get $entry) (i32.const 20))))
    (local.set $hits (i32.load offset=16 (local.get $at)))
    (i32.store offset=16 (local.get $at) (i32.const 0))
    (local.get $hits))

  ;; The run of cached text cells in batch column $column from record $from on: each one's entry gets a hit and
  ;; its record's fingerprint words are folded on by the entry's row hash (foldA and foldB in profile.ts). The run
  ;; ends at the batch's $rows, a record without the column, an empty cell, a text not cached, or a plain numeral
  ;; unless $numeralsAsText (a `string` column, where numerals are text too). Returns its length.
  (func (export "texts") (param $column i32) (param $from i32) (param $rows i32) (param $numeralsAsText i32)
    (result i32)
    (local $row i32) (local $at4 i32) (local $at8 i32) (local $step4 i32) (local $step8 i32)
    (local $start i32) (local $end i32) (local $hash i32) (local $entry i32) (local $h i32) (local $slot i32)
    (local.set $row (local.get $from))
    (local.set $at4 (i32.shl (i32.add (i32.mul (local.get $column) (global.get $stride)) (local.get $from)) (i32.const 2)))
    (local.set $at8 (i32.shl (local.get $at4) (i32.const 1)))
    (block $done
      (loop $cells
        (br_if $done (i32.ge_u (local.get $row) (local.get $rows)))
        (br_if $done (i32.ge_s (local.get $column)
          (i32.load (i32.add (global.get $counts) (i32.shl (local.get $row) (i32.const 2))))))
        (local.set $start (i32.add (global.get $base) (i32.load (i32.add (global.get $starts) (local.get $at4)))))
        (local.set $end (i32.add (global.get $base) (i32.load (i32.add (global.get $ends) (local.get $at4)))))
        (br_if $done (i32.eq (local.get $start) (local.get $end)))
        (if (f64.eq (f64.load (i32.add (global.get $numbers) (local.get $at8)))
              (f64.load (i32.add (global.get $numbers) (local.get $at8))))
          (then
            (br_if $done (i32.eqz (local.get $numeralsAsText)))
            (local.set $hash (call $fnv (local.get $start) (local.get $end))))
          (else (local.set $hash (i32.load (i32.add (global.get $hashes) (local.get $at4))))))
        (local.set $entry (call $find (local.get $column) (local.get $hash) (local.get $start) (local.get $end)))
        (br_if $done (i32.lt_s (local.get $entry) (i32.const 0)))
        (local.set $slot (i32.add (global.get $textEntries) (i32.mul (local.get $entry) (i32.const 20))))
        (i32.store offset=16 (local.get $slot) (i32.add (i32.load offset=16 (local.get $slot)) (i32.const 1)))
        (local.set $h (i32.load offset=12 (local.get $slot)))
        (local.set $slot (i32.add (global.get $rowHashA) (i32.shl (local.get $row) (i32.const 2))))
        (i32.store (local.get $slot) (i32.add
          (i32.mul (i32.xor (i32.load (local.get $slot)) (local.get $h)) (i32.const 0x9e3779b1))
          (local.get $column)))
        (local.set $slot (i32.add (global.get $rowHashB) (i32.shl (local.get $row) (i32.const 2))))
        (i32.store (local.get $slot) (i32.xor
          (i32.mul (i32.add (i32.load (local.get $slot)) (local.get $h)) (i32.const 0x85ebca77))
          (i32.shl (local.get $column) (i32.const 16))))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (local.set $at4 (i32.add (local.get $at4) (i32.const 4)))
        (local.set $at8 (i32.add (local.get $at8) (i32.const 8)))
        (br $cells)))
    (i32.sub (local.get $row) (local.get $from)))

  (func (export "rows") (result i32) (global.get $rows))
  (func (export "status") (result i32) (global.get $status))

  ;; Scans records from $position into batch rows $row.. (< $rowEnd) while records start before $limit (the offset
  ;; of an LF, which bounds every inner loop; the eight-byte reads may look at most 7 bytes past it). Returns the
  ;; position after the last record taken; rows() says how many; status() why it stopped: 0 the rows were
  ;; taken or the limit reached, 1 the record at the returned position is the general scanner's, 2 it has more
  ;; fields than the batch has room for. Numerals follow FastScanner's rules in csv.ts.
  (func (export "scan") (param $position i32) (param $limit i32) (param $row i32) (param $rowEnd i32) (result i32)
    (local $cursor i32) (local $count i32) (local $at4 i32) (local $at8 i32)
    (local $step4 i32) (local $step8 i32)
    (local $byte i32) (local $fieldStart i32) (local $negative i32) (local $integerStart i32)
    (local $phase i32) (local $fractionStart i32) (local $digits i32) (local $scale i32)
    (local $word i64) (local $t i64) (local $n i32) (local $d i64) (local $mantissa i64)
    (local $value f64) (local $hash i32) (local $first i32) (local $delimiter i32)
    (local.set $delimiter (global.get $delimiter))
    (local.set $step4 (i32.shl (global.get $stride) (i32.const 2)))
    (local.set $step8 (i32.shl (global.get $stride) (i32.const 3)))
    (local.set $first (local.get $row))
    (local.set $position (i32.add (local.get $position) (global.get $base)))
    (local.set $limit (i32.add (local.get $limit) (global.get $base)))
    (global.set $status (i32.const 0))
    (block $done
      (loop $records
        (br_if $done (i32.ge_u (local.get $row) (local.get $rowEnd)))
        (br_if $done (i32.ge_u (local.get $position) (local.get $limit)))
        (local.set $cursor (local.get $position))
        (local.set $byte (i32.load8_u (local.get $cursor)))
        ;; a blank line, or a CR terminator: the general scanner's
        (if (i32.or (i32.eq (local.get $byte) (i32.const 10)) (i32.eq (local.get $byte) (i32.const 13)))
          (then (global.set $status (i32.const 1)) (br $done)))
        (local.set $count (i32.const 0))
        (local.set $at4 (i32.shl (local.get $row) (i32.const 2)))
        (local.set $at8 (i32.shl (local.get $row) (i32.const 3)))
        (loop $fields
          (if (i32.eq (local.get $count) (global.get $columns))
            (then (global.set $status (i32.const 2)) (br $done)))
          (local.set $fieldStart (local.get $cursor))
          (local.set $byte (i32.load8_u (local.get $cursor)))
          (local.set $negative (i32.eq (local.get $byte) (i32.const 45)))
          (if (i32.or (local.get $negative) (i32.eq (local.get $byte) (i32.const 43)))
            (then (local.set $cursor (i32.add (local.get $cursor) (i32.const 1)))))
          (local.set $integerStart (local.get $cursor))
          (local.set $mantissa (i64.const 0))
          (local.set $phase (i32.const 0))
          (local.set $fractionStart (i32.const 0))
          ;; Digits eight at a time: the leading digits of a word, their count from the first non-digit byte.
          (loop $digitWords
            (local.set $word (i64.load (local.get $cursor)))
            (local.set $t (i64.sub (local.get $word) (i64.const 0x3030303030303030)))
            (local.set $n (i32.wrap_i64 (i64.shr_u
              (i64.ctz (i64.and
                (i64.or (local.get $t) (i64.add (local.get $t) (i64.const 0x7676767676767676)))
                (i64.const 0x8080808080808080)))
              (i64.const 3))))
            (if (local.get $n)
              (then
                (local.set $d (i64.shl (local.get $t) (i64.extend_i32_u (i32.shl (i32.sub (i32.const 8) (local.get $n)) (i32.const 3)))))
                (local.set $d (i64.and
                  (i64.add (i64.mul (local.get $d) (i64.const 10)) (i64.shr_u (local.get $d) (i64.const 8)))
                  (i64.const 0x00FF00FF00FF00FF)))
                (local.set $d (i64.and
                  (i64.add (i64.mul (local.get $d) (i64.const 100)) (i64.shr_u (local.get $d) (i64.const 16)))
                  (i64.const 0x0000FFFF0000FFFF)))
                (local.set $d (i64.and
                  (i64.add (i64.mul (local.get $d) (i64.const 10000)) (i64.shr_u (local.get $d) (i64.const 32)))
                  (i64.const 0xFFFFFFFF)))
                (local.set $mantissa (i64.add
                  (i64.mul (local.get $mantissa)
                    (i64.load (i32.add (global.get $powersI) (i32.shl (local.get $n) (i32.const 3)))))
                  (local.get $d)))
                (local.set $cursor (i32.add (local.get $cursor) (local.get $n)))))
            (br_if $digitWords (i32.eq (local.get $n) (i32.const 8)))
            (local.set $byte (i32.load8_u (local.get $cursor)))
            (if (i32.and (i32.eqz (local.get $phase)) (i32.eq (local.get $byte) (i32.const 46)))
              (then
                (local.set $phase (i32.const 1))
                (local.set $cursor (i32.add (local.get $cursor) (i32.const 1)))
                (local.set $fractionStart (local.get $cursor))
                (br $digitWords))))
          (local.set $scale (select (i32.sub (local.get $cursor) (local.get $fractionStart)) (i32.const 0) (local.get $phase)))
          (local.set $digits (i32.sub (i32.sub (local.get $cursor) (local.get $integerStart)) (local.get $phase)))
          (local.set $value (f64.const nan))
          (if (i32.or (i32.eq (local.get $byte) (local.get $delimiter))
                (i32.or (i32.eq (local.get $byte) (i32.const 10)) (i32.eq (local.get $byte) (i32.const 13))))
            (then
              (if (i32.and (i32.gt_s (local.get $digits) (i32.const 0)) (i32.le_s (local.get $digits) (i32.const 15)))
                (then
                  (local.set $value (f64.convert_i64_u (local.get $mantissa)))
                  (if (local.get $scale)
                    (then (local.set $value (f64.div (local.get $value)
                      (f64.load (i32.add (global.get $powersF) (i32.shl (local.get $scale) (i32.const 3))))))))
                  (if (local.get $negative) (then (local.set $value (f64.neg (local.get $value))))))
                (else
                  ;; Not a plain numeral after all ('-', '.', 16 digits or more): the text cache's key, its bytes
                  ;; hashed as text is (no quote or stop byte can be among them).
                  (i32.store (i32.add (global.get $hashes) (local.get $at4))
                    (call $fnv (local.get $fieldStart) (local.get $cursor))))))
            (else
              ;; Text: hashed (FNV-1a) from its first byte while its end is found; a quote is the general scanner's.
              (local.set $hash (i32.const 0x811c9dc5))
              (local.set $cursor (local.get $fieldStart))
              (block $textEnd
                (loop $text
                  (local.set $byte (i32.load8_u (local.get $cursor)))
                  (br_if $textEnd (i32.or (i32.eq (local.get $byte) (local.get $delimiter))
                    (i32.or (i32.eq (local.get $byte) (i32.const 10)) (i32.eq (local.get $byte) (i32.const 13)))))
                  (if (i32.eq (local.get $byte) (i32.const 34))
                    (then (global.set $status (i32.const 1)) (br $done)))
                  (local.set $hash (i32.mul (i32.xor (local.get $hash) (local.get $byte)) (i32.const 0x01000193)))
                  (local.set $cursor (i32.add (local.get $cursor) (i32.const 1)))
                  (br $text)))
              (i32.store (i32.add (global.get $hashes) (local.get $at4)) (local.get $hash))))
          (i32.store (i32.add (global.get $starts) (local.get $at4)) (i32.sub (local.get $fieldStart) (global.get $base)))
          (i32.store (i32.add (global.get $ends) (local.get $at4)) (i32.sub (local.get $cursor) (global.get $base)))
          (f64.store (i32.add (global.get $numbers) (local.get $at8)) (local.get $value))
          (local.set $count (i32.add (local.get $count) (i32.const 1)))
          (local.set $at4 (i32.add (local.get $at4) (local.get $step4)))
          (local.set $at8 (i32.add (local.get $at8) (local.get $step8)))
          (if (i32.eq (local.get $byte) (local.get $delimiter))
            (then
              (local.set $cursor (i32.add (local.get $cursor) (i32.const 1)))
              (br $fields))))
        (i32.store (i32.add (global.get $counts) (i32.shl (local.get $row) (i32.const 2))) (local.get $count))
        (if (i32.eq (local.get $byte) (i32.const 10))
          (then (local.set $position (i32.add (local.get $cursor) (i32.const 1))))
          (else
            ;; CR: only CRLF ends a record here; a CR alone (old Mac line ends) is the general scanner's.
            (if (i32.and (i32.lt_u (local.get $cursor) (local.get $limit))
                  (i32.eq (i32.load8_u (i32.add (local.get $cursor) (i32.const 1))) (i32.const 10)))
              (then (local.set $position (i32.add (local.get $cursor) (i32.const 2))))
              (else (global.set $status (i32.const 1)) (br $done)))))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $records)))
    (global.set $rows (i32.sub (local.get $row) (local.get $first)))
    (i32.sub (local.get $position) (global.get $base)))
)
