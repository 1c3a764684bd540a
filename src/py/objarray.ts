// bytearray and memoryview (MicroPython py/objarray.c, the bytearray and memoryview parts).
// A bytearray is a growable Uint8Array (capacity doubles); a memoryview is a window (start, length)
// onto the buffer of another object, read through its buffer slot on every access so it never sees
// a stale array after the bytearray grows.
import { type Obj, type PyObject, type KwArgs, PyType, BinaryOp, None } from './obj.js';
import { raiseTypeError, raiseValueError, raiseIndexError, raiseNotImplemented } from './objexcept.js';
import { PyBuiltin } from './objfun.js';
import { typeOf, typeName, id, toIndex, toInt } from './runtime.js';
import { PySlice, sliceIndices } from './objslice.js';
import { PyList } from './objlist.js';
import { type StrKind, addStrMethods } from './objstrmethods.js';
import {
  PyBytes,
  BytesIter,
  getBuffer,
  bufferArg,
  binFromBytes,
  bytesFromBin,
  bytesRepr,
  bytesArgs,
  bytesIndex,
  bytesSlice,
  bytesFromIterable,
  bytesLikeBinaryOp,
  asciiSpace,
  bytes_hex,
  bytes_fromhex,
  bytes_decode,
} from './objbytes.js';
import { bytesModFormat } from './objstrformat.js';

// ---- bytearray ----

export const bytearray_type: PyType = new PyType({ name: 'bytearray', baseType: true });

export class PyByteArray implements PyObject {
  type: PyType;
  /** Storage; bytes [0, len) are the contents. */
  buf: Uint8Array;
  len: number;
  constructor(data: Uint8Array, type: PyType = bytearray_type) {
    this.type = type;
    this.buf = data;
    this.len = data.length;
  }
  /** The contents (a view, valid until the next resize). */
  data(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }
  /** Make room for n bytes in total. */
  reserve(n: number): void {
    if (n <= this.buf.length) return;
    let cap = this.buf.length < 8 ? 8 : this.buf.length * 2;
    if (cap < n) cap = n;
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
  }
  append(v: number): void {
    this.reserve(this.len + 1);
    this.buf[this.len++] = v;
  }
  appendAll(d: Uint8Array): void {
    const copy = d.buffer === this.buf.buffer ? d.slice() : d; // a.extend(a)
    this.reserve(this.len + copy.length);
    this.buf.set(copy, this.len);
    this.len += copy.length;
  }
  /** Replace bytes [start, stop) by d. */
  splice(start: number, stop: number, d: Uint8Array): void {
    const copy = d.buffer === this.buf.buffer ? d.slice() : d;
    const tail = this.buf.slice(stop, this.len);
    const n = start + copy.length + tail.length;
    this.reserve(n);
    this.buf.set(copy, start);
    this.buf.set(tail, start + copy.length);
    this.len = n;
  }
}

export function newByteArray(data: Uint8Array): PyByteArray {
  return new PyByteArray(data);
}

function ba(o: Obj): PyByteArray {
  if (o instanceof PyByteArray) return o;
  return raiseTypeError(`descriptor requires a 'bytearray' object`);
}

function byteValue(o: Obj): number {
  const v = toInt(o);
  if (typeof v === 'bigint' || v < 0 || v > 255) raiseValueError('byte must be in range(0, 256)');
  return v as number;
}

/** Bytes to store from the right side of a slice assignment: a buffer or an iterable of ints. */
function assignedBytes(o: Obj): Uint8Array {
  if (typeof o === 'string') return raiseTypeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  return bytesFromIterable(o);
}

function setItemBA(self: Obj, index: Obj, value: Obj): void {
  const b = ba(self);
  if (index instanceof PySlice) {
    const src = assignedBytes(value);
    const [start, stop, step, count] = sliceIndices(index, b.len);
    if (step === 1) {
      b.splice(start, stop < start ? start : stop, src);
      return;
    }
    if (src.length !== count) raiseValueError(`attempt to assign bytes of size ${src.length} to extended slice of size ${count}`);
    for (let k = 0, j = start; k < count; k++, j += step) b.buf[j] = src[k];
    return;
  }
  const i = bytesIndex(b.data(), index, 'bytearray');
  b.buf[i] = byteValue(value);
}

