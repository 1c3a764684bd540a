// range (MicroPython py/objrange.c): an immutable arithmetic sequence, with O(1) len, indexing and `in`.
// Bounds are ints (number, or bigint beyond the safe range). Iterating a range whose bounds are all
// numbers uses RangeIter, three numbers and no allocation per step (the VM's FOR_ITER hot path).
import { type Obj, type PyObject, PyType, BinaryOp, UnaryOp } from './obj.js';
import { raiseIndexError, raiseTypeError, raiseValueError, raiseOverflowError } from './objexcept.js';
import { eq, toInt, toIndex } from './runtime.js';
import { normBig } from './objint.js';
import { PySlice, sliceIndices } from './objslice.js';

type Int = number | bigint;

export const range_type: PyType = new PyType({
  name: 'range',
  makeNew: (_type, args, kw) => {
    if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
    const n = args.length;
    if (n === 1) return new PyRange(0, toInt(args[0]), 1);
    if (n === 2) return new PyRange(toInt(args[0]), toInt(args[1]), 1);
    if (n === 3) {
      const step = toInt(args[2]);
      if (step == 0) raiseValueError('zero step');
      return new PyRange(toInt(args[0]), toInt(args[1]), step);
    }
    if (n === 0) return raiseTypeError('function missing 1 required positional arguments');
    return raiseTypeError(`function expected at most 3 arguments, got ${n}`);
  },
  repr: (self) => {
    const r = self as PyRange;
    return r.step == 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
  },
  len: (self) => {
    const n = (self as PyRange).length();
    if (typeof n === 'bigint') return raiseOverflowError('overflow converting long int to machine word');
    return n;
  },
  bool: (self) => (self as PyRange).length() != 0,
  hash: (self) => {
    const r = self as PyRange;
    const n = r.length();
    if (n == 0) return 0x7a11;
    let h = Number(BigInt.asIntN(32, BigInt(n))) ^ 0x2f1;
    h = Math.imul(h, 1000003) ^ Number(BigInt.asIntN(32, BigInt(r.start)));
    if (n != 1) h = Math.imul(h, 1000003) ^ Number(BigInt.asIntN(32, BigInt(r.step)));
    return h | 0;
  },
  unaryOp: (op, self) => {
    const r = self as PyRange;
    switch (op) {
      case UnaryOp.BOOL:
        return r.length() != 0;
      case UnaryOp.LEN:
        return r.length();
    }
    return undefined;
  },
  binaryOp: (op, a, b) => {
    const r = a as PyRange;
    switch (op) {
      case BinaryOp.CONTAINS:
        return rangeContains(r, b);
      case BinaryOp.EQUAL:
      case BinaryOp.NOT_EQUAL: {
        if (!(b instanceof PyRange)) return undefined;
        return rangeEqual(r, b) === (op === BinaryOp.EQUAL);
      }
    }
    return undefined;
  },
  getAttr: (self, name) => {
    const r = self as PyRange;
    switch (name) {
      case 'start':
        return r.start;
      case 'stop':
        return r.stop;
      case 'step':
        return r.step;
    }
    return undefined;
  },
  getItem: (self, index) => {
    const r = self as PyRange;
    if (index instanceof PySlice) return rangeSlice(r, index);
    const len = r.length();
    if (typeof index === 'number' && typeof len === 'number' && typeof r.start === 'number' && typeof r.step === 'number') {
      const i = index < 0 ? index + len : index;
      if (i >= 0 && i < len) return r.start + i * r.step;
      return raiseIndexError('range object index out of range');
    }
    let i: Int;
    if (typeof index === 'bigint') i = index;
    else i = toIndex(index, 'range');
    if (typeof i === 'number' && !Number.isFinite(i)) i = BigInt(toInt(index));
    const bi = BigInt(i) < 0n ? BigInt(i) + BigInt(len) : BigInt(i);
    if (bi < 0n || bi >= BigInt(len)) return raiseIndexError('range object index out of range');
    return normBig(BigInt(r.start) + bi * BigInt(r.step));
  },
  getIter: (self) => {
    const r = self as PyRange;
    const len = r.length();
    if (typeof r.start === 'number' && typeof r.step === 'number' && typeof len === 'number') {
      const end = r.start + len * r.step;
      if (Number.isSafeInteger(end)) return new RangeIter(r.start, end, r.step);
    }
    return new BigRangeIter(BigInt(r.start), BigInt(len), BigInt(r.step));
  },
});

