// set and frozenset (MicroPython py/objset.c). Elements live in a PyDict's key space (values unused),
// so set membership follows dict key rules (1 == 1.0 == True).
import { type Obj, type PyObject, PyType, None, BinaryOp, UnaryOp } from './obj.js';
import { PyDict, keyError } from './objdict.js';
import { newException, KeyError, RuntimeError, raise, raiseTypeError } from './objexcept.js';
import { builtin, method } from './objfun.js';
import { getIter, iterNext, repr, hash, typeName } from './runtime.js';
import { reprEnter, reprLeave } from './objtuple.js';

function setMakeNew(type: PyType, args: Obj[], kw: Map<string, Obj> | null): Obj {
  if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
  if (args.length > 1) raiseTypeError(`function expected at most 1 arguments, got ${args.length}`);
  if (args.length === 1 && type === frozenset_type && args[0] instanceof PySet && args[0].type === frozenset_type) {
    return args[0];
  }
  const s = new PySet(type);
  if (args.length === 1) addAll(s, args[0]);
  return s;
}

export const set_type: PyType = new PyType({
  name: 'set',
  baseType: true,
  makeNew: setMakeNew,
  repr: (self) => setRepr(self as PySet),
  hash: (self) => raiseTypeError(`unsupported type for __hash__: '${typeName(self)}'`),
  len: (self) => (self as PySet).d.map.size,
  bool: (self) => (self as PySet).d.map.size !== 0,
  unaryOp: (op, self) => {
    const s = self as PySet;
    switch (op) {
      case UnaryOp.BOOL:
        return s.d.map.size !== 0;
      case UnaryOp.LEN:
        return s.d.map.size;
    }
    return undefined;
  },
  binaryOp: (op, a, b) => setBinaryOp(op, a as PySet, b),
  getIter: (self) => new SetIter(self as PySet),
});

export const frozenset_type: PyType = new PyType({
  name: 'frozenset',
  baseType: true,
  makeNew: setMakeNew,
  repr: (self) => setRepr(self as PySet),
  hash: (self) => frozensetHash(self as PySet),
  len: (self) => (self as PySet).d.map.size,
  bool: (self) => (self as PySet).d.map.size !== 0,
  unaryOp: (op, self) => {
    const s = self as PySet;
    switch (op) {
      case UnaryOp.BOOL:
        return s.d.map.size !== 0;
      case UnaryOp.LEN:
        return s.d.map.size;
      case UnaryOp.HASH:
        return frozensetHash(s);
    }
    return undefined;
  },
  binaryOp: (op, a, b) => setBinaryOp(op, a as PySet, b),
  getIter: (self) => new SetIter(self as PySet),
});

export class PySet implements PyObject {
  type: PyType;
  /** keys are the elements; every value is true */
  readonly d: PyDict;
  constructor(type: PyType = set_type) {
    this.type = type;
    this.d = new PyDict();
  }
}

export function newSet(items: Obj[]): PySet {
  const s = new PySet(set_type);
  for (let i = 0; i < items.length; i++) s.d.set(items[i], true);
  return s;
}

function isFrozen(s: PySet): boolean {
  return s.type.isSubtypeOf(frozenset_type);
}

function frozensetHash(s: PySet): number {
  // order-independent: a sum of mixed element hashes
  let h = 0x1d0f ^ s.d.map.size;
  for (const k of s.d.keys()) {
    let x = hash(k) | 0;
    x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
    x ^= x >>> 16;
    h = (h + x) | 0;
  }
  return h;
}

function setRepr(s: PySet): string {
  const frozen = isFrozen(s);
  const name = s.type.isUserClass || frozen ? s.type.name : '';
  if (s.d.map.size === 0) return (name || 'set') + '()';
  if (!reprEnter(s)) return name + '(...)';
  try {
    let out = name ? name + '({' : '{';
    let first = true;
    for (const k of s.d.keys()) {
      if (!first) out += ', ';
      first = false;
      out += repr(k);
    }
    return out + (name ? '})' : '}');
  } finally {
    reprLeave(s);
  }
}

// ---- set algebra on PySets ----

function addAll(s: PySet, src: Obj): void {
  if (src instanceof PySet) {
    for (const k of src.d.keys()) s.d.set(k, true);
    return;
  }
  if (src instanceof PyDict) {
    for (const k of src.keys()) s.d.set(k, true);
    return;
  }
  const it = getIter(src);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) s.d.set(x, true);
}

