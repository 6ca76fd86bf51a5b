/** snappyjs ships no types; the two functions used, as its README documents them. */
declare module 'snappyjs' {
  /** Throws when the announced uncompressed length exceeds maxLength, before allocating it. */
  export function uncompress<T extends Uint8Array | ArrayBuffer>(compressed: T, maxLength?: number): T;
  export function compress<T extends Uint8Array | ArrayBuffer>(uncompressed: T): T;
}
