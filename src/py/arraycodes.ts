// Typecodes of array.array and memoryview (MicroPython py/binary.c: mp_binary_get_size,
// mp_binary_get_val_array, mp_binary_set_val_array, the native '@' layout of the unix port).
// Each typecode maps to a JS typed array; storing an int wraps it to the item's width, as
// MicroPython 1.x does (no overflow checks), and big ints are accepted for every integer code.
// Byte order is the platform's (typed arrays); the item accessors over raw bytes use little endian,
// which is every platform Node and the browsers run on.
import { type Obj, None } from './obj.js';
import { raiseValueError, raiseTypeError } from './objexcept.js';
import { toInt, toFloat, typeName } from './runtime.js';
import { normBig } from './objint.js';
import { newFloat } from './objfloat.js';

/** How an item is held and converted. */
export const enum ItemKind {
  /** int in an 8/16/32-bit typed array */
  INT = 0,
  /** int in a 64-bit (BigInt) typed array */
  BIG = 1,
  /** float in a Float32/Float64 array */
  FLOAT = 2,
  /** any object ('O', an extension to CPython) */
  OBJ = 3,
}

export type ItemArray =
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | BigInt64Array
  | BigUint64Array
  | Float32Array
  | Float64Array;

type ItemArrayCtor = new (buffer: ArrayBuffer, byteOffset: number, length: number) => ItemArray;

export interface TypeCode {
  readonly code: string;
  readonly size: number;
  readonly kind: ItemKind;
  /** Bits of an INT item (8, 16, 32), for wrapping big ints. */
  readonly bits: number;
  readonly signed: boolean;
  readonly ctor: ItemArrayCtor;
  /** The code compared for ==/< (MicroPython typecode_for_comparison): lower case. */
  readonly cmp: string;
}

function tc(code: string, size: number, kind: ItemKind, signed: boolean, ctor: ItemArrayCtor): TypeCode {
  const lower = code.toLowerCase();
  return { code, size, kind, bits: size * 8, signed, ctor, cmp: lower };
}

const I = ItemKind.INT;
const B = ItemKind.BIG;
const F = ItemKind.FLOAT;

// 'l'/'L' are 8 bytes as on the 64-bit unix port; 'P' (pointer) and 'S' are pointer-sized.
const CODES: Record<string, TypeCode> = {
  b: tc('b', 1, I, true, Int8Array),
  B: tc('B', 1, I, false, Uint8Array),
  h: tc('h', 2, I, true, Int16Array),
  H: tc('H', 2, I, false, Uint16Array),
  i: tc('i', 4, I, true, Int32Array),
  I: tc('I', 4, I, false, Uint32Array),
  l: tc('l', 8, B, true, BigInt64Array),
  L: tc('L', 8, B, false, BigUint64Array),
  q: tc('q', 8, B, true, BigInt64Array),
  Q: tc('Q', 8, B, false, BigUint64Array),
  f: tc('f', 4, F, true, Float32Array),
  d: tc('d', 8, F, true, Float64Array),
  P: tc('P', 8, B, true, BigInt64Array),
  S: tc('S', 8, B, false, BigUint64Array),
  O: tc('O', 8, ItemKind.OBJ, false, BigUint64Array),
};

/** The typecode of bytes, bytearray and other plain byte buffers. */
export const BYTE_CODE: TypeCode = CODES.B;

/** The typecode named by array()'s first argument (its first character). */
export function typeCodeOf(o: Obj): TypeCode {
  if (typeof o !== 'string') return raiseTypeError(`can't convert '${typeName(o)}' object to str implicitly`);
  const t = o.length > 0 ? CODES[o[0]] : undefined;
  if (t === undefined) return raiseValueError('bad typecode');
  return t;
}

/** An int value wrapped to an INT item's width (the typed array wraps plain numbers itself). */
export function wrapInt(t: TypeCode, v: Obj): number {
  const n = toInt(v);
  if (typeof n === 'number') return n;
  return Number(t.signed ? BigInt.asIntN(t.bits, n) : BigInt.asUintN(t.bits, n));
}

/** An int value for a 64-bit item (the typed array wraps it to 64 bits). */
export function bigValue(v: Obj): bigint {
  const n = toInt(v);
  return typeof n === 'bigint' ? n : BigInt(n);
}

/** Read item i of a typed array as a Python value. */
export function getItemValue(t: TypeCode, items: ItemArray, i: number): Obj {
  switch (t.kind) {
    case ItemKind.INT:
      return items[i] as number;
    case ItemKind.BIG:
      return t.code === 'S' ? 0 : normBig(items[i] as bigint);
    default:
      return newFloat(items[i] as number);
  }
}

/** Store a Python value as item i of a typed array (raises before storing on a bad value). */
export function setItemValue(t: TypeCode, items: ItemArray, i: number, v: Obj): void {
  switch (t.kind) {
    case ItemKind.INT:
      (items as Int32Array)[i] = wrapInt(t, v);
      return;
    case ItemKind.BIG:
      (items as BigInt64Array)[i] = bigValue(v);
      return;
    default:
      (items as Float64Array)[i] = toFloat(v);
  }
}

// ---- items over raw bytes (memoryview) ----

/** Item i of the bytes d read with typecode t. */
export function readItem(t: TypeCode, d: Uint8Array, i: number): Obj {
  if (t.size === 1) return t.signed ? (d[i] << 24) >> 24 : d[i];
  const dv = new DataView(d.buffer, d.byteOffset + i * t.size, t.size);
  switch (t.code) {
    case 'h':
      return dv.getInt16(0, true);
    case 'H':
      return dv.getUint16(0, true);
    case 'i':
      return dv.getInt32(0, true);
    case 'I':
      return dv.getUint32(0, true);
    case 'f':
      return newFloat(dv.getFloat32(0, true));
    case 'd':
      return newFloat(dv.getFloat64(0, true));
    case 'S':
    case 'O':
      return t.code === 'S' ? 0 : None;
  }
  return normBig(t.signed ? dv.getBigInt64(0, true) : dv.getBigUint64(0, true));
}

/** Store v as item i of the bytes d with typecode t. */
export function writeItem(t: TypeCode, d: Uint8Array, i: number, v: Obj): void {
  if (t.size === 1) {
    d[i] = wrapInt(t, v);
    return;
  }
  const dv = new DataView(d.buffer, d.byteOffset + i * t.size, t.size);
  switch (t.kind) {
    case ItemKind.INT:
      if (t.size === 2) dv.setUint16(0, wrapInt(t, v) & 0xffff, true);
      else dv.setUint32(0, wrapInt(t, v) >>> 0, true);
      return;
    case ItemKind.FLOAT:
      if (t.size === 4) dv.setFloat32(0, toFloat(v), true);
      else dv.setFloat64(0, toFloat(v), true);
      return;
    case ItemKind.OBJ:
      return raiseTypeError("can't store objects through a memoryview");
  }
  dv.setBigUint64(0, BigInt.asUintN(64, bigValue(v)), true);
}
