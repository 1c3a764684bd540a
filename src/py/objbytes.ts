// bytes (MicroPython py/objstr.c, the bytes half): immutable bytes in a Uint8Array.
// The string methods are shared with str (objstrmethods.ts) through "binary strings": one JS char
// per byte, 0..255.
import { type Obj, type PyObject, type KwArgs, PyType, BinaryOp } from './obj.js';
import { raise, raiseTypeError, raiseValueError, raiseIndexError, newException, UnicodeError, MemoryError } from './objexcept.js';
import { PyBuiltin } from './objfun.js';
import { typeName, typeOf, toIndex, toInt, toSmallInt, getIter, iterNext } from './runtime.js';
import { PySlice, sliceIndices } from './objslice.js';
import { PyList } from './objlist.js';
import { PyTuple } from './objtuple.js';
import { type StrKind, addStrMethods, nativeSelf } from './objstrmethods.js';
import { encodeStr, encodingName, strArg, strHash } from './objstr.js';
import { bytesModFormat } from './objstrformat.js';

export const bytes_type: PyType = new PyType({ name: 'bytes', baseType: true });

export class PyBytes implements PyObject {
  type: PyType;
  constructor(public readonly data: Uint8Array, type: PyType = bytes_type) {
    this.type = type;
  }
}

export function newBytes(data: Uint8Array): PyBytes {
  return new PyBytes(data);
}

// ---- binary strings ----

/** Bytes as a binary string (one char per byte). */
export function binFromBytes(b: Uint8Array): string {
  const n = b.length;
  if (n < 64) {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(b[i]);
    return s;
  }
  let s = '';
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode.apply(null, b.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

/** A binary string back to bytes. */
export function bytesFromBin(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** The bytes behind any buffer-protocol object, or null. */
export function getBuffer(o: Obj): Uint8Array | null {
  if (o instanceof PyBytes) return o.data;
  if (typeof o === 'object') {
    const t = (o as PyObject).type;
    if (t.buffer !== null) return t.buffer(o);
  }
  return null;
}

/** A buffer argument, with MicroPython's message otherwise. */
export function bufferArg(o: Obj, what = 'bytes'): Uint8Array {
  const b = getBuffer(o);
  if (b === null) return raiseTypeError(`can't convert '${typeName(o)}' object to ${what} implicitly`);
  return b;
}

// ---- repr, compare, hash ----

/** b'...' repr: printable ASCII kept, \t \n \r, \xNN for the rest; quote choice as str's. */
export function bytesRepr(b: Uint8Array, prefix = 'b'): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 39) hasSingle = true;
    else if (b[i] === 34) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? 34 : 39;
  let out = prefix + String.fromCharCode(q);
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === q || c === 92) out += '\\' + String.fromCharCode(c);
    else if (c >= 0x20 && c < 0x7f) out += String.fromCharCode(c);
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else out += '\\x' + (c < 16 ? '0' : '') + c.toString(16);
  }
  return out + String.fromCharCode(q);
}

export function bytesCompare(a: Uint8Array, b: Uint8Array): number {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

export function bytesHash(b: Uint8Array): number {
  let h = 5381;
  for (let i = 0; i < b.length; i++) h = ((h * 33) ^ b[i]) & 0xffffff;
  h &= 0xffff;
  return h === 0 ? 1 : h;
}

// ---- utf-8 ----

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });

/** The text for one undecodable byte sequence under an error handler (UnicodeError for 'strict'). */
function decodeError(errors: string): string {
  if (errors === 'replace') return '\ufffd';
  if (errors === 'ignore') return '';
  throw newException(UnicodeError);
}

/**
 * bytes.decode / str(b, encoding): utf-8 (default) or ascii; errors 'strict' (UnicodeError),
 * 'ignore' or 'replace' (U+FFFD per maximal invalid subsequence, as CPython).
 */
