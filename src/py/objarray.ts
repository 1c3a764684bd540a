// bytearray, memoryview and array.array (MicroPython py/objarray.c).
// A bytearray is a growable Uint8Array (capacity doubles); an array is a growable JS typed array
// chosen by its typecode (arraycodes.ts); a memoryview is a window (start, length in bytes, and a
// typecode) onto the buffer of another object, read through its buffer slot on every access so it
// never sees a stale array after the bytearray or array grows.
import { type Obj, type PyObject, type KwArgs, PyType, BinaryOp, None } from './obj.js';
import {
  raiseTypeError,
  raiseValueError,
  raiseIndexError,
  raiseNotImplemented,
  newException,
  NotImplementedError,
  MemoryError,
  raise,
} from './objexcept.js';
import { PyBuiltin } from './objfun.js';
import { typeOf, typeName, id, toIndex, toInt, repr, getIter, iterNext, len as objLen } from './runtime.js';
import { PySlice, sliceIndices } from './objslice.js';
import { PyList } from './objlist.js';
import { PyTuple, MAX_SEQ_ITEMS } from './objtuple.js';

/** Bytes a growing bytearray or array may hold: MemoryError beyond, as bytes(n) (objbytes.ts). */
const MAX_BUFFER_BYTES = 0x7fffffff;
import { PyFloat } from './objfloat.js';
import { type StrKind, addStrMethods } from './objstrmethods.js';
import {
  PyBytes,
  BytesIter,
  getBuffer,
  bytesCompare,
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
import {
  type TypeCode,
  type ItemArray,
  ItemKind,
  BYTE_CODE,
  typeCodeOf,
  getItemValue,
  setItemValue,
  readItem,
  writeItem,
} from './arraycodes.js';

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
    if (n > MAX_BUFFER_BYTES) raise(MemoryError, 'memory allocation failed'); // e.g. bytearray.extend(endless)
    let cap = this.buf.length < 8 ? 8 : this.buf.length * 2;
    if (cap > MAX_BUFFER_BYTES) cap = MAX_BUFFER_BYTES;
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
  if ((o instanceof PyArray || o instanceof PyMemoryView) && o.tc.size !== 1) raiseValueError('lhs and rhs should be compatible');
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
  if (op <= BinaryOp.NOT_EQUAL && (rhs instanceof PyArray || rhs instanceof PyMemoryView)) return bufferCompare(op, b.data(), BYTE_CODE, rhs);
  return bytesLikeBinaryOp(op, b.data(), rhs, (x) => new PyByteArray(x));
};