function delItemBA(self: Obj, index: Obj): void {
  const b = ba(self);
  if (index instanceof PySlice) {
    const [start, stop, step, count] = sliceIndices(index, b.len);
    if (step === 1) {
      if (stop > start) b.splice(start, stop, new Uint8Array(0));
      return;
    }
    const drop = new Set<number>();
    for (let k = 0, j = start; k < count; k++, j += step) drop.add(j);
    let w = 0;
    for (let r = 0; r < b.len; r++) if (!drop.has(r)) b.buf[w++] = b.buf[r];
    b.len = w;
    return;
  }
  const i = bytesIndex(b.data(), index, 'bytearray');
  b.splice(i, i + 1, new Uint8Array(0));
}

bytearray_type.makeNew = (type: PyType, args: Obj[], kw: KwArgs) => new PyByteArray(bytesArgs(args, kw), type);
bytearray_type.repr = (self) => 'bytearray(' + bytesRepr(ba(self).data()) + ')';
bytearray_type.len = (self) => ba(self).len;
bytearray_type.buffer = (self) => ba(self).data();
bytearray_type.hash = (self) => raiseTypeError(`unsupported type for __hash__: '${typeName(self)}'`);
bytearray_type.getIter = (self) => new BytesIter(self);
bytearray_type.getItem = (self, index) => {
  const d = ba(self).data();
  if (index instanceof PySlice) return new PyByteArray(bytesSlice(d, index));
  return d[bytesIndex(d, index, 'bytearray')];
};
bytearray_type.setItem = setItemBA;
bytearray_type.delItem = delItemBA;
bytearray_type.binaryOp = (op, lhs, rhs) => {
  const b = ba(lhs);
  switch (op) {
    case BinaryOp.INPLACE_ADD: {
      const d = getBuffer(rhs);
      if (d === null) return undefined;
      b.appendAll(d);
      return b;
    }
    case BinaryOp.INPLACE_MULTIPLY: {
      if (typeof rhs !== 'number' && typeof rhs !== 'boolean') return undefined;
      const n = typeof rhs === 'boolean' ? (rhs ? 1 : 0) : rhs;
      const d = b.data().slice();
      b.len = 0;
      for (let i = 0; i < n; i++) b.appendAll(d);
      return b;
    }
    case BinaryOp.MODULO:
      return new PyByteArray(bytesFromBin(bytesModFormat(binFromBytes(b.data()), rhs)));
  }
  return bytesLikeBinaryOp(op, b.data(), rhs, (x) => new PyByteArray(x));
};

const BYTEARRAY_KIND: StrKind = {
  bytes: true,
  name: 'bytes',
  self: (o) => binFromBytes(ba(o).data()),
  arg: (o) => binFromBytes(bufferArg(o)),
  wrap: (s) => new PyByteArray(bytesFromBin(s)),
  isSpace: asciiSpace,
};

addStrMethods(bytearray_type, BYTEARRAY_KIND);
bytearray_type.locals.set('hex', bytes_hex);
bytearray_type.locals.set('fromhex', bytes_fromhex);
bytearray_type.locals.set('decode', bytes_decode);
bytearray_type.locals.set(
  'append',
  new PyBuiltin('append', (args) => {
    if (args.length !== 2) raiseTypeError(`function takes 2 positional arguments but ${args.length} were given`);
    ba(args[0]).append(byteValue(args[1]));
    return None;
  }),
);
bytearray_type.locals.set(
  'extend',
  new PyBuiltin('extend', (args) => {
    if (args.length !== 2) raiseTypeError(`function takes 2 positional arguments but ${args.length} were given`);
    const b = ba(args[0]);
    const d = getBuffer(args[1]);
    b.appendAll(d !== null ? d : assignedBytes(args[1]));
    return None;
  }),
);

// ---- memoryview ----

export const memoryview_type: PyType = new PyType({ name: 'memoryview' });