export function decodeBytes(b: Uint8Array, encoding: string, errors: string): string {
  const ascii = encodingName(encoding) === 'ascii';
  // ASCII fast path: no decoder call for plain text
  let i = 0;
  while (i < b.length && b[i] < 0x80) i++;
  if (i === b.length) return binFromBytes(b);
  if (ascii) {
    let out = binFromBytes(b.subarray(0, i));
    for (; i < b.length; i++) out += b[i] < 0x80 ? String.fromCharCode(b[i]) : decodeError(errors);
    return out;
  }
  if (errors === 'strict') {
    try {
      return utf8Fatal.decode(b);
    } catch {
      throw newException(UnicodeError);
    }
  }
  return decodeUtf8Lenient(b, i, errors);
}

/** UTF-8 decoding from offset i with an error handler (bytes before i are ASCII). */
function decodeUtf8Lenient(b: Uint8Array, i: number, errors: string): string {
  const n = b.length;
  let out = binFromBytes(b.subarray(0, i));
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    let need: number;
    let cp: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      cp = c & 0x0f;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      cp = c & 0x07;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else {
      out += decodeError(errors);
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      if (j >= n || b[j] < lo || b[j] > hi) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (b[j] & 0x3f);
      lo = 0x80;
      hi = 0xbf;
    }
    out += ok ? String.fromCodePoint(cp) : decodeError(errors);
    i = j;
  }
  return out;
}

// ---- construction ----

/** Byte values from an iterable of ints (bytes([1, 2]), bytearray(range(3))...). */
/** Bytes taken one int at a time from a Python iterable: 16 MB, so an endless generator fails in ~1 s. */
const MAX_ITER_BYTES = 1 << 24;

export function bytesFromIterable(o: Obj): Uint8Array {
  const buf = getBuffer(o);
  if (buf !== null) return buf.slice();
  const items = o instanceof PyList || o instanceof PyTuple ? o.items : null;
  const out: number[] = [];
  const push = (x: Obj): void => {
    const v = toInt(x);
    if (typeof v === 'bigint' || v < 0 || v > 255) raiseValueError('bytes value out of range');
    if (out.length >= MAX_ITER_BYTES) raise(MemoryError, 'memory allocation failed'); // an endless iterable ends here
    out.push(v as number);
  };
  if (items !== null) for (let i = 0; i < items.length; i++) push(items[i]);
  else {
    const it = getIter(o);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) push(x);
  }
  return Uint8Array.from(out);
}

/** The bytes of bytes(...)/bytearray(...) arguments: (), (n), (iterable), (buffer), (str, encoding). */
export function bytesArgs(args: Obj[], kw: KwArgs): Uint8Array {
  let src: Obj | undefined = args[0];
  let encoding: Obj | undefined = args[1];
  if (kw !== null && kw.size > 0) {
    for (const [k, v] of kw) {
      if (k === 'source') src = v;
      else if (k === 'encoding') encoding = v;
      else if (k !== 'errors') raiseTypeError(`unexpected keyword argument '${k}'`);
    }
  }
  if (args.length > 3) raiseTypeError(`function expected at most 3 arguments, got ${args.length}`);
  if (src === undefined) return new Uint8Array(0);
  const sv = typeof src === 'object' ? nativeSelf(src) : src;
  if (typeof sv === 'string') {
    if (encoding === undefined) return raiseTypeError('string argument without an encoding');
    return encodeStr(sv, strArg(encoding));
  }
  if (encoding !== undefined) raiseTypeError('encoding without a string argument');
  if (typeof sv === 'number' || typeof sv === 'bigint' || typeof sv === 'boolean') {
    const n = toSmallInt(sv);
    if (n < 0) raiseValueError('negative count');
    if (n > 0x7fffffff) throw newException(MemoryError, 'memory allocation failed');
    return new Uint8Array(n);
  }
  return bytesFromIterable(src);
}

function bytesMakeNew(type: PyType, args: Obj[], kw: KwArgs): Obj {
  if (args.length === 1 && kw === null && args[0] instanceof PyBytes && args[0].type === bytes_type && type === bytes_type) return args[0];
  return new PyBytes(bytesArgs(args, kw), type);
}

// ---- slots ----

function selfData(o: Obj): Uint8Array {
  if (o instanceof PyBytes) return o.data;
  const b = getBuffer(o);
  if (b === null) return raiseTypeError(`argument should be a 'bytes' not a '${typeName(o)}'`);
  return b;
}