const BYTEARRAY_KIND: StrKind = {
  bytes: true,
  name: 'bytes',
  self: (o) => binFromBytes(ba(o).data()),
  // find/count/index also take a byte value, as CPython's bytearray does
  arg: (o) => (typeof o === 'number' ? String.fromCharCode(byteValue(o)) : binFromBytes(bufferArg(o))),
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

// ---- comparisons shared by array, bytearray and memoryview ----

/** The typecode of a buffer object's items: its own for arrays and memoryviews, else bytes. */
export function bufferTypeCode(o: Obj): TypeCode {
  if (o instanceof PyArray || o instanceof PyMemoryView) return o.tc;
  return BYTE_CODE;
}

/**
 * ==, != and ordering between buffers (MicroPython array_binary_op): only layouts that agree
 * compare: the same typecode up to signedness for equality, the same unsigned typecode for
 * ordering, never floats (nan is not equal to itself); anything else is NotImplementedError.
 * A right side without the buffer protocol compares False.
 */
export function bufferCompare(op: number, l: Uint8Array, lt: TypeCode, rhs: Obj): boolean {
  const r = getBuffer(rhs);
  if (r === null) return op === BinaryOp.NOT_EQUAL;
  const rt = bufferTypeCode(rhs);
  const isEq = op === BinaryOp.EQUAL || op === BinaryOp.NOT_EQUAL;
  const unsigned = lt.code !== lt.cmp || rt.code !== rt.cmp;
  if (lt.cmp !== rt.cmp || lt.kind === ItemKind.FLOAT || !(isEq || unsigned)) throw newException(NotImplementedError);
  if (isEq) {
    const same = l.length === r.length && bytesCompare(l, r) === 0;
    return same === (op === BinaryOp.EQUAL);
  }
  // Numeric order, item by item (for bytes the same as byte order).
  let c = 0;
  if (lt.size === 1) c = bytesCompare(l, r);
  else {
    const nl = (l.length / lt.size) | 0;
    const nr = (r.length / lt.size) | 0;
    const n = nl < nr ? nl : nr;
    for (let i = 0; i < n && c === 0; i++) {
      const a = readItem(lt, l, i) as number | bigint;
      const b = readItem(lt, r, i) as number | bigint;
      c = a < b ? -1 : a > b ? 1 : 0;
    }
    if (c === 0) c = nl - nr;
  }
  switch (op) {
    case BinaryOp.LESS:
      return c < 0;
    case BinaryOp.MORE:
      return c > 0;
    case BinaryOp.LESS_EQUAL:
      return c <= 0;
    default:
      return c >= 0;
  }
}

// ---- memoryview ----

export const memoryview_type: PyType = new PyType({ name: 'memoryview' });

export class PyMemoryView implements PyObject {
  type: PyType = memoryview_type;
  constructor(
    /** The object whose buffer this views. */
    readonly obj: Obj,
    /** Offset and length in bytes. */
    readonly start: number,
    readonly length: number,
    readonly readonly: boolean,
    /** The item typecode (that of the viewed array; bytes otherwise). */
    readonly tc: TypeCode = BYTE_CODE,
  ) {}
  /** The viewed bytes now (clamped if the underlying object shrank). */
  data(): Uint8Array {
    const o = this.obj;
    const all = o instanceof PyBytes ? o.data : o instanceof PyByteArray ? o.data() : typeOf(o).buffer!(o)!;
    const s = this.start < all.length ? this.start : all.length;
    const e = this.start + this.length < all.length ? this.start + this.length : all.length;
    return all.subarray(s, e);
  }
  /** Length in items. */
  count(): number {
    const n = this.data().length;
    return this.tc.size === 1 ? n : (n / this.tc.size) | 0;
  }
}

function mv(o: Obj): PyMemoryView {
  if (o instanceof PyMemoryView) return o;
  return raiseTypeError(`descriptor requires a 'memoryview' object`);
}

export function newMemoryView(obj: Obj): PyMemoryView {
  if (obj instanceof PyMemoryView) return new PyMemoryView(obj.obj, obj.start, obj.length, obj.readonly, obj.tc);
  const d = getBuffer(obj);
  if (d === null) return raiseTypeError('object with buffer protocol required');
  if (obj instanceof PyArray) return new PyMemoryView(obj, 0, d.length, false, obj.tc);
  return new PyMemoryView(obj, 0, d.length, !(obj instanceof PyByteArray));
}

memoryview_type.makeNew = (_type, args, kw) => {
  if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
  if (args.length !== 1) raiseTypeError(`function takes 1 positional arguments but ${args.length} were given`);
  return newMemoryView(args[0]);
};
memoryview_type.repr = (self) => `<memory at 0x${id(self).toString(16)}>`;
memoryview_type.len = (self) => mv(self).count();
memoryview_type.buffer = (self) => mv(self).data();
memoryview_type.hash = (self) => raiseTypeError(`unsupported type for __hash__: '${typeName(self)}'`);
memoryview_type.getIter = (self) => new ArrayIter(self);
memoryview_type.getItem = (self, index) => {
  const m = mv(self);
  const sz = m.tc.size;
  if (index instanceof PySlice) {
    const [start, , step, count] = sliceIndices(index, m.count());
    if (step !== 1) raiseNotImplemented('only slices with step=1 (aka None) are supported');
    return new PyMemoryView(m.obj, m.start + start * sz, count * sz, m.readonly, m.tc);
  }
  const d = m.data();
  const i = seqIndex(index, sz === 1 ? d.length : (d.length / sz) | 0, 'memoryview');
  return sz === 1 && !m.tc.signed ? d[i] : readItem(m.tc, d, i);
};

/** A normalised item index, with MicroPython's messages. */
function seqIndex(index: Obj, n: number, name: string): number {
  let i = toIndex(index, name);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raiseIndexError(`${name} index out of range`);
  return i;
}

/**
 * The bytes on the right of `x[a:b] = v` for an array or memoryview x of typecode t
 * (MicroPython array_subscr): an array, bytearray or memoryview of the same item size, or bytes
 * when the items are bytes.
 */
function sliceSource(t: TypeCode, v: Obj): Uint8Array {
  if (v instanceof PyArray || v instanceof PyByteArray || v instanceof PyMemoryView) {
    const vt = bufferTypeCode(v);
    if (vt.size !== t.size) raiseValueError('lhs and rhs should be compatible');
    return getBuffer(v)!;
  }
  if (v instanceof PyBytes) {
    if (t.size !== 1) raiseValueError('lhs and rhs should be compatible');
    return v.data;
  }
  return raiseNotImplemented('array/bytes required on right side');
}

memoryview_type.setItem = (self, index, value) => {
  const m = mv(self);
  if (m.readonly) raiseTypeError("'memoryview' object doesn't support item assignment");
  const sz = m.tc.size;
  const d = m.data();
  const n = sz === 1 ? d.length : (d.length / sz) | 0;
  if (index instanceof PySlice) {
    const [start, , step, count] = sliceIndices(index, n);
    if (step !== 1) raiseNotImplemented('only slices with step=1 (aka None) are supported');
    const src = sliceSource(m.tc, value);
    if (src.length !== count * sz) raiseValueError('lhs and rhs should be compatible');
    d.set(src, start * sz); // TypedArray.set copies first when both share a buffer
    return;
  }
  writeItem(m.tc, d, seqIndex(index, n, 'memoryview'), value);
};
memoryview_type.binaryOp = (op, lhs, rhs) => {
  if (op <= BinaryOp.NOT_EQUAL) {
    const m = mv(lhs);
    return bufferCompare(op, m.data(), m.tc, rhs);
  }
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
      return m.tc.size;
    case 'format':
      return m.tc.code;
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
    const m = mv(args[0]);
    const d = m.data();
    const n = m.count();
    const out: Obj[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = readItem(m.tc, d, i);
    return new PyList(out);
  }),
);