export class PyMemoryView implements PyObject {
  type: PyType = memoryview_type;
  constructor(
    /** The object whose buffer this views. */
    readonly obj: Obj,
    readonly start: number,
    readonly length: number,
    readonly readonly: boolean,
  ) {}
  /** The viewed bytes now (clamped if the underlying object shrank). */
  data(): Uint8Array {
    const o = this.obj;
    const all = o instanceof PyBytes ? o.data : o instanceof PyByteArray ? o.data() : typeOf(o).buffer!(o)!;
    const s = this.start < all.length ? this.start : all.length;
    const e = this.start + this.length < all.length ? this.start + this.length : all.length;
    return all.subarray(s, e);
  }
}

function mv(o: Obj): PyMemoryView {
  if (o instanceof PyMemoryView) return o;
  return raiseTypeError(`descriptor requires a 'memoryview' object`);
}

export function newMemoryView(obj: Obj): PyMemoryView {
  if (obj instanceof PyMemoryView) return new PyMemoryView(obj.obj, obj.start, obj.length, obj.readonly);
  const d = getBuffer(obj);
  if (d === null) return raiseTypeError('object with buffer protocol required');
  return new PyMemoryView(obj, 0, d.length, !(obj instanceof PyByteArray));
}

memoryview_type.makeNew = (_type, args, kw) => {
  if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
  if (args.length !== 1) raiseTypeError(`function takes 1 positional arguments but ${args.length} were given`);
  return newMemoryView(args[0]);
};
memoryview_type.repr = (self) => `<memory at 0x${id(self).toString(16)}>`;
memoryview_type.len = (self) => mv(self).data().length;
memoryview_type.buffer = (self) => mv(self).data();
memoryview_type.hash = (self) => raiseTypeError(`unsupported type for __hash__: '${typeName(self)}'`);
memoryview_type.getIter = (self) => new BytesIter(self);
memoryview_type.getItem = (self, index) => {
  const m = mv(self);
  const d = m.data();
  if (index instanceof PySlice) {
    const [start, stop, step] = sliceIndices(index, d.length);
    if (step !== 1) raiseNotImplemented('only slices with step=1 (aka None) are supported');
    return new PyMemoryView(m.obj, m.start + start, stop > start ? stop - start : 0, m.readonly);
  }
  return d[mvIndex(d, index)];
};

function mvIndex(d: Uint8Array, index: Obj): number {
  let i = toIndex(index, 'memoryview');
  if (i < 0) i += d.length;
  if (i < 0 || i >= d.length) raiseIndexError('memoryview index out of range');
  return i;
}

memoryview_type.setItem = (self, index, value) => {
  const m = mv(self);
  if (m.readonly) raiseTypeError('cannot modify read-only memory');
  const d = m.data();
  if (index instanceof PySlice) {
    const [start, stop, step, count] = sliceIndices(index, d.length);
    if (step !== 1) raiseNotImplemented('only slices with step=1 (aka None) are supported');
    const src = bufferArg(value);
    if (src.length !== count || stop < start) raiseValueError('memoryview assignment: lvalue and rvalue have different structures');
    d.set(src, start);
    return;
  }
  d[mvIndex(d, index)] = byteValue(value);
};
memoryview_type.binaryOp = (op, lhs, rhs) => {
  if (op === BinaryOp.EQUAL || op === BinaryOp.NOT_EQUAL) return bytesLikeBinaryOp(op, mv(lhs).data(), rhs, (x) => new PyBytes(x));
  return undefined;
};
memoryview_type.getAttr = (self, name) => {
  const m = mv(self);
  switch (name) {
    case 'readonly':
      return m.readonly;
    case 'nbytes':
      return m.data().length;
    case 'itemsize':
      return 1;
    case 'obj':
      return m.obj;
  }
  return undefined;
};
memoryview_type.locals.set('hex', bytes_hex);
memoryview_type.locals.set(
  'tobytes',
  new PyBuiltin('tobytes', (args) => {
    if (args.length !== 1) raiseTypeError(`function takes 1 positional arguments but ${args.length} were given`);
    return new PyBytes(mv(args[0]).data().slice());
  }),
);
memoryview_type.locals.set(
  'tolist',
  new PyBuiltin('tolist', (args) => {
    if (args.length !== 1) raiseTypeError(`function takes 1 positional arguments but ${args.length} were given`);
    return new PyList(Array.from(mv(args[0]).data()));
  }),
);

