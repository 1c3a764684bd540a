// tuple (MicroPython py/objtuple.c), and the sequence helpers list and tuple share (py/sequence.c):
// lexicographic comparison, repetition, count/index, and the recursion guard for repr.
// Items are a plain JS array, never mutated after creation.
import { type Obj, type PyObject, PyType, BinaryOp, UnaryOp } from './obj.js';
import { raiseIndexError, raiseTypeError, raiseValueError, raise, MemoryError } from './objexcept.js';
import { method } from './objfun.js';
import { eq, binaryOp, isTrue, hash, repr, toArray, toIndex, toInt, typeName } from './runtime.js';
import { PySlice, sliceArray } from './objslice.js';
import { PyRange } from './objrange.js';

// ---- shared sequence helpers ----

/** Objects whose repr is in progress: a container met again prints as [...] / {...} / (...). */
const reprActive = new Set<object>();

/** repr of a container's items between open and close, guarded against self-reference. */
export function reprItems(self: object, items: readonly Obj[], open: string, close: string, single = ''): string {
  if (reprActive.has(self)) return open + '...' + close;
  reprActive.add(self);
  try {
    let s = open;
    for (let i = 0; i < items.length; i++) {
      if (i > 0) s += ', ';
      s += repr(items[i]);
    }
    if (items.length === 1) s += single;
    return s + close;
  } finally {
    reprActive.delete(self);
  }
}

/** Enter/leave a repr of a container (for dict and set, which build their own text). */
export function reprEnter(self: object): boolean {
  if (reprActive.has(self)) return false;
  reprActive.add(self);
  return true;
}
export function reprLeave(self: object): void {
  reprActive.delete(self);
}

/** a <op> b for two item arrays, lexicographically (MicroPython mp_seq_cmp_objs). op is a comparison BinaryOp. */
export function seqCompare(op: number, a: readonly Obj[], b: readonly Obj[]): boolean {
  const la = a.length;
  const lb = b.length;
  if (op === BinaryOp.EQUAL || op === BinaryOp.NOT_EQUAL) {
    let same = la === lb;
    if (same) {
      for (let i = 0; i < la; i++) {
        const x = a[i];
        const y = b[i];
        if (x !== y && !eq(x, y)) {
          same = false;
          break;
        }
      }
    }
    return op === BinaryOp.EQUAL ? same : !same;
  }
  const n = la < lb ? la : lb;
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== y && !eq(x, y)) return isTrue(binaryOp(op, x, y));
  }
  switch (op) {
    case BinaryOp.LESS:
      return la < lb;
    case BinaryOp.LESS_EQUAL:
      return la <= lb;
    case BinaryOp.MORE:
      return la > lb;
    default:
      return la >= lb;
  }
}

/** The repeat count of seq * n: an int (or bool), else undefined (unsupported). */
export function repeatCount(n: Obj, itemCount: number): number | undefined {
  if (typeof n !== 'number' && typeof n !== 'bigint' && typeof n !== 'boolean') return undefined;
  const v = toInt(n);
  if (v <= 0) return 0;
  if (itemCount === 0) return 0;
  if (typeof v === 'bigint') return raise(MemoryError, 'memory allocation failed');
  checkAlloc(v * itemCount);
  return v;
}

/**
 * Items in one sequence beyond which we raise MemoryError rather than let the JS engine die
 * (2^26 slots = 512 MB of pointers; V8 aborts the process, uncatchably, well before its 2^32 limit).
 */
export const MAX_SEQ_ITEMS = 1 << 26;

/** MemoryError, in MicroPython's words, if a sequence of n items is too big to allocate. */
export function checkAlloc(n: number): void {
  if (n > MAX_SEQ_ITEMS) {
    // a size too big to print exactly (e.g. Infinity for a bigint count) is left out of the message
    if (n * 8 > Number.MAX_SAFE_INTEGER) raise(MemoryError, 'memory allocation failed');
    raise(MemoryError, `memory allocation failed, allocating ${n * 8} bytes`);
  }
}

/** items repeated n times. */
export function repeatItems(items: readonly Obj[], n: number): Obj[] {
  const len = items.length;
  const out = new Array<Obj>(len * n);
  for (let r = 0, k = 0; r < n; r++) for (let i = 0; i < len; i++) out[k++] = items[i];
  return out;
}

/** `x in items` for list and tuple: identity first, then ==. */
export function seqContains(items: Obj[], x: Obj): boolean {
  for (let i = 0; i < items.length; i++) if (items[i] === x || eq(items[i], x)) return true;
  return false;
}

export function seqCount(items: readonly Obj[], value: Obj): number {
  let c = 0;
  for (let i = 0; i < items.length; i++) if (items[i] === value || eq(items[i], value)) c++;
  return c;
}

/** index(value[, start[, stop]]) over items (args[0] is self). */
export function seqIndex(items: readonly Obj[], args: Obj[]): number {
  const len = items.length;
  let start = 0;
  let stop = len;
  if (args.length > 2) start = clampBound(args[2], len);
  if (args.length > 3) stop = clampBound(args[3], len);
  const value = args[1];
  for (let i = start; i < stop && i < items.length; i++) if (items[i] === value || eq(items[i], value)) return i;
  return raiseValueError('object not in sequence');
}