export class PyRange implements PyObject {
  type: PyType = range_type;
  constructor(
    public readonly start: Int,
    public readonly stop: Int,
    public readonly step: Int,
  ) {}

  /** Number of items: a number unless it is huge. */
  length(): Int {
    const { start, stop, step } = this;
    if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
      if (step > 0) return stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0;
      return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
    }
    const a = BigInt(start);
    const b = BigInt(stop);
    const s = BigInt(step);
    if (s > 0n) return normBig(b > a ? (b - a - 1n) / s + 1n : 0n);
    return normBig(a > b ? (a - b - 1n) / -s + 1n : 0n);
  }
}

function rangeContains(r: PyRange, x: Obj): boolean {
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') {
    const v = BigInt(toInt(x));
    const start = BigInt(r.start);
    const stop = BigInt(r.stop);
    const step = BigInt(r.step);
    if (step > 0n ? v < start || v >= stop : v > start || v <= stop) return false;
    return (v - start) % step === 0n;
  }
  // other types (e.g. 2.0) compare by equality, item by item
  const len = r.length();
  if (typeof len !== 'number') return false;
  for (let i = 0; i < len; i++) {
    const item = normBig(BigInt(r.start) + BigInt(i) * BigInt(r.step));
    if (eq(item, x)) return true;
  }
  return false;
}

function rangeEqual(a: PyRange, b: PyRange): boolean {
  const la = a.length();
  if (la != b.length()) return false;
  if (la == 0) return true;
  if (a.start != b.start) return false;
  return la == 1 || a.step == b.step;
}

function rangeSlice(r: PyRange, s: PySlice): PyRange {
  const len = r.length();
  if (typeof len !== 'number') return raiseOverflowError('overflow converting long int to machine word');
  const [start, stop, step] = sliceIndices(s, len);
  const rs = BigInt(r.start);
  const rstep = BigInt(r.step);
  return new PyRange(
    normBig(rs + BigInt(start) * rstep),
    normBig(rs + BigInt(stop) * rstep),
    normBig(rstep * BigInt(step)),
  );
}

/** Iterator over a range of safe integers: cur advances by step until it reaches end (exclusive, exact). */
export class RangeIter implements PyObject {
  type: PyType = range_iterator_type;
  constructor(
    public cur: number,
    public readonly end: number,
    public readonly step: number,
  ) {}
}

export const range_iterator_type: PyType = new PyType({
  name: 'iterator',
  getIter: (self) => self,
  iterNext: (self) => {
    const it = self as RangeIter;
    const v = it.cur;
    if (v === it.end) return undefined;
    it.cur = v + it.step;
    return v;
  },
});

/** Iterator for ranges with big-int bounds. */
export class BigRangeIter implements PyObject {
  type: PyType = big_range_iterator_type;
  constructor(
    public cur: bigint,
    public remaining: bigint,
    public readonly step: bigint,
  ) {}
}

export const big_range_iterator_type: PyType = new PyType({
  name: 'iterator',
  getIter: (self) => self,
  iterNext: (self) => {
    const it = self as BigRangeIter;
    if (it.remaining <= 0n) return undefined;
    const v = it.cur;
    it.cur = v + it.step;
    it.remaining--;
    return normBig(v);
  },
});

/** reversed(range): an iterator from the last item down. */
export function rangeReversedIter(r: PyRange): Obj {
  const len = r.length();
  if (len == 0) return new RangeIter(0, 0, 1);
  const last = normBig(BigInt(r.start) + (BigInt(len) - 1n) * BigInt(r.step));
  const step = normBig(-BigInt(r.step));
  if (typeof last === 'number' && typeof step === 'number' && typeof len === 'number') {
    const end = last + len * step;
    if (Number.isSafeInteger(end)) return new RangeIter(last, end, step);
  }
  return new BigRangeIter(BigInt(last), BigInt(len), BigInt(step));
}
