// list (MicroPython py/objlist.c). Items are a plain JS array (`items`), which may be replaced
// wholesale (clear, slice assignment), so iterators hold the list, not the array.
import { type Obj, type PyObject, type KwArgs, PyType, None, BinaryOp, UnaryOp } from './obj.js';
import { raiseIndexError, raiseTypeError, raiseValueError } from './objexcept.js';
import { builtin, method } from './objfun.js';
import { binaryOp, call, isTrue, toArray, toIndex, typeName } from './runtime.js';
import { PySlice, sliceIndices, sliceArray } from './objslice.js';
import { PyFloat, float_type } from './objfloat.js';
import { PyRange } from './objrange.js';
import { PyTuple, checkAlloc, reprItems, seqCompare, repeatCount, repeatItems, seqContains, seqCount, seqIndex, seqIndexOf } from './objtuple.js';

export const list_type: PyType = new PyType({
  name: 'list',
  baseType: true,
  makeNew: (type, args, kw) => {
    if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
    if (args.length > 1) raiseTypeError(`function expected at most 1 arguments, got ${args.length}`);
    if (args.length === 0) return new PyList([], type);
    const src = args[0];
    if (src instanceof PyRange) {
      const n = src.length();
      checkAlloc(typeof n === 'bigint' ? Infinity : n);
    }
    return new PyList(toArray(src), type);
  },
  repr: (self) => reprItems(self as PyList, (self as PyList).items, '[', ']'),
  hash: (self) => raiseTypeError(`unsupported type for __hash__: '${typeName(self)}'`),
  len: (self) => (self as PyList).items.length,
  bool: (self) => (self as PyList).items.length !== 0,
  unaryOp: (op, self) => {
    const l = self as PyList;
    switch (op) {
      case UnaryOp.BOOL:
        return l.items.length !== 0;
      case UnaryOp.LEN:
        return l.items.length;
    }
    return undefined;
  },
  binaryOp: (op, a, b) => listBinaryOp(op, a as PyList, b),
  getItem: (self, index) => {
    const items = (self as PyList).items;
    if (typeof index === 'number') {
      const i = index < 0 ? index + items.length : index;
      if (i >= 0 && i < items.length) return items[i];
      return raiseIndexError('list index out of range');
    }
    if (index instanceof PySlice) return new PyList(sliceArray(items, index));
    return items[seqIndexOf(index, items.length, 'list')];
  },
  setItem: (self, index, value) => {
    const l = self as PyList;
    const items = l.items;
    if (typeof index === 'number') {
      const i = index < 0 ? index + items.length : index;
      if (i >= 0 && i < items.length) {
        items[i] = value;
        return;
      }
      raiseIndexError('list index out of range');
    }
    if (index instanceof PySlice) {
      // the source's own array is used as is unless it is this list (l[:] = l)
      const vals = (value instanceof PyList || value instanceof PyTuple) && value !== l ? value.items : toArray(value);
      return setSlice(l, index, vals);
    }
    items[seqIndexOf(index, items.length, 'list')] = value;
  },
  delItem: (self, index) => {
    const l = self as PyList;
    if (index instanceof PySlice) return deleteSlice(l, index);
    const i = seqIndexOf(index, l.items.length, 'list');
    if (i === 0) l.items.shift();
    else l.items.splice(i, 1);
  },
  getIter: (self) => new ListIter(self as PyList),
});

export class PyList implements PyObject {
  type: PyType;
  constructor(
    public items: Obj[],
    type: PyType = list_type,
  ) {
    this.type = type;
  }
}

export function newList(items: Obj[]): PyList {
  return new PyList(items);
}

function listBinaryOp(op: number, l: PyList, b: Obj): Obj | undefined {
  switch (op) {
    case BinaryOp.ADD:
      if (!(b instanceof PyList)) return undefined;
      return new PyList(l.items.concat(b.items));
    case BinaryOp.INPLACE_ADD:
      extend(l, b);
      return l;
    case BinaryOp.MULTIPLY:
    case BinaryOp.REVERSE_MULTIPLY: {
      const n = repeatCount(b, l.items.length);
      if (n === undefined) return undefined;
      return new PyList(repeatItems(l.items, n));
    }
    case BinaryOp.INPLACE_MULTIPLY: {
      const n = repeatCount(b, l.items.length);
      if (n === undefined) return undefined;
      l.items = repeatItems(l.items, n);
      return l;
    }
    case BinaryOp.CONTAINS:
      return seqContains(l.items, b);
    case BinaryOp.LESS:
    case BinaryOp.MORE:
    case BinaryOp.EQUAL:
    case BinaryOp.LESS_EQUAL:
    case BinaryOp.MORE_EQUAL:
    case BinaryOp.NOT_EQUAL:
      if (!(b instanceof PyList)) return undefined;
      return seqCompare(op, l.items, b.items);
  }
  return undefined;
}