function clampBound(o: Obj, len: number): number {
  let v = toIndex(o, 'slice');
  if (v < 0) {
    v += len;
    if (v < 0) v = 0;
  } else if (v > len) v = len;
  return v;
}

/** A normalized index into a sequence of length len, or IndexError "<name> index out of range". */
export function seqIndexOf(index: Obj, len: number, name: string): number {
  let i = toIndex(index, name);
  if (i < 0) i += len;
  if (!(i >= 0 && i < len)) raiseIndexError(`${name} index out of range`);
  return i;
}

/** Hash of a sequence of hashable items (equal tuples hash equal). */
export function hashItems(items: readonly Obj[]): number {
  let h = 0x345678 ^ items.length;
  for (let i = 0; i < items.length; i++) {
    h = Math.imul(h ^ hash(items[i]), 1000003);
    h ^= h >>> 15;
  }
  return h | 0;
}

// ---- tuple ----

export const tuple_type: PyType = new PyType({
  name: 'tuple',
  baseType: true,
  makeNew: (type, args, kw) => {
    if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
    if (args.length > 1) raiseTypeError(`function expected at most 1 arguments, got ${args.length}`);
    if (args.length === 0) return type === tuple_type ? EMPTY_TUPLE : new PyTuple([], type);
    const src = args[0];
    if (src instanceof PyRange) {
      const n = src.length();
      checkAlloc(typeof n === 'bigint' ? Infinity : n);
    }
    if (type === tuple_type) {
      if (src instanceof PyTuple && src.type === tuple_type) return src;
      return newTuple(toArray(src));
    }
    return new PyTuple(toArray(src), type);
  },
  repr: (self) => {
    const t = self as PyTuple;
    return reprItems(t, t.items, '(', ')', ',');
  },
  hash: (self) => hashItems((self as PyTuple).items),
  len: (self) => (self as PyTuple).items.length,
  bool: (self) => (self as PyTuple).items.length !== 0,
  unaryOp: (op, self) => {
    const t = self as PyTuple;
    switch (op) {
      case UnaryOp.BOOL:
        return t.items.length !== 0;
      case UnaryOp.LEN:
        return t.items.length;
      case UnaryOp.HASH:
        return hashItems(t.items);
    }
    return undefined;
  },
  binaryOp: (op, a, b) => {
    const t = a as PyTuple;
    switch (op) {
      case BinaryOp.ADD:
      case BinaryOp.INPLACE_ADD:
        if (!(b instanceof PyTuple)) return undefined;
        if (b.items.length === 0 && t.type === tuple_type) return t;
        return newTuple(t.items.concat(b.items));
      case BinaryOp.MULTIPLY:
      case BinaryOp.INPLACE_MULTIPLY:
      case BinaryOp.REVERSE_MULTIPLY: {
        const n = repeatCount(b, t.items.length);
        if (n === undefined) return undefined;
        if (n === 1 && t.type === tuple_type) return t;
        return newTuple(repeatItems(t.items, n));
      }
      case BinaryOp.CONTAINS:
        return seqContains(t.items, b);
      case BinaryOp.LESS:
      case BinaryOp.MORE:
      case BinaryOp.EQUAL:
      case BinaryOp.LESS_EQUAL:
      case BinaryOp.MORE_EQUAL:
      case BinaryOp.NOT_EQUAL:
        if (!(b instanceof PyTuple)) return undefined;
        return seqCompare(op, t.items, b.items);
    }
    return undefined;
  },
  getItem: (self, index) => {
    const items = (self as PyTuple).items;
    if (typeof index === 'number') {
      const i = index < 0 ? index + items.length : index;
      if (i >= 0 && i < items.length) return items[i];
      return raiseIndexError('tuple index out of range');
    }
    if (index instanceof PySlice) return newTuple(sliceArray(items, index));
    return items[seqIndexOf(index, items.length, 'tuple')];
  },
  getIter: (self) => new TupleIter((self as PyTuple).items),
});

export class PyTuple implements PyObject {
  type: PyType;
  constructor(public readonly items: Obj[], type: PyType = tuple_type) {
    this.type = type;
  }
}

export const EMPTY_TUPLE = new PyTuple([]);

export function newTuple(items: Obj[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}

/** Iterator over a fixed array (tuples; also handy for any JS array of values). */
export class TupleIter implements PyObject {
  type: PyType = tuple_iterator_type;
  i = 0;
  constructor(public readonly items: readonly Obj[]) {}
}

export const tuple_iterator_type: PyType = new PyType({
  name: 'iterator',
  getIter: (self) => self,
  iterNext: (self) => {
    const it = self as TupleIter;
    return it.i < it.items.length ? it.items[it.i++] : undefined;
  },
});

/** The items of a method's self (tuple.count(5, 1) is a TypeError, not a crash). */
function selfItems(o: Obj): readonly Obj[] {
  if (!(o instanceof PyTuple)) raiseTypeError(`descriptor requires a 'tuple' object but received a '${typeName(o)}'`);
  return o.items;
}

tuple_type.locals.set(
  'count',
  method('count', 2, 2, (args) => seqCount(selfItems(args[0]), args[1])),
);
tuple_type.locals.set(
  'index',
  method('index', 2, 4, (args) => seqIndex(selfItems(args[0]), args)),
);