/** Indexing shared with bytearray: an int, or a fresh copy of the slice. */
export function bytesIndex(data: Uint8Array, index: Obj, name: string): number {
  let i = toIndex(index, name);
  if (i < 0) i += data.length;
  if (i < 0 || i >= data.length) raiseIndexError(`${name} index out of range`);
  return i;
}

export function bytesSlice(data: Uint8Array, sl: PySlice): Uint8Array {
  const [start, stop, step, count] = sliceIndices(sl, data.length);
  if (step === 1) return data.slice(start, stop);
  const out = new Uint8Array(count);
  for (let k = 0, j = start; k < count; k++, j += step) out[k] = data[j];
  return out;
}

/** `x in b`: an int byte value or a sub-sequence. */
export function bytesContains(data: Uint8Array, x: Obj): boolean {
  if (typeof x === 'number' || typeof x === 'boolean') {
    const v = typeof x === 'boolean' ? (x ? 1 : 0) : x;
    if (v < 0 || v > 255) raiseValueError('byte must be in range(0, 256)');
    return data.indexOf(v) >= 0;
  }
  const sub = bufferArg(x);
  if (sub.length === 0) return true;
  return binFromBytes(data).includes(binFromBytes(sub));
}

function repeatN(n: Obj): number | undefined {
  if (typeof n === 'number' || typeof n === 'boolean' || typeof n === 'bigint') return toSmallInt(n);
  return undefined;
}