/** Any iterable as a PySet (a PySet itself as is). */
function asSet(o: Obj): PySet {
  if (o instanceof PySet) return o;
  const s = new PySet(set_type);
  addAll(s, o);
  return s;
}

function copyOf(s: PySet, type: PyType = s.type.isUserClass ? (isFrozen(s) ? frozenset_type : set_type) : s.type): PySet {
  const r = new PySet(type);
  for (const k of s.d.keys()) r.d.set(k, true);
  return r;
}

function union(a: PySet, b: PySet, type: PyType): PySet {
  const r = copyOf(a, type);
  for (const k of b.d.keys()) r.d.set(k, true);
  return r;
}

function intersection(a: PySet, b: PySet, type: PyType): PySet {
  const r = new PySet(type);
  for (const k of a.d.keys()) if (b.d.has(k)) r.d.set(k, true);
  return r;
}

function difference(a: PySet, b: PySet, type: PyType): PySet {
  const r = new PySet(type);
  for (const k of a.d.keys()) if (!b.d.has(k)) r.d.set(k, true);
  return r;
}

function symmetricDifference(a: PySet, b: PySet, type: PyType): PySet {
  const r = difference(a, b, type);
  for (const k of b.d.keys()) if (!a.d.has(k)) r.d.set(k, true);
  return r;
}

function isSubset(a: PySet, b: PySet): boolean {
  if (a.d.map.size > b.d.map.size) return false;
  for (const k of a.d.keys()) if (!b.d.has(k)) return false;
  return true;
}

/** Replace a's elements with those of r (in place ops). */
function assign(a: PySet, r: PySet): void {
  a.d.clear();
  for (const k of r.d.keys()) a.d.set(k, true);
}

function resultType(s: PySet): PyType {
  return isFrozen(s) ? frozenset_type : set_type;
}

function setBinaryOp(op: number, a: PySet, b: Obj): Obj | undefined {
  if (op === BinaryOp.CONTAINS) return a.d.has(b);
  if (!(b instanceof PySet)) return undefined;
  const t = resultType(a);
  switch (op) {
    case BinaryOp.OR:
      return union(a, b, t);
    case BinaryOp.AND:
      return intersection(a, b, t);
    case BinaryOp.SUBTRACT:
      return difference(a, b, t);
    case BinaryOp.XOR:
      return symmetricDifference(a, b, t);
    case BinaryOp.INPLACE_OR:
      if (isFrozen(a)) return undefined;
      for (const k of b.d.keys()) a.d.set(k, true);
      return a;
    case BinaryOp.INPLACE_AND:
      if (isFrozen(a)) return undefined;
      assign(a, intersection(a, b, set_type));
      return a;
    case BinaryOp.INPLACE_SUBTRACT:
      if (isFrozen(a)) return undefined;
      if (a === b) a.d.clear();
      else for (const k of b.d.keys()) a.d.delete(k);
      return a;
    case BinaryOp.INPLACE_XOR:
      if (isFrozen(a)) return undefined;
      assign(a, symmetricDifference(a, b, set_type));
      return a;
    case BinaryOp.LESS:
      return a.d.map.size < b.d.map.size && isSubset(a, b);
    case BinaryOp.LESS_EQUAL:
      return isSubset(a, b);
    case BinaryOp.MORE:
      return a.d.map.size > b.d.map.size && isSubset(b, a);
    case BinaryOp.MORE_EQUAL:
      return isSubset(b, a);
    case BinaryOp.EQUAL:
      return a.d.map.size === b.d.map.size && isSubset(a, b);
    case BinaryOp.NOT_EQUAL:
      return !(a.d.map.size === b.d.map.size && isSubset(a, b));
  }
  return undefined;
}

// ---- iteration ----

export class SetIter implements PyObject {
  type: PyType = set_iterator_type;
  readonly version: number;
  readonly it: Iterator<unknown>;
  constructor(public readonly set: PySet) {
    this.version = set.d.version;
    this.it = set.d.map.keys();
  }
}

export const set_iterator_type: PyType = new PyType({
  name: 'iterator',
  getIter: (self) => self,
  iterNext: (self) => {
    const it = self as SetIter;
    const d = it.set.d;
    if (d.version !== it.version) raise(RuntimeError, 'Set changed size during iteration');
    const r = it.it.next();
    return r.done ? undefined : d.keyOf(r.value);
  },
});

