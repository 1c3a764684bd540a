// slice (MicroPython py/objslice.c): slice(start, stop, step), its attributes and indices(),
// plus sliceIndices(), the one place where str, bytes, list, tuple and range resolve a slice.
import { type Obj, type PyObject, PyType, None, BinaryOp } from './obj.js';
import { raiseValueError, raiseTypeError } from './objexcept.js';
import { method } from './objfun.js';
import { binaryOp, repr, toInt, typeName } from './runtime.js';
import { newTuple } from './objtuple.js';

export const slice_type: PyType = new PyType({
  name: 'slice',
  makeNew: (_type, args, kw) => {
    if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
    const n = args.length;
    if (n === 1) return new PySlice(None, args[0], None);
    if (n === 2) return new PySlice(args[0], args[1], None);
    if (n === 3) return new PySlice(args[0], args[1], args[2]);
    if (n === 0) return raiseTypeError('function missing 1 required positional arguments');
    return raiseTypeError(`function expected at most 3 arguments, got ${n}`);
  },
  repr: (self) => {
    const s = self as PySlice;
    return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
  },
  // Unhashable, as in MicroPython (tests/basics/slice_op.py) and CPython 3.11: so `{}[:] = {}`
  // cannot copy a dict. (CPython 3.12 hashes them, which MicroPython's dict would need for
  // basics/slice_optimise.py; its OrderedDict finds keys without hashing.)
  hash: (self) => raiseTypeError(`unsupported type for __hash__: '${typeName(self)}'`),
  getAttr: (self, name) => {
    const s = self as PySlice;
    switch (name) {
      case 'start':
        return s.start;
      case 'stop':
        return s.stop;
      case 'step':
        return s.step;
    }
    return undefined;
  },
  binaryOp: (op, a, b) => {
    // comparisons are those of the tuples (start, stop, step)
    if (op <= BinaryOp.NOT_EQUAL && b instanceof PySlice) {
      const x = a as PySlice;
      return binaryOp(op, newTuple([x.start, x.stop, x.step]), newTuple([b.start, b.stop, b.step]));
    }
    return undefined;
  },
});

export class PySlice implements PyObject {
  type: PyType = slice_type;
  constructor(
    public readonly start: Obj,
    public readonly stop: Obj,
    public readonly step: Obj,
  ) {}
}

export function newSlice(start: Obj, stop: Obj, step: Obj): PySlice {
  return new PySlice(start, stop, step);
}

/** An int slice bound, clamped into the JS number range (a big int is "very far"). */
function boundValue(o: Obj): number {
  const v = toInt(o);
  if (typeof v === 'bigint') return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return v;
}

/**
 * Resolve a slice against a sequence of the given length (CPython's PySlice_AdjustIndices):
 * [start, stop, step, count] where the selected indices are start, start+step, ... (count of them).
 */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  let step = 1;
  if (s.step !== None) {
    step = boundValue(s.step);
    if (step === 0) raiseValueError("slice step can't be zero");
  }
  let start: number;
  let stop: number;
  if (step > 0) {
    if (s.start === None) start = 0;
    else {
      start = boundValue(s.start);
      if (start < 0) start += length;
      start = start < 0 ? 0 : start > length ? length : start;
    }
    if (s.stop === None) stop = length;
    else {
      stop = boundValue(s.stop);
      if (stop < 0) stop += length;
      stop = stop < 0 ? 0 : stop > length ? length : stop;
    }
    const count = stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return [start, stop, step, count];
  }
  if (s.start === None) start = length - 1;
  else {
    start = boundValue(s.start);
    if (start < 0) start += length;
    start = start < -1 ? -1 : start > length - 1 ? length - 1 : start;
  }
  if (s.stop === None) stop = -1;
  else {
    stop = boundValue(s.stop);
    if (stop < 0) stop += length;
    stop = stop < -1 ? -1 : stop > length - 1 ? length - 1 : stop;
  }
  const count = start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  return [start, stop, step, count];
}

/** The items of arr selected by a slice (a fresh array). */
export function sliceArray<T>(arr: readonly T[], s: PySlice): T[] {
  const [start, stop, step, count] = sliceIndices(s, arr.length);
  if (step === 1) return arr.slice(start, stop);
  const out = new Array<T>(count);
  for (let i = 0, j = start; i < count; i++, j += step) out[i] = arr[j];
  return out;
}

slice_type.locals.set(
  'indices',
  method('indices', 2, 2, (args) => {
    const self = args[0];
    if (!(self instanceof PySlice)) return raiseTypeError(`descriptor requires a 'slice' object but received a '${typeName(self)}'`);
    const len = toInt(args[1]);
    if (typeof len === 'bigint' || len < 0) {
      if (len < 0) raiseValueError('length should not be negative');
    }
    const [start, stop, step] = sliceIndices(self, Number(len));
    return newTuple([start, stop, step]);
  }),
);
