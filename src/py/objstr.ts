// str (MicroPython py/objstr.c, py/objstrunicode.c): a JS string, indexed by code point.
//
// A str is a JS string; len(), indexing and slicing count code points. Text without surrogates (all
// ASCII and BMP text) takes the fast path where a code point is one UTF-16 unit; only astral text
// (emoji...) walks the string. The methods shared with bytes live in objstrmethods.ts.
import { type Obj, type PyObject, type KwArgs, PyType, BinaryOp, None } from './obj.js';
import { raiseTypeError, raiseIndexError, newException, UnicodeError, LookupError, MemoryError } from './objexcept.js';
import { PyBuiltin } from './objfun.js';
import { typeName, str as objStr, toIndex, toSmallInt } from './runtime.js';
import { PySlice, sliceIndices } from './objslice.js';
import { strFormat, strModFormat } from './objstrformat.js';
import { type StrKind, addStrMethods, cpLen, cpOffset, hasSurr, nativeSelf } from './objstrmethods.js';
import { PyBytes, decodeBytes } from './objbytes.js';

// ---- code points ----

/** Whether s holds a UTF-16 surrogate (so code point != unit indexing). */
export function hasSurrogates(s: string): boolean {
  return hasSurr(s);
}

/** UTF-16 offset of code point index i (0 <= i <= length in code points). */
export function strIndexToOffset(s: string, i: number): number {
  return cpOffset(s, i);
}

/** The code points of s as one-code-point strings (only for astral text). */
function codePoints(s: string): string[] {
  return Array.from(s);
}

/** self of a str method: the string, or the str inside an instance of a str subclass. */
export function strSelf(o: Obj): string {
  if (typeof o === 'string') return o;
  const n = nativeSelf(o);
  if (typeof n === 'string') return n;
  return raiseTypeError(`argument should be a 'str' not a '${typeName(o)}'`);
}

/** A str argument (or a str subclass instance), with MicroPython's implicit-conversion message. */
export function strArg(o: Obj): string {
  if (typeof o === 'string') return o;
  if (typeof o === 'object') {
    const n = nativeSelf(o);
    if (typeof n === 'string') return n;
  }
  return raiseTypeError(`can't convert '${typeName(o)}' object to str implicitly`);
}

// ---- repr ----

const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

function hex(c: number, width: number): string {
  return c.toString(16).padStart(width, '0');
}

/** repr() of a str, as CPython: quote choice, escapes, printable non-ASCII kept. */
export function strRepr(s: string): string {
  const q = s.indexOf("'") >= 0 && s.indexOf('"') < 0 ? '"' : "'";
  const qc = q.charCodeAt(0);
  const n = s.length;
  // fast path: printable ASCII with nothing to escape
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f || c === qc || c === 92) break;
  }
  if (i === n) return q + s + q;
  let out = q + s.slice(0, i);
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 0x7f) {
      if (c >= 0x20) {
        out += c === qc || c === 92 ? '\\' + s[i] : s[i];
      } else if (c === 10) out += '\\n';
      else if (c === 13) out += '\\r';
      else if (c === 9) out += '\\t';
      else out += '\\x' + hex(c, 2);
      i++;
      continue;
    }
    const cp = s.codePointAt(i)!;
    const ch = cp > 0xffff ? s.slice(i, i + 2) : s[i];
    i += ch.length;
    if (cp === 0x7f || NON_PRINTABLE.test(ch)) {
      if (cp <= 0xff) out += '\\x' + hex(cp, 2);
      else if (cp <= 0xffff) out += '\\u' + hex(cp, 4);
      else out += '\\U' + hex(cp, 8);
    } else {
      out += ch;
    }
  }
  return out + q;
}

// ---- hash and comparison ----

/**
 * hash(str): MicroPython's qstr hash (djb2 with xor over the UTF-8 bytes, 16 bits, never 0), so
 * hash('ab') == hash(b'ab') and the values match MicroPython's unix port.
 */
export function strHash(s: string): number {
  let h = 5381;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return utf8Hash(s);
    h = ((h * 33) ^ c) & 0xffffff;
  }
  h &= 0xffff;
  return h === 0 ? 1 : h;
}

function utf8Hash(s: string): number {
  const b = utf8Encoder.encode(s);
  let h = 5381;
  for (let i = 0; i < b.length; i++) h = ((h * 33) ^ b[i]) & 0xffffff;
  h &= 0xffff;
  return h === 0 ? 1 : h;
}

/**
 * Code-point order: JS compares UTF-16 units, which is wrong only where a surrogate meets a unit
 * in U+E000..U+FFFF; remap both at the first difference.
 */
export function strCompare(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length < b.length ? a.length : b.length;
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  let x = a.charCodeAt(i);
  let y = b.charCodeAt(i);
  if (x >= 0xd800 && y >= 0xd800) {
    x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
    y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
  }
  return x - y;
}