// ---- array.array ----

export const array_type: PyType = new PyType({ name: 'array', module: 'array', baseType: true });

export class PyArray implements PyObject {
  type: PyType;
  readonly tc: TypeCode;
  /** Storage bytes (capacity); items [0, len) are the contents. */
  bytes: Uint8Array;
  /** The same storage as typed items. */
  items: ItemArray;
  /** The objects of an 'O' array (bytes/items then hold zeros). */
  objs: Obj[];
  len: number;
  constructor(tc: TypeCode, n: number, type: PyType = array_type) {
    this.type = type;
    this.tc = tc;
    const ab = new ArrayBuffer(n * tc.size);
    this.bytes = new Uint8Array(ab);
    this.items = new tc.ctor(ab, 0, n);
    this.objs = tc.kind === ItemKind.OBJ ? new Array<Obj>(n).fill(None) : EMPTY_OBJS;
    this.len = n;
  }
  /** The contents as bytes (a view, valid until the next resize). */
  data(): Uint8Array {
    return this.bytes.subarray(0, this.len * this.tc.size);
  }
  /** Make room for n items in total. */
  reserve(n: number): void {
    const cap = this.items.length;
    if (n <= cap) return;
    const limit = this.tc.kind === ItemKind.OBJ ? MAX_SEQ_ITEMS : Math.floor(MAX_BUFFER_BYTES / this.tc.size);
    if (n > limit) raise(MemoryError, 'memory allocation failed'); // e.g. array('b', endless)
    let c = cap < 8 ? 8 : cap * 2;
    if (c > limit) c = limit;
    if (c < n) c = n;
    const ab = new ArrayBuffer(c * this.tc.size);
    const nb = new Uint8Array(ab);
    nb.set(this.data());
    this.bytes = nb;
    this.items = new this.tc.ctor(ab, 0, c);
  }
  get(i: number): Obj {
    return this.tc.kind === ItemKind.OBJ ? this.objs[i] : getItemValue(this.tc, this.items, i);
  }
  set(i: number, v: Obj): void {
    if (this.tc.kind === ItemKind.OBJ) this.objs[i] = v;
    else setItemValue(this.tc, this.items, i, v);
  }
  append(v: Obj): void {
    // one item at a time (from an iterator, maybe endless): the same cap as a list's
    if (this.len >= MAX_SEQ_ITEMS) raise(MemoryError, 'memory allocation failed');
    if (this.tc.kind === ItemKind.OBJ) {
      this.objs.push(v);
      this.reserve(this.len + 1);
      this.len++;
      return;
    }
    this.reserve(this.len + 1);
    setItemValue(this.tc, this.items, this.len, v); // raises before the length changes
    this.len++;
  }
  /** Append the whole items held in the bytes d (a trailing partial item is dropped). */
  appendBytes(d: Uint8Array): void {
    const sz = this.tc.size;
    const n = sz === 1 ? d.length : (d.length / sz) | 0;
    const copy = d.buffer === this.bytes.buffer ? d.slice() : d; // a.extend(a)
    this.reserve(this.len + n);
    this.bytes.set(n * sz === copy.length ? copy : copy.subarray(0, n * sz), this.len * sz);
    if (this.tc.kind === ItemKind.OBJ) for (let i = 0; i < n; i++) this.objs.push(None);
    this.len += n;
  }
  /** Replace items [start, stop) by the items in the bytes d. */
  splice(start: number, stop: number, d: Uint8Array): void {
    const sz = this.tc.size;
    const copy = d.buffer === this.bytes.buffer ? d.slice() : d;
    const n = (copy.length / sz) | 0;
    const tail = this.bytes.slice(stop * sz, this.len * sz);
    const total = start + n + (this.len - stop);
    this.reserve(total);
    this.bytes.set(copy.subarray(0, n * sz), start * sz);
    this.bytes.set(tail, (start + n) * sz);
    this.len = total;
  }
}