// ---- methods ----

function self(o: Obj): PySet {
  if (!(o instanceof PySet)) raiseTypeError(`descriptor requires a 'set' object but received a '${typeName(o)}'`);
  return o;
}

function mutable(o: Obj): PySet {
  const s = self(o);
  if (isFrozen(s)) raiseTypeError(`'frozenset' object has no attribute`);
  return s;
}

/** A method taking self and any number of iterables. */
function varMethod(name: string, fn: (s: PySet, others: Obj[]) => Obj): Obj {
  return builtin(name, (args, kw) => {
    if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
    if (args.length < 1) raiseTypeError('function missing 1 required positional arguments');
    return fn(self(args[0]), args.slice(1));
  });
}

const copy = method('copy', 1, 1, (args) => copyOf(self(args[0])));
const unionM = varMethod('union', (s, others) => {
  const r = copyOf(s, resultType(s));
  for (const o of others) addAll(r, o);
  return r;
});
const intersectionM = varMethod('intersection', (s, others) => {
  let r = copyOf(s, resultType(s));
  for (const o of others) r = intersection(r, asSet(o), resultType(s));
  return r;
});
const differenceM = varMethod('difference', (s, others) => {
  let r = copyOf(s, resultType(s));
  for (const o of others) r = difference(r, asSet(o), resultType(s));
  return r;
});
const symdiffM = method('symmetric_difference', 2, 2, (args) => {
  const s = self(args[0]);
  return symmetricDifference(s, asSet(args[1]), resultType(s));
});
const issubset = method('issubset', 2, 2, (args) => isSubset(self(args[0]), asSet(args[1])));
const issuperset = method('issuperset', 2, 2, (args) => isSubset(asSet(args[1]), self(args[0])));
const isdisjoint = method('isdisjoint', 2, 2, (args) => {
  const s = self(args[0]);
  const o = asSet(args[1]);
  for (const k of o.d.keys()) if (s.d.has(k)) return false;
  return true;
});
const contains = method('__contains__', 2, 2, (args) => self(args[0]).d.has(args[1]));

for (const t of [set_type, frozenset_type]) {
  t.locals.set('copy', copy);
  t.locals.set('union', unionM);
  t.locals.set('intersection', intersectionM);
  t.locals.set('difference', differenceM);
  t.locals.set('symmetric_difference', symdiffM);
  t.locals.set('issubset', issubset);
  t.locals.set('issuperset', issuperset);
  t.locals.set('isdisjoint', isdisjoint);
  t.locals.set('__contains__', contains);
}

const S = set_type.locals;
S.set('add', method('add', 2, 2, (args) => {
  mutable(args[0]).d.set(args[1], true);
  return None;
}));
S.set('remove', method('remove', 2, 2, (args) => {
  if (mutable(args[0]).d.delete(args[1]) === undefined) keyError(args[1]);
  return None;
}));
S.set('discard', method('discard', 2, 2, (args) => {
  mutable(args[0]).d.delete(args[1]);
  return None;
}));
S.set('pop', method('pop', 1, 1, (args) => {
  const s = mutable(args[0]);
  if (s.d.map.size === 0) throw newException(KeyError, 'pop from an empty set');
  const first = s.d.map.keys().next().value;
  const k = s.d.keyOf(first);
  s.d.delete(k);
  return k;
}));
S.set('clear', method('clear', 1, 1, (args) => {
  mutable(args[0]).d.clear();
  return None;
}));
S.set('update', varMethod('update', (s, others) => {
  for (const o of others) addAll(s, o);
  return None;
}));
S.set('intersection_update', varMethod('intersection_update', (s, others) => {
  for (const o of others) assign(s, intersection(s, asSet(o), set_type));
  return None;
}));
S.set('difference_update', varMethod('difference_update', (s, others) => {
  for (const o of others) {
    if (o === s) s.d.clear();
    else for (const k of asSet(o).d.keys()) s.d.delete(k);
  }
  return None;
}));
S.set('symmetric_difference_update', method('symmetric_difference_update', 2, 2, (args) => {
  const s = mutable(args[0]);
  assign(s, symmetricDifference(s, asSet(args[1]), set_type));
  return None;
}));
