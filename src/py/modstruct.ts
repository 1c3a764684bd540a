// The struct module (MicroPython py/modstruct.c, with the value codecs of py/binary.c).
//
// Formats as MicroPython's: an optional byte order `<` `>` `!` (big) or `@` (native: little endian,
// 64-bit sizes, each item aligned to its size relative to the start), then items, each with an
// optional repeat count: b B h H i I l L q Q (ints), e f d (floats), s (bytes of the given length,
// one item), x (pad byte), P (pointer-sized unsigned int) and O (an object reference, MicroPython's
// extension: packs the object's id, unpacks the same object while it is alive).
// Errors are MicroPython's: ValueError('bad typecode'), ValueError('buffer too small'); packing
// truncates ints to the field size; pack() with too few values leaves zeros, too many are ignored.
import { type Obj, type PyObject, None } from './obj.js';
import { raise, raiseTypeError, raiseValueError, MemoryError } from './objexcept.js';
import { PyBuiltin, checkArgs } from './objfun.js';
import { PyTuple, newTuple } from './objtuple.js';
import { PyBytes, newBytes, binFromBytes, getBuffer } from './objbytes.js';
import { newFloat } from './objfloat.js';
import { normBig } from './objint.js';
import { id, toFloat, toInt, typeName } from './runtime.js';
import { newModule, type PyModule } from './objmodule.js';
import { encodeStr } from './objstr.js';

/** One format item: a typecode and its repeat count. */
interface Item {
  code: string;
  count: number;
  size: number; // bytes of one value
  align: number;
}

interface Format {
  bigEndian: boolean;
  native: boolean;
  items: Item[];
  /** total bytes */
  size: number;
  /** number of values packed/unpacked */
  nValues: number;
}

function typecodeSize(native: boolean, code: string): number {
  switch (code) {
    case 'b':
    case 'B':
      return 1;
    case 'h':
    case 'H':
    case 'e':
      return 2;
    case 'i':
    case 'I':
    case 'f':
      return 4;
    case 'l':
    case 'L':
      return native ? 8 : 4;
    case 'q':
    case 'Q':
    case 'd':
    case 'P':
    case 'O':
      return 8;
  }
  return raiseValueError('bad typecode');
}

const formatCache = new Map<string, Format>();

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** Parse (and validate) a format string, as MicroPython's calc_size_items. */
function parseFormat(fmt: string): Format {
  const cached = formatCache.get(fmt);
  if (cached !== undefined) return cached;
  let i = 0;
  let kind = '@';
  switch (fmt[0]) {
    case '!':
      kind = '>';
      i = 1;
      break;
    case '@':
    case '=':
    case '<':
    case '>':
      kind = fmt[0];
      i = 1;
      break;
  }
  if (kind === '=') raiseValueError('bad typecode'); // MicroPython knows no sizes for '='
  const native = kind === '@';
  const items: Item[] = [];
  let size = 0;
  let nValues = 0;
  while (i < fmt.length) {
    let count = 1;
    if (isDigit(fmt[i])) {
      let j = i;
      while (j < fmt.length && isDigit(fmt[j])) j++;
      count = Number(fmt.slice(i, j));
      i = j;
    }
    const code = i < fmt.length ? fmt[i] : '';
    i++;
    if (code === 'x') {
      items.push({ code, count, size: 1, align: 1 });
      size += count;
    } else if (code === 's') {
      items.push({ code, count, size: count, align: 1 });
      nValues++;
      size += count;
    } else {
      const sz = typecodeSize(native, code);
      const align = native ? sz : 1;
      items.push({ code, count, size: sz, align });
      nValues += count;
      for (let k = 0; k < count; k++) size = alignUp(size, align) + sz;
    }
  }
  const f: Format = { bigEndian: kind === '>', native, items, size, nValues };
  if (formatCache.size > 256) formatCache.clear();
  formatCache.set(fmt, f);
  return f;
}

function alignUp(n: number, align: number): number {
  return align === 1 ? n : Math.ceil(n / align) * align;
}

function fmtArg(o: Obj): string {
  if (typeof o === 'string') return o;
  if (o instanceof PyBytes) return binFromBytes(o.data);
  return raiseTypeError(`can't convert '${typeName(o)}' object to str implicitly`);
}

