;; Duplicate rows of one partition of the duplicate-row log (see DuplicateRows.countLog in rowset.ts, which owns
;; the memory layout and copies each partition's rows in). Built into src/generated/row-dedupe-wasm.generated.ts
;; by scripts/build.mjs.
(module
  (memory (export "memory") 1)

  ;; Rows [first fingerprint word, second word, position] (i32 each) from $rows, $count of them in reading order,
  ;; are put in the open-addressed table at $table ([first | 1, second] per slot, 0 when empty; $mask + 1 words,
  ;; cleared by the caller): a row whose fingerprint is there already is a duplicate. The indices of the first
  ;; $examples duplicates go to $found (i32 each). Returns the number of duplicates.
  (func (export "dedupe") (param $rows i32) (param $count i32) (param $table i32) (param $mask i32)
    (param $found i32) (param $examples i32) (result i32)
    (local $i i32) (local $at i32) (local $a i32) (local $second i32) (local $slot i32) (local $stored i32)
    (local $duplicates i32)
    (local.set $at (local.get $rows))
    (block $done
      (loop $row
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        ;; Stored with the low bit set, so 0 marks an empty slot; the first word's low bits spread the rows.
        (local.set $a (i32.or (i32.load (local.get $at)) (i32.const 1)))
        (local.set $second (i32.load offset=4 (local.get $at)))
        (local.set $slot (i32.shl (i32.and (i32.shr_u (local.get $a) (i32.const 1)) (i32.shr_u (local.get $mask) (i32.const 1)))
          (i32.const 1)))
        (block $placed
          (loop $probe
            (local.set $stored (i32.load (i32.add (local.get $table) (i32.shl (local.get $slot) (i32.const 2)))))
            (if (i32.eqz (local.get $stored))
              (then
                (i32.store (i32.add (local.get $table) (i32.shl (local.get $slot) (i32.const 2))) (local.get $a))
                (i32.store offset=4 (i32.add (local.get $table) (i32.shl (local.get $slot) (i32.const 2)))
                  (local.get $second))
                (br $placed)))
            (if (i32.and (i32.eq (local.get $stored) (local.get $a))
                  (i32.eq (i32.load offset=4 (i32.add (local.get $table) (i32.shl (local.get $slot) (i32.const 2))))
                    (local.get $second)))
              (then
                (if (i32.lt_u (local.get $duplicates) (local.get $examples))
                  (then (i32.store (i32.add (local.get $found) (i32.shl (local.get $duplicates) (i32.const 2)))
                    (local.get $i))))
                (local.set $duplicates (i32.add (local.get $duplicates) (i32.const 1)))
                (br $placed)))
            (local.set $slot (i32.and (i32.add (local.get $slot) (i32.const 2)) (local.get $mask)))
            (br $probe)))
        (local.set $at (i32.add (local.get $at) (i32.const 12)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $row)))
    (local.get $duplicates))
)