/** l[s] = values (values already copied, so l[:] = l is safe). */
function setSlice(l: PyList, s: PySlice, values: Obj[]): void {
  const items = l.items;
  const [start, stop, step, count] = sliceIndices(s, items.length);
  if (step === 1) {
    const n = stop > start ? stop - start : 0;
    const m = values.length;
    if (m === n) {
      for (let i = 0; i < m; i++) items[start + i] = values[i];
    } else if (m < 4096) {
      items.splice(start, n, ...values);
    } else {
      // spreading a large array would overflow the JS argument limit
      l.items = items.slice(0, start).concat(values, items.slice(start + n));
    }
    return;
  }
  if (values.length !== count) {
    raiseValueError(`attempt to assign sequence of size ${values.length} to extended slice of size ${count}`);
  }
  for (let i = 0, j = start; i < count; i++, j += step) items[j] = values[i];
}

function deleteSlice(l: PyList, s: PySlice): void {
  const items = l.items;
  const [start, stop, step, count] = sliceIndices(s, items.length);
  if (step === 1) {
    if (stop > start) items.splice(start, stop - start);
    return;
  }
  if (count === 0) return;
  const drop = new Set<number>();
  for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
  l.items = items.filter((_, i) => !drop.has(i));
}

/** l.extend(iterable) */
export function extend(l: PyList, src: Obj): void {
  if (src instanceof PyList) {
    const add = src.items;
    const items = l.items;
    const n = add.length; // fixed first: l.extend(l) doubles once
    for (let i = 0; i < n; i++) items.push(add[i]);
    return;
  }
  const add = toArray(src);
  const items = l.items;
  for (let i = 0; i < add.length; i++) items.push(add[i]);
}

// ---- iteration ----

/** The list iterator: one object per loop, no allocation per item. */
export class ListIter implements PyObject {
  type: PyType = list_iterator_type;
  i = 0;
  constructor(public readonly list: PyList) {}
}

export const list_iterator_type: PyType = new PyType({
  name: 'iterator',
  getIter: (self) => self,
  iterNext: (self) => {
    const it = self as ListIter;
    const items = it.list.items;
    return it.i < items.length ? items[it.i++] : undefined;
  },
});

// ---- sorting ----

/**
 * Sort items in place, stably, using only Python's `<` (as CPython does). Merge sort with an insertion
 * sort for short runs; an exception from `<` or the key function propagates with items unchanged.
 */
export function sortItems(items: Obj[], key: Obj | null, reverse: boolean): void {
  const n = items.length;
  if (n < 2) return;
  let keys: Obj[] = items;
  if (key !== null) {
    keys = new Array<Obj>(n);
    for (let i = 0; i < n; i++) keys[i] = call(key, [items[i]]);
  }
  // Fast paths (no dispatch per comparison): all ints/floats compare as JS numbers; all strs compare
  // with JS `<` when none holds a surrogate (then UTF-16 order is code point order).
  const kind = keyKind(keys);
  let cmpKeys: Obj[] | number[] = keys;
  if (kind === KeyKind.NUMERIC) {
    const nums = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      nums[i] = typeof k === 'number' ? k : (k as PyFloat).value;
    }
    cmpKeys = nums;
  }
  // Reverse via sorting with the flipped comparison while keeping equal elements in order (stable).
  let lt: (a: Obj, b: Obj) => boolean;
  if (kind !== KeyKind.GENERIC) {
    lt = reverse ? (a, b) => b < a : (a, b) => a < b;
  } else {
    lt = reverse ? (a, b) => isTrue(binaryOp(BinaryOp.LESS, b, a)) : (a, b) => isTrue(binaryOp(BinaryOp.LESS, a, b));
    // Already strictly ascending? (cheap: random input stops after a pair or two). It also makes the
    // first comparison keys[0] < keys[1], the operand order of MicroPython's errors for mixed types.
    let i = 1;
    while (i < n && isTrue(binaryOp(BinaryOp.LESS, keys[i - 1], keys[i]))) i++;
    if (i === n) {
      if (reverse) items.reverse(); // no equal keys, so reversing is the stable descending order
      return;
    }
  }
  // sort an index permutation by key, then apply it
  const idx = new Array<number>(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  const tmp = new Array<number>(n);
  mergeSort(idx, tmp, 0, n, cmpKeys as Obj[], lt);
  const orig = items.slice();
  for (let i = 0; i < n; i++) items[i] = orig[idx[i]];
}