/** A readable buffer (str counts, as its UTF-8 bytes). */
function readBuffer(o: Obj): Uint8Array {
  if (typeof o === 'string') return encodeStr(o, 'utf-8');
  const b = getBuffer(o);
  if (b === null) return raiseTypeError('object with buffer protocol required');
  return b;
}

/** A writable buffer (bytearray, memoryview, array): bytes and str are read-only. */
function writeBuffer(o: Obj): Uint8Array {
  if (typeof o === 'string' || o instanceof PyBytes) return raiseTypeError('object with buffer protocol required');
  return readBuffer(o);
}

// ---- the O typecode: objects by id ----

const objectsById = new Map<number, WeakRef<object> | Obj>();

function objectRef(o: Obj): number {
  const n = id(o);
  objectsById.set(n, typeof o === 'object' ? new WeakRef(o as object) : o);
  return n;
}

function objectFromRef(n: number): Obj {
  const r = objectsById.get(n);
  if (r instanceof WeakRef) {
    const o = r.deref();
    if (o !== undefined) return o as PyObject;
  } else if (r !== undefined) return r;
  return None;
}

// ---- value codecs (py/binary.c) ----

const scratch = new DataView(new ArrayBuffer(8));

/** Half float bits from a value, as MicroPython's mp_encode_half_float (via single precision). */
function encodeHalf(v: number): number {
  scratch.setFloat32(0, v);
  const bits = scratch.getUint32(0);
  let m = (bits >>> 13) & 0x3ff;
  if (bits & (1 << 12)) m++;
  let e = (bits >>> 23) & 0xff;
  if (e === 0xff) {
    e = 0x1f;
  } else if (e !== 0) {
    e -= 127 - 15;
    if (e < 0) {
      if (e >= -11) {
        m = (m | 0x400) >>> -e;
        m = m & 1 ? (m >>> 1) + 1 : m >>> 1;
      } else {
        m = 0;
      }
      e = 0;
    } else if (e > 0x3f) {
      e = 0x1f;
      m = 0;
    }
  }
  return (((bits >>> 16) & 0x8000) | (e << 10) | m) & 0xffff;
}

function decodeHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >>> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0x1f) return m === 0 ? sign * Infinity : NaN;
  if (e === 0) return sign * m * 2 ** -24;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

function readUint(buf: Uint8Array, p: number, size: number, big: boolean): number | bigint {
  if (size <= 4) {
    let v = 0;
    if (big) for (let k = 0; k < size; k++) v = v * 256 + buf[p + k];
    else for (let k = size - 1; k >= 0; k--) v = v * 256 + buf[p + k];
    return v;
  }
  let v = 0n;
  if (big) for (let k = 0; k < size; k++) v = (v << 8n) | BigInt(buf[p + k]);
  else for (let k = size - 1; k >= 0; k--) v = (v << 8n) | BigInt(buf[p + k]);
  return v;
}

function getValue(code: string, buf: Uint8Array, p: number, size: number, big: boolean): Obj {
  const u = readUint(buf, p, size, big);
  switch (code) {
    case 'e':
      return newFloat(decodeHalf(u as number));
    case 'f':
      scratch.setUint32(0, u as number);
      return newFloat(scratch.getFloat32(0));
    case 'd':
      scratch.setBigUint64(0, u as bigint);
      return newFloat(scratch.getFloat64(0));
    case 'O':
      return objectFromRef(Number(u));
  }
  if (code > 'Z') {
    // signed
    if (typeof u === 'bigint') return normBig(BigInt.asIntN(64, u));
    const half = 2 ** (size * 8 - 1);
    return u >= half ? u - half * 2 : u;
  }
  return typeof u === 'bigint' ? normBig(u) : u;
}

function writeUint(buf: Uint8Array, p: number, size: number, big: boolean, v: bigint | number): void {
  if (typeof v === 'number') {
    // v is a non-negative integer below 2^32
    for (let k = 0; k < size; k++) {
      buf[big ? p + size - 1 - k : p + k] = v & 0xff;
      v = Math.floor(v / 256);
    }
    return;
  }
  for (let k = 0; k < size; k++) {
    buf[big ? p + size - 1 - k : p + k] = Number(v & 0xffn);
    v >>= 8n;
  }
}