const EMPTY_OBJS: Obj[] = [];

function arr(o: Obj): PyArray {
  if (o instanceof PyArray) return o;
  return raiseTypeError(`descriptor requires a 'array' object`);
}

/** Add the items of any iterable (array_extend_impl). */
function extendFromIterable(a: PyArray, src: Obj): void {
  if (src instanceof PyList || src instanceof PyTuple) {
    const items = src.items;
    for (let i = 0; i < items.length; i++) a.append(items[i]);
    return;
  }
  const it = getIter(src);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) a.append(x);
}

/** array(typecode, initializer): raw bytes from bytes/bytearray, else the items of an iterable. */
function arrayConstruct(tc: TypeCode, init: Obj, type: PyType): PyArray {
  if (init instanceof PyBytes || init instanceof PyByteArray) {
    const a = new PyArray(tc, 0, type);
    a.appendBytes(init instanceof PyBytes ? init.data : init.data());
    return a;
  }
  const a = new PyArray(tc, 0, type);
  if (typeof init === 'number' || typeof init === 'bigint' || typeof init === 'boolean' || init === None) {
    raiseTypeError(`'${typeName(init)}' object isn't iterable`);
  }
  if (init instanceof PyArray || init instanceof PyMemoryView) a.reserve(objLen(init));
  extendFromIterable(a, init);
  return a;
}

array_type.makeNew = (type, args, kw) => {
  if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
  if (args.length < 1) raiseTypeError('function missing 1 required positional arguments');
  if (args.length > 2) raiseTypeError(`function expected at most 2 arguments, got ${args.length}`);
  const tc = typeCodeOf(args[0]);
  if (args.length === 1) return new PyArray(tc, 0, type);
  return arrayConstruct(tc, args[1], type);
};

