;; DDSketch keys of a batch of values, by the per-exponent tables of src/validate/sketches.ts (KeyKernel there
;; owns the memory layout and copies the tables in). Built into src/generated/sketch-keys-wasm.generated.ts by
;; scripts/build.mjs.
;;
;; Memory: values f64[512] at 0; keys i32[512] at 4096; unknown i32[512] at 6144 (indices of values whose
;; exponent has no table here, for the caller to key); a directory i32[2048] at 8192 (the offset of each biased
;; exponent's table, 0 when absent); tables from 16384, each [first key f64, next key's smallest value f64] for
;; each of 256 cells of the octave.
(module
  (memory (export "memory") 1)
  (global $back (mut i32) (i32.const 0))
  (global $zeros (mut i32) (i32.const 0))
  (global $unknown (mut i32) (i32.const 0))
  ;; Magnitudes at or below this count as zero (sketches.ts' MIN_INDEXABLE).
  (global $minIndexable (mut f64) (f64.const 0))

  (func (export "setMinIndexable") (param $value f64) (global.set $minIndexable (local.get $value)))
  (func (export "back") (result i32) (global.get $back))
  (func (export "zeros") (result i32) (global.get $zeros))
  (func (export "unknown") (result i32) (global.get $unknown))

  ;; Keys of values[0, count): positive values' keys from the front of `keys`, negative values' from the back,
  ;; chosen by arithmetic on the sign bit (as QuantileSketch.addMany does). Returns the front's length; back()
  ;; is the last index before the back's keys, zeros() how many values count as zero, unknown() how many
  ;; indices were written to `unknown`.
  (func (export "keys") (param $count i32) (result i32)
    (local $i i32) (local $front i32) (local $back i32) (local $zeros i32) (local $unknown i32)
    (local $value f64) (local $magnitude f64) (local $high i32) (local $table i32) (local $at i32)
    (local $key i32) (local $negative i32)
    (local.set $back (i32.sub (local.get $count) (i32.const 1)))
    (block $done
      (loop $values
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        (local.set $value (f64.load (i32.shl (local.get $i) (i32.const 3))))
        (local.set $magnitude (f64.abs (local.get $value)))
        (local.set $high (i32.wrap_i64 (i64.shr_u (i64.reinterpret_f64 (local.get $value)) (i64.const 32))))
        (local.set $table (i32.load (i32.add (i32.const 8192)
          (i32.shl (i32.and (i32.shr_u (local.get $high) (i32.const 20)) (i32.const 0x7ff)) (i32.const 2)))))
        (if (i32.eqz (local.get $table))
          (then
            (if (f64.gt (local.get $magnitude) (global.get $minIndexable))
              (then
                (i32.store (i32.add (i32.const 6144) (i32.shl (local.get $unknown) (i32.const 2))) (local.get $i))
                (local.set $unknown (i32.add (local.get $unknown) (i32.const 1))))
              (else (local.set $zeros (i32.add (local.get $zeros) (i32.const 1)))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $values)))
        ;; The cell: the top 8 bits of the mantissa; 16 bytes per cell.
        (local.set $at (i32.add (local.get $table)
          (i32.shl (i32.and (i32.shr_u (local.get $high) (i32.const 12)) (i32.const 0xff)) (i32.const 4))))
        (local.set $key (i32.add (i32.trunc_f64_s (f64.load (local.get $at)))
          (f64.ge (local.get $magnitude) (f64.load offset=8 (local.get $at)))))
        (local.set $negative (i32.shr_u (local.get $high) (i32.const 31)))
        (i32.store (i32.add (i32.const 4096) (i32.shl
            (i32.add (local.get $front) (i32.mul (local.get $negative) (i32.sub (local.get $back) (local.get $front))))
            (i32.const 2)))
          (local.get $key))
        (local.set $front (i32.add (local.get $front) (i32.sub (i32.const 1) (local.get $negative))))
        (local.set $back (i32.sub (local.get $back) (local.get $negative)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $values)))
    (global.set $back (local.get $back))
    (global.set $zeros (local.get $zeros))
    (global.set $unknown (local.get $unknown))
    (local.get $front))
)