// ---- slots ----

function strGetItem(self: Obj, index: Obj): Obj {
  const s = strSelf(self);
  if (index instanceof PySlice) return strSlice(s, index);
  let i = toIndex(index, 'string');
  if (!hasSurrogates(s)) {
    const n = s.length;
    if (i < 0) i += n;
    if (i < 0 || i >= n) raiseIndexError('string index out of range');
    return s[i];
  }
  const cps = codePoints(s);
  if (i < 0) i += cps.length;
  if (i < 0 || i >= cps.length) raiseIndexError('string index out of range');
  return cps[i];
}

export function strSlice(s: string, sl: PySlice): string {
  const surr = hasSurrogates(s);
  if (!surr && sl.step === None) {
    // s[a:b] with int or omitted bounds: JS slice() clamps negatives and overruns as Python does
    const a = sl.start;
    const b = sl.stop;
    if ((typeof a === 'number' || a === None) && (typeof b === 'number' || b === None)) {
      return s.slice(typeof a === 'number' ? a : 0, typeof b === 'number' ? b : s.length);
    }
  }
  const cps = surr ? codePoints(s) : null;
  const n = cps !== null ? cps.length : s.length;
  const [start, stop, step, count] = sliceIndices(sl, n);
  if (cps === null) {
    if (step === 1) return s.slice(start, stop);
    let out = '';
    for (let k = 0, j = start; k < count; k++, j += step) out += s[j];
    return out;
  }
  if (step === 1) return cps.slice(start, stop).join('');
  let out = '';
  for (let k = 0, j = start; k < count; k++, j += step) out += cps[j];
  return out;
}

function repeatCount(n: Obj): number | undefined {
  if (typeof n === 'number') return n;
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (typeof n === 'bigint') return toSmallInt(n);
  if (typeof n === 'object') {
    const v = nativeSelf(n);
    if (typeof v === 'number' || typeof v === 'boolean') return repeatCount(v);
  }
  return undefined;
}

export function strRepeat(s: string, n: number): string {
  if (n <= 0 || s.length === 0) return '';
  if (s.length * n > 0x1fffffe8) throw newException(MemoryError, 'memory allocation failed');
  return s.repeat(n);
}


function strBinaryOp(op: number, lhs: Obj, rhs: Obj): Obj | undefined {
  const a = strSelf(lhs);
  switch (op) {
    case BinaryOp.ADD: {
      if (typeof rhs === 'string') return a + rhs;
      const b = typeof rhs === 'object' ? nativeSelf(rhs) : rhs;
      if (typeof b === 'string') return a + b;
      return undefined;
    }
    case BinaryOp.MULTIPLY:
    case BinaryOp.REVERSE_MULTIPLY: {
      const n = repeatCount(rhs);
      if (n === undefined) return undefined;
      return strRepeat(a, n);
    }
    case BinaryOp.MODULO:
      return strModFormat(a, rhs);
    case BinaryOp.CONTAINS:
      return a.includes(strArg(rhs));
  }
  if (op <= BinaryOp.NOT_EQUAL) {
    let b: Obj = rhs;
    if (typeof b !== 'string') {
      if (typeof b !== 'object') return undefined;
      b = nativeSelf(b);
      if (typeof b !== 'string') return undefined;
    }
    switch (op) {
      case BinaryOp.EQUAL:
        return a === b;
      case BinaryOp.NOT_EQUAL:
        return a !== b;
      case BinaryOp.LESS:
        return strCompare(a, b) < 0;
      case BinaryOp.MORE:
        return strCompare(a, b) > 0;
      case BinaryOp.LESS_EQUAL:
        return strCompare(a, b) <= 0;
      case BinaryOp.MORE_EQUAL:
        return strCompare(a, b) >= 0;
    }
  }
  return undefined;
}

/** Iterator over the code points of a str. */
class StrIter implements PyObject {
  type: PyType = str_iterator_type;
  pos = 0;
  constructor(public readonly s: string) {}
}

const str_iterator_type: PyType = new PyType({
  name: 'iterator',
  getIter: (self) => self,
  iterNext: (self) => {
    const it = self as StrIter;
    const s = it.s;
    const p = it.pos;
    if (p >= s.length) return undefined;
    const c = s.charCodeAt(p);
    if (c >= 0xd800 && c <= 0xdbff && p + 1 < s.length) {
      const d = s.charCodeAt(p + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        it.pos = p + 2;
        return s.slice(p, p + 2);
      }
    }
    it.pos = p + 1;
    return s[p];
  },
});