export function repeatBytes(data: Uint8Array, n: number): Uint8Array {
  if (n <= 0) return new Uint8Array(0);
  if (data.length * n > 0x7fffffff) throw newException(MemoryError, 'memory allocation failed');
  const out = new Uint8Array(data.length * n);
  for (let i = 0; i < n; i++) out.set(data, i * data.length);
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Binary operators shared by bytes and bytearray; make builds the result of + and *. */
export function bytesLikeBinaryOp(op: number, a: Uint8Array, rhs: Obj, make: (d: Uint8Array) => Obj): Obj | undefined {
  switch (op) {
    case BinaryOp.ADD: {
      const b = getBuffer(rhs);
      if (b === null) return undefined;
      return make(concat(a, b));
    }
    case BinaryOp.MULTIPLY:
    case BinaryOp.REVERSE_MULTIPLY: {
      const n = repeatN(rhs);
      if (n === undefined) return undefined;
      return make(repeatBytes(a, n));
    }
    case BinaryOp.CONTAINS:
      return bytesContains(a, rhs);
  }
  if (op <= BinaryOp.NOT_EQUAL) {
    const b = getBuffer(rhs);
    if (b === null || typeof rhs === 'string') return op === BinaryOp.EQUAL ? false : op === BinaryOp.NOT_EQUAL ? true : undefined;
    const c = bytesCompare(a, b);
    switch (op) {
      case BinaryOp.EQUAL:
        return c === 0;
      case BinaryOp.NOT_EQUAL:
        return c !== 0;
      case BinaryOp.LESS:
        return c < 0;
      case BinaryOp.MORE:
        return c > 0;
      case BinaryOp.LESS_EQUAL:
        return c <= 0;
      case BinaryOp.MORE_EQUAL:
        return c >= 0;
    }
  }
  return undefined;
}

/** Iterator over the byte values of a buffer (bytes, bytearray, memoryview). */
export class BytesIter implements PyObject {
  type: PyType = bytes_iterator_type;
  i = 0;
  constructor(public readonly obj: Obj) {}
}

export const bytes_iterator_type: PyType = new PyType({
  name: 'iterator',
  getIter: (self) => self,
  iterNext: (self) => {
    const it = self as BytesIter;
    const o = it.obj;
    const d = o instanceof PyBytes ? o.data : typeOf(o).buffer!(o)!;
    if (it.i >= d.length) return undefined;
    return d[it.i++];
  },
});

bytes_type.makeNew = bytesMakeNew;
bytes_type.repr = (self) => bytesRepr(selfData(self));
bytes_type.hash = (self) => bytesHash(selfData(self));
bytes_type.len = (self) => selfData(self).length;
bytes_type.buffer = (self) => selfData(self);
bytes_type.getIter = (self) => new BytesIter(self instanceof PyBytes ? self : nativeSelf(self));
bytes_type.getItem = (self, index) => {
  const d = selfData(self);
  if (index instanceof PySlice) return new PyBytes(bytesSlice(d, index));
  return d[bytesIndex(d, index, 'bytes')];
};
bytes_type.binaryOp = (op, lhs, rhs) => {
  const d = selfData(lhs);
  if (op === BinaryOp.MODULO) return new PyBytes(bytesFromBin(bytesModFormat(binFromBytes(d), rhs)));
  return bytesLikeBinaryOp(op, d, rhs, (x) => new PyBytes(x));
};
bytes_type.str = null; // str(b) is repr(b)
void strHash;

// ---- methods ----

const BYTES_KIND: StrKind = {
  bytes: true,
  name: 'bytes',
  self: (o) => binFromBytes(selfData(o)),
  arg: (o) => binFromBytes(bufferArg(o)),
  wrap: (s) => new PyBytes(bytesFromBin(s)),
  isSpace: asciiSpace,
  same: (o) => o instanceof PyBytes && o.type === bytes_type,
};

/** bytes.isspace / split(): ASCII whitespace only. */
export function asciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

addStrMethods(bytes_type, BYTES_KIND);

/** bytes.hex([sep]) / bytearray.hex / memoryview.hex. */
export function bytesHex(d: Uint8Array, sep?: string): string {
  let out = '';
  for (let i = 0; i < d.length; i++) {
    if (sep !== undefined && i > 0) out += sep;
    out += (d[i] < 16 ? '0' : '') + d[i].toString(16);
  }
  return out;
}

export const bytes_hex = new PyBuiltin('hex', (args, kw) => {
  if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
  if (args.length < 1 || args.length > 2) raiseTypeError(`function expected at most 2 arguments, got ${args.length}`);
  const d = getBuffer(args[0]);
  if (d === null) return raiseTypeError('object with buffer protocol required');
  return bytesHex(d, args.length > 1 ? strArg(args[1]) : undefined);
});

/** bytes.fromhex(s): pairs of hex digits, whitespace between pairs allowed. */
export function parseHex(s: string): Uint8Array {
  const out: number[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    const hi = hexDigit(c);
    const lo = i + 1 < n ? hexDigit(s.charCodeAt(i + 1)) : -1;
    if (hi < 0 || lo < 0) raiseValueError('non-hex digit');
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

/** A classmethod-like descriptor for fromhex: bound to the class it is looked up on. */
class FromHex implements PyObject {
  type: PyType = fromhex_descr_type;
}
const fromhex_fn = new PyBuiltin('fromhex', (args) => {
  if (args.length !== 2) raiseTypeError(`function takes 2 positional arguments but ${args.length} were given`);
  const cls = args[0] as PyType;
  const data = parseHex(strArg(args[1]));
  if (cls === bytes_type) return new PyBytes(data);
  return cls.makeNew !== null ? cls.makeNew(cls, [new PyBytes(data)], null) : new PyBytes(data);
});
const fromhex_descr_type: PyType = new PyType({
  name: 'classmethod',
  descrGet: (_self, instance, owner) => {
    const cls = instance === null ? owner : typeOf(instance);
    return new PyBuiltin('fromhex', (args, kw) => fromhex_fn.fn([cls, ...args], kw));
  },
});
export const bytes_fromhex: Obj = new FromHex();

export const bytes_decode = new PyBuiltin('decode', (args, kw) => {
  if (args.length < 1 || args.length > 3) raiseTypeError(`function expected at most 3 arguments, got ${args.length}`);
  let enc: Obj | undefined = args[1];
  let errors: Obj | undefined = args[2];
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'encoding') enc = v;
      else if (k === 'errors') errors = v;
      else raiseTypeError(`unexpected keyword argument '${k}'`);
    }
  }
  const d = getBuffer(args[0]);
  if (d === null) return raiseTypeError('object with buffer protocol required');
  return decodeBytes(d, enc === undefined ? 'utf-8' : strArg(enc), errors === undefined ? 'strict' : strArg(errors));
});

bytes_type.locals.set('hex', bytes_hex);
bytes_type.locals.set('fromhex', bytes_fromhex);
bytes_type.locals.set('decode', bytes_decode);