function setValue(code: string, buf: Uint8Array, p: number, size: number, big: boolean, x: Obj): void {
  switch (code) {
    case 'e':
      writeUint(buf, p, 2, big, encodeHalf(toFloat(x)));
      return;
    case 'f':
      scratch.setFloat32(0, toFloat(x));
      writeUint(buf, p, 4, big, scratch.getUint32(0));
      return;
    case 'd':
      scratch.setFloat64(0, toFloat(x));
      writeUint(buf, p, 8, big, scratch.getBigUint64(0));
      return;
    case 'O':
      writeUint(buf, p, 8, big, BigInt(objectRef(x)));
      return;
  }
  const v = toInt(x);
  if (size <= 4 && typeof v === 'number') {
    const mod = 2 ** (size * 8);
    writeUint(buf, p, size, big, ((v % mod) + mod) % mod);
  } else {
    writeUint(buf, p, size, big, BigInt.asUintN(size * 8, BigInt(v)));
  }
}

// ---- pack / unpack ----

function unpackAt(f: Format, buf: Uint8Array, start: number): PyTuple {
  if (start + f.size > buf.length) raiseValueError('buffer too small');
  const out = new Array<Obj>(f.nValues);
  let p = start;
  let n = 0;
  for (const it of f.items) {
    if (it.code === 'x') {
      p += it.count;
    } else if (it.code === 's') {
      out[n++] = newBytes(buf.slice(p, p + it.count));
      p += it.count;
    } else {
      for (let k = 0; k < it.count; k++) {
        if (f.native) p = start + alignUp(p - start, it.align);
        out[n++] = getValue(it.code, buf, p, it.size, f.bigEndian);
        p += it.size;
      }
    }
  }
  return newTuple(out);
}

function packAt(f: Format, buf: Uint8Array, start: number, args: Obj[], first: number): void {
  let p = start;
  let i = first;
  for (const it of f.items) {
    if (i >= args.length) break;
    if (it.code === 'x') {
      buf.fill(0, p, p + it.count);
      p += it.count;
    } else if (it.code === 's') {
      const src = readBuffer(args[i++]);
      const n = src.length < it.count ? src.length : it.count;
      buf.set(src.subarray(0, n), p);
      buf.fill(0, p + n, p + it.count);
      p += it.count;
    } else {
      for (let k = 0; k < it.count && i < args.length; k++) {
        if (f.native) p = start + alignUp(p - start, it.align);
        setValue(it.code, buf, p, it.size, f.bigEndian, args[i++]);
        p += it.size;
      }
    }
  }
}

/** A negative offset counts from the end of the buffer. */
function bufferOffset(o: Obj, len: number): number {
  let off = Number(toInt(o));
  if (off < 0) {
    off += len;
    if (off < 0) raiseValueError('buffer too small');
  }
  return off;
}

const calcsize = new PyBuiltin('calcsize', (args, kw) => {
  checkArgs('calcsize', args, kw, 1, 1);
  return parseFormat(fmtArg(args[0])).size;
});

const pack = new PyBuiltin('pack', (args, kw) => {
  checkArgs('pack', args, kw, 1, 0x7fffffff);
  const f = parseFormat(fmtArg(args[0]));
  if (f.size > 0x7fffffff) raise(MemoryError, `memory allocation failed, allocating ${f.size + 1} bytes`);
  const buf = new Uint8Array(f.size);
  packAt(f, buf, 0, args, 1);
  return newBytes(buf);
});

const pack_into = new PyBuiltin('pack_into', (args, kw) => {
  checkArgs('pack_into', args, kw, 3, 0x7fffffff);
  const buf = writeBuffer(args[1]);
  const off = bufferOffset(args[2], buf.length);
  const f = parseFormat(fmtArg(args[0]));
  if (off + f.size > buf.length) raiseValueError('buffer too small');
  packAt(f, buf, off, args, 3);
  return None;
});

const unpack_from = new PyBuiltin('unpack_from', (args, kw) => {
  checkArgs('unpack_from', args, kw, 2, 3);
  const f = parseFormat(fmtArg(args[0]));
  const buf = readBuffer(args[1]);
  const off = args.length > 2 ? bufferOffset(args[2], buf.length) : 0;
  return unpackAt(f, buf, off);
});

// MicroPython's unpack is unpack_from: the buffer must be big enough, not exactly the size.
const unpack = new PyBuiltin('unpack', unpack_from.fn);

export function makeStructModule(): PyModule {
  const m = newModule('struct');
  const g = m.globals;
  g.set('calcsize', calcsize);
  g.set('pack', pack);
  g.set('pack_into', pack_into);
  g.set('unpack', unpack);
  g.set('unpack_from', unpack_from);
  return m;
}