array_type.repr = (self) => {
  const a = arr(self);
  if (a.len === 0) return `array('${a.tc.code}')`;
  let s = `array('${a.tc.code}', [`;
  const ints = a.tc.kind === ItemKind.INT;
  for (let i = 0; i < a.len; i++) {
    if (i > 0) s += ', ';
    s += ints ? String(a.items[i]) : repr(a.get(i));
  }
  return s + '])';
};
array_type.len = (self) => arr(self).len;
array_type.bool = (self) => arr(self).len !== 0;
array_type.hash = (self) => raiseTypeError(`unsupported type for __hash__: '${typeName(self)}'`);
array_type.buffer = (self) => {
  const a = arr(self);
  return a.data();
};
array_type.getIter = (self) => new ArrayIter(self);
array_type.getItem = (self, index) => {
  const a = arr(self);
  if (typeof index === 'number' && index >= 0 && index < a.len && a.tc.kind === ItemKind.INT) return a.items[index] as number;
  if (index instanceof PySlice) {
    const [start, , step, count] = sliceIndices(index, a.len);
    if (step !== 1) raiseNotImplemented('only slices with step=1 (aka None) are supported');
    const r = new PyArray(a.tc, count);
    const sz = a.tc.size;
    r.bytes.set(a.bytes.subarray(start * sz, (start + count) * sz));
    if (a.tc.kind === ItemKind.OBJ) for (let i = 0; i < count; i++) r.objs[i] = a.objs[start + i];
    return r;
  }
  return a.get(seqIndex(index, a.len, 'array'));
};
array_type.setItem = (self, index, value) => {
  const a = arr(self);
  if (index instanceof PySlice) {
    const [start, stop, step] = sliceIndices(index, a.len);
    if (step !== 1) raiseNotImplemented('only slices with step=1 (aka None) are supported');
    const end = stop < start ? start : stop;
    if (a.tc.kind === ItemKind.OBJ) {
      const src = value instanceof PyArray && value.tc.kind === ItemKind.OBJ ? value.objs.slice(0, value.len) : null;
      const bytes = sliceSource(a.tc, value);
      a.splice(start, end, bytes);
      a.objs.splice(start, end - start, ...(src ?? new Array<Obj>((bytes.length / 8) | 0).fill(None)));
      return;
    }
    a.splice(start, end, sliceSource(a.tc, value));
    return;
  }
  a.set(seqIndex(index, a.len, 'array'), value);
};
array_type.binaryOp = (op, lhs, rhs) => {
  const a = arr(lhs);
  switch (op) {
    case BinaryOp.ADD: {
      // Anything with the buffer protocol may be added (an extension to CPython).
      const d = getBuffer(rhs);
      if (d === null) return raiseTypeError('object with buffer protocol required');
      const r = new PyArray(a.tc, 0);
      r.appendBytes(a.data());
      if (a.tc.kind === ItemKind.OBJ) r.objs = a.objs.slice(0, a.len);
      r.appendBytes(d);
      return r;
    }
    case BinaryOp.INPLACE_ADD:
      arrayExtend(a, rhs);
      return a;
    case BinaryOp.CONTAINS: {
      // Only a bytearray searches for a sub-sequence; an array holds no buffer, and MicroPython
      // does not look for a number in an array.
      if (getBuffer(rhs) !== null) return false;
      if (typeof rhs === 'number' || typeof rhs === 'bigint' || typeof rhs === 'boolean' || rhs instanceof PyFloat) {
        throw newException(NotImplementedError);
      }
      return false;
    }
  }
  if (op <= BinaryOp.NOT_EQUAL) {
    // Equality only with another array or a bytearray/memoryview (whose types check other
    // types in MicroPython); bytes, lists and the rest are never equal to an array.
    if ((op === BinaryOp.EQUAL || op === BinaryOp.NOT_EQUAL) && !(rhs instanceof PyArray || rhs instanceof PyByteArray || rhs instanceof PyMemoryView)) {
      return op === BinaryOp.NOT_EQUAL;
    }
    if (a.tc.kind === ItemKind.OBJ && rhs instanceof PyArray && rhs.tc.kind === ItemKind.OBJ && (op === BinaryOp.EQUAL || op === BinaryOp.NOT_EQUAL)) {
      let same = a.len === rhs.len;
      for (let i = 0; same && i < a.len; i++) same = a.objs[i] === rhs.objs[i];
      return same === (op === BinaryOp.EQUAL);
    }
    return bufferCompare(op, a.data(), a.tc, rhs);
  }
  return undefined;
};

/** a.extend(x) and a += x: the raw items of a buffer, else the items of an iterable. */
function arrayExtend(a: PyArray, src: Obj): void {
  const d = getBuffer(src);
  if (d !== null) a.appendBytes(d);
  else extendFromIterable(a, src);
}

array_type.locals.set(
  'append',
  new PyBuiltin('append', (args, kw) => {
    if (args.length !== 2 || (kw !== null && kw.size > 0)) checkArgs2(args, kw);
    arr(args[0]).append(args[1]);
    return None;
  }),
);
array_type.locals.set(
  'extend',
  new PyBuiltin('extend', (args, kw) => {
    if (args.length !== 2 || (kw !== null && kw.size > 0)) checkArgs2(args, kw);
    arrayExtend(arr(args[0]), args[1]);
    return None;
  }),
);

function checkArgs2(args: Obj[], kw: KwArgs): void {
  if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
  raiseTypeError(`function takes 2 positional arguments but ${args.length} were given`);
}

// ---- iteration over array and memoryview items ----

export class ArrayIter implements PyObject {
  type: PyType = array_iterator_type;
  i = 0;
  constructor(readonly obj: Obj) {}
}

export const array_iterator_type: PyType = new PyType({
  name: 'iterator',
  getIter: (self) => self,
  iterNext: (self) => {
    const it = self as ArrayIter;
    const o = it.obj;
    if (o instanceof PyArray) {
      if (it.i >= o.len) return undefined;
      return o.get(it.i++);
    }
    const m = o as PyMemoryView;
    const d = m.data();
    const sz = m.tc.size;
    if ((it.i + 1) * sz > d.length) return undefined;
    return sz === 1 && !m.tc.signed ? d[it.i++] : readItem(m.tc, d, it.i++);
  },
});