/** str(), str(x), str(b, encoding[, errors]). */
function strMakeNew(_type: PyType, args: Obj[], kw: KwArgs): Obj {
  let encoding: Obj | undefined = args[1];
  let errors: Obj | undefined = args[2];
  let obj: Obj | undefined = args[0];
  if (kw !== null && kw.size > 0) {
    for (const [k, v] of kw) {
      if (k === 'object') obj = v;
      else if (k === 'encoding') encoding = v;
      else if (k === 'errors') errors = v;
      else raiseTypeError(`unexpected keyword argument '${k}'`);
    }
  }
  if (args.length > 3) raiseTypeError(`function expected at most 3 arguments, got ${args.length}`);
  if (obj === undefined) return '';
  if (encoding === undefined && errors === undefined) return objStr(obj);
  const data = bufferOf(obj);
  if (data === null) return raiseTypeError('object with buffer protocol required');
  return decodeBytes(data, encoding === undefined ? 'utf-8' : strArg(encoding), errors === undefined ? 'strict' : strArg(errors));
}

function bufferOf(o: Obj): Uint8Array | null {
  if (o instanceof PyBytes) return o.data;
  if (typeof o === 'object') {
    const t = (o as PyObject).type;
    if (t.buffer !== null) return t.buffer(o);
  }
  return null;
}

export const str_type: PyType = new PyType({
  name: 'str',
  baseType: true,
  makeNew: strMakeNew,
  repr: (self) => strRepr(strSelf(self)),
  str: (self) => strSelf(self),
  hash: (self) => strHash(strSelf(self)),
  len: (self) => cpLen(strSelf(self)),
  bool: (self) => strSelf(self).length !== 0,
  getItem: strGetItem,
  getIter: (self) => new StrIter(strSelf(self)),
  binaryOp: strBinaryOp,
});

// ---- the str kind for the shared methods ----

const STR_SPACE = new Set([0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]);
/** str.isspace's definition (CPython's Py_UNICODE_ISSPACE). */
export function unicodeIsSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
  return (c >= 0x2000 && c <= 0x200a) || STR_SPACE.has(c);
}

export const STR_KIND: StrKind = {
  bytes: false,
  name: 'str',
  self: strSelf,
  arg: strArg,
  wrap: (s) => s,
  isSpace: unicodeIsSpace,
};

addStrMethods(str_type, STR_KIND);

str_type.locals.set(
  'format',
  new PyBuiltin('format', (args, kw) => {
    if (args.length === 0) raiseTypeError('function missing 1 required positional arguments');
    return strFormat(strSelf(args[0]), args.slice(1), kw);
  }),
);

str_type.locals.set(
  'encode',
  new PyBuiltin('encode', (args, kw) => {
    if (args.length === 0) raiseTypeError('function missing 1 required positional arguments');
    if (args.length > 3) raiseTypeError(`function expected at most 3 arguments, got ${args.length}`);
    const s = strSelf(args[0]);
    let enc: Obj | undefined = args[1];
    let errors: Obj | undefined = args[2];
    if (kw !== null) {
      for (const [k, v] of kw) {
        if (k === 'encoding') enc = v;
        else if (k === 'errors') errors = v;
        else raiseTypeError(`unexpected keyword argument '${k}'`);
      }
    }
    return new PyBytes(encodeStr(s, enc === undefined ? 'utf-8' : strArg(enc), errors === undefined ? 'strict' : strArg(errors)));
  }),
);

const utf8Encoder = new TextEncoder();

/**
 * str.encode / bytes(str, encoding): utf-8 and ascii, as MicroPython (any other encoding is a
 * LookupError); errors='ignore'/'replace' apply to ascii.
 */
export function encodeStr(s: string, encoding: string, errors = 'strict'): Uint8Array {
  const e = encodingName(encoding);
  if (e === 'ascii') {
    const out = new Uint8Array(s.length);
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0x80) {
        if (errors !== 'ignore' && errors !== 'replace') throw newException(UnicodeError);
        const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
        if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) i++; // one code point
        if (errors === 'ignore') continue;
        c = 63; // '?'
      }
      out[n++] = c;
    }
    return n === out.length ? out : out.slice(0, n);
  }
  if (hasLoneSurrogate(s)) throw newException(UnicodeError);
  return utf8Encoder.encode(s);
}

/** 'utf-8' or 'ascii' for the names of those codecs (case and '_' are free, as CPython); else LookupError. */
export function encodingName(encoding: string): 'utf-8' | 'ascii' {
  const e = encoding.toLowerCase().replace(/_/g, '-');
  if (e === 'utf-8' || e === 'utf8') return 'utf-8';
  if (e === 'ascii' || e === 'us-ascii') return 'ascii';
  throw newException(LookupError, `unknown encoding: ${encoding}`);
}

function hasLoneSurrogate(s: string): boolean {
  if (!hasSurrogates(s)) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d < 0xdc00 || d > 0xdfff) return true;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