const enum KeyKind {
  GENERIC = 0,
  NUMERIC = 1,
  STRING = 2,
}

const SURROGATE = /[\ud800-\udfff]/;

/** Whether all sort keys are ints/floats (NaN-free comparisons as numbers) or all plain strs. */
function keyKind(keys: Obj[]): KeyKind {
  const k0 = keys[0];
  if (typeof k0 === 'string') {
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (typeof k !== 'string' || SURROGATE.test(k)) return KeyKind.GENERIC;
    }
    return KeyKind.STRING;
  }
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (typeof k === 'number') continue;
    if (typeof k === 'object' && (k as PyObject).type === float_type) continue;
    return KeyKind.GENERIC;
  }
  return KeyKind.NUMERIC;
}

function mergeSort(a: number[], tmp: number[], lo: number, hi: number, keys: Obj[], lt: (a: Obj, b: Obj) => boolean): void {
  if (hi - lo <= 12) {
    for (let i = lo + 1; i < hi; i++) {
      const v = a[i];
      const kv = keys[v];
      let j = i - 1;
      while (j >= lo && lt(kv, keys[a[j]])) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = v;
    }
    return;
  }
  const mid = (lo + hi) >>> 1;
  mergeSort(a, tmp, lo, mid, keys, lt);
  mergeSort(a, tmp, mid, hi, keys, lt);
  if (!lt(keys[a[mid]], keys[a[mid - 1]])) return; // already in order
  for (let i = lo; i < hi; i++) tmp[i] = a[i];
  let i = lo;
  let j = mid;
  let k = lo;
  while (i < mid && j < hi) {
    if (lt(keys[tmp[j]], keys[tmp[i]])) a[k++] = tmp[j++];
    else a[k++] = tmp[i++];
  }
  while (i < mid) a[k++] = tmp[i++];
  while (j < hi) a[k++] = tmp[j++];
}

/** The key= and reverse= keywords of sort() / sorted(). */
export function sortKwargs(kw: KwArgs): [Obj | null, boolean] {
  let key: Obj | null = null;
  let reverse = false;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'key') key = v === None ? null : v;
      else if (k === 'reverse') reverse = isTrue(v);
      else raiseTypeError(`unexpected keyword argument '${k}'`);
    }
  }
  return [key, reverse];
}

// ---- methods ----

function self(o: Obj): PyList {
  if (!(o instanceof PyList)) raiseTypeError(`descriptor requires a 'list' object but received a '${typeName(o)}'`);
  return o;
}

const L = list_type.locals;
L.set('append', method('append', 2, 2, (args) => {
  self(args[0]).items.push(args[1]);
  return None;
}));
L.set('extend', method('extend', 2, 2, (args) => {
  extend(self(args[0]), args[1]);
  return None;
}));
L.set('insert', method('insert', 3, 3, (args) => {
  const items = self(args[0]).items;
  let i = toIndex(args[1], 'list');
  if (i < 0) {
    i += items.length;
    if (i < 0) i = 0;
  } else if (i > items.length) i = items.length;
  items.splice(i, 0, args[2]);
  return None;
}));
L.set('pop', method('pop', 1, 2, (args) => {
  const items = self(args[0]).items;
  if (items.length === 0) raiseIndexError('pop from empty list');
  if (args.length === 1) return items.pop()!;
  const i = seqIndexOf(args[1], items.length, 'list');
  if (i === items.length - 1) return items.pop()!;
  return items.splice(i, 1)[0];
}));
L.set('remove', method('remove', 2, 2, (args) => {
  const items = self(args[0]).items;
  const i = seqIndex(items, args);
  items.splice(i, 1);
  return None;
}));
L.set('index', method('index', 2, 4, (args) => seqIndex(self(args[0]).items, args)));
L.set('count', method('count', 2, 2, (args) => seqCount(self(args[0]).items, args[1])));
L.set('clear', method('clear', 1, 1, (args) => {
  self(args[0]).items = [];
  return None;
}));
L.set('copy', method('copy', 1, 1, (args) => new PyList(self(args[0]).items.slice())));
L.set('reverse', method('reverse', 1, 1, (args) => {
  self(args[0]).items.reverse();
  return None;
}));
L.set('sort', builtin('sort', (args, kw) => {
  if (args.length !== 1) raiseTypeError(args.length > 1 ? 'extra positional arguments given' : 'function missing 1 required positional arguments');
  const l = self(args[0]);
  const [key, reverse] = sortKwargs(kw);
  sortItems(l.items, key, reverse);
  return None;
}));
