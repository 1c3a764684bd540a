// dict (MicroPython py/objdict.c, py/map.c): insertion-ordered, with 1, 1.0 and True as one key.
// The data structure (PyDict) comes first; then the dict type's slots, methods, views and iterators.
//
// Storage is a JS Map (insertion-ordered, engine-hashed) keyed by a normalized key:
//   str, int (number/bigint)        → themselves: the common case costs one Map lookup
//   bool, integral float            → the equal int; a non-integral float → its JS number
//   objects whose type has a hash   → a canonical equal key object, found through hash buckets
//   other objects                   → themselves (identity)
// The original key is remembered only where it differs from the normalized one.
// Mutable containers (list, dict, set) give their type a hash slot that raises TypeError, so storing them fails.
import { type Obj, type PyObject, type KwArgs, PyType, None, BinaryOp, UnaryOp } from './obj.js';
import { PyFloat } from './objfloat.js';
import { hash, eq, repr, getIter, iterNext, toArray, getAttr, callMethod, getItem, setItem, call, bindAttr, typeName } from './runtime.js';
import { newException, KeyError, RuntimeError, raiseTypeError, raiseValueError, raise } from './objexcept.js';
import { builtin, method } from './objfun.js';
import { PyTuple, newTuple, reprEnter, reprLeave, TupleIter } from './objtuple.js';
import { PySet, set_type } from './objset.js';

export const dict_type: PyType = new PyType({
  name: 'dict',
  baseType: true,
  makeNew: (type, args, kw) => {
    if (args.length > 1) raiseTypeError(`function expected at most 1 arguments, got ${args.length}`);
    const d = new PyDict(type);
    if (args.length === 1) updateFrom(d, args[0]);
    if (kw !== null) for (const [k, v] of kw) d.set(k, v);
    return d;
  },
  repr: (self) => dictRepr(self as PyDict),
  hash: (self) => raiseTypeError(`unsupported type for __hash__: '${typeName(self)}'`),
  len: (self) => (self as PyDict).map.size,
  bool: (self) => (self as PyDict).map.size !== 0,
  unaryOp: (op, self) => {
    const d = self as PyDict;
    switch (op) {
      case UnaryOp.BOOL:
        return d.map.size !== 0;
      case UnaryOp.LEN:
        return d.map.size;
    }
    return undefined;
  },
  binaryOp: (op, a, b) => dictBinaryOp(op, a as PyDict, b),
  getItem: (self, k) => {
    const d = self as PyDict;
    const v = d.get(k);
    if (v !== undefined) return v;
    return missing(d, k);
  },
  setItem: (self, k, v) => (self as PyDict).set(k, v),
  delItem: (self, k) => {
    if ((self as PyDict).delete(k) === undefined) keyError(k);
  },
  getIter: (self) => new DictIter(self as PyDict, DictViewKind.KEYS),
});

type NormKey = unknown;

export class PyDict implements PyObject {
  type: PyType;
  /** normalized key → value, in insertion order */
  map: Map<NormKey, Obj>;
  /** normalized key → original key, only where they differ (True, 1.0 ...) */
  origKeys: Map<NormKey, Obj> | null;
  /** hash → canonical keys, for keys hashed by value (tuples, frozensets, user __hash__) */
  buckets: Map<number, Obj[]> | null;
  /** Bumped when keys are added or removed, so iterators can detect a change of size. */
  version: number;
  /** Bumped on every change, values too: the VM's global-variable caches check it (vmjit.ts). */
  stamp: number;

  constructor(type: PyType = dict_type) {
    this.type = type;
    this.map = new Map();
    this.origKeys = null;
    this.buckets = null;
    this.version = 0;
    this.stamp = 0;
  }

  get size(): number {
    return this.map.size;
  }

  /** Normalize k; with create, a new value-hashed key becomes canonical. Returns undefined if absent. */
  private norm(k: Obj, create: boolean): NormKey | undefined {
    switch (typeof k) {
      case 'string':
      case 'number':
      case 'bigint':
        return k;
      case 'boolean':
        return k ? 1 : 0;
    }
    if (k instanceof PyFloat) {
      const v = k.value;
      if (Number.isInteger(v)) return Number.isSafeInteger(v) ? v : BigInt(v);
      return v;
    }
    const t = (k as PyObject).type;
    if (t.hash === null) return k;
    const h = t.hash(k);
    if (this.buckets === null) {
      if (!create) return undefined;
      this.buckets = new Map();
    }
    const bucket = this.buckets.get(h);
    if (bucket !== undefined) {
      for (let i = 0; i < bucket.length; i++) if (bucket[i] === k || eq(bucket[i], k)) return bucket[i];
    }
    if (!create) return undefined;
    if (bucket === undefined) this.buckets.set(h, [k]);
    else bucket.push(k);
    return k;
  }

  get(k: Obj): Obj | undefined {
    if (typeof k === 'string') return this.map.get(k);
    const n = this.norm(k, false);
    return n === undefined ? undefined : this.map.get(n);
  }

  has(k: Obj): boolean {
    return this.get(k) !== undefined;
  }

  set(k: Obj, v: Obj): void {
    if (typeof k === 'string') {
      // one hash lookup: a new key is seen as a change of size
      const map = this.map;
      const n = map.size;
      this.stamp++;
      map.set(k, v);
      if (map.size !== n) this.version++;
      return;
    }
    const n = this.norm(k, true);
    this.stamp++;
    if (!this.map.has(n)) {
      this.version++;
      if (n !== k) (this.origKeys ??= new Map()).set(n, k);
    }
    this.map.set(n, v);
  }

  /** Remove k; returns the old value or undefined if absent. */
  delete(k: Obj): Obj | undefined {
    const n = typeof k === 'string' ? k : this.norm(k, false);
    if (n === undefined) return undefined;
    const v = this.map.get(n);
    if (v === undefined) return undefined;
    this.map.delete(n);
    this.version++;
    this.stamp++;
    if (this.origKeys !== null) this.origKeys.delete(n);
    if (this.buckets !== null && typeof n === 'object' && n !== null && !(n instanceof PyFloat)) {
      const h = hash(n as Obj);
      const bucket = this.buckets.get(h);
      if (bucket !== undefined) {
        const i = bucket.indexOf(n as Obj);
        if (i >= 0) bucket.splice(i, 1);
        if (bucket.length === 0) this.buckets.delete(h);
      }
    }
    return v;
  }

  /** The original key for a normalized one. */
  keyOf(n: NormKey): Obj {
    if (this.origKeys !== null) {
      const o = this.origKeys.get(n);
      if (o !== undefined) return o;
    }
    return n as Obj;
  }

  keys(): Obj[] {
    const out: Obj[] = [];
    for (const n of this.map.keys()) out.push(this.keyOf(n));
    return out;
  }

  values(): Obj[] {
    return Array.from(this.map.values());
  }

  /** [key, value] pairs, in order. */
  entries(): [Obj, Obj][] {
    const out: [Obj, Obj][] = [];
    for (const [n, v] of this.map) out.push([this.keyOf(n), v]);
    return out;
  }

  clear(): void {
    this.stamp++;
    this.map.clear();
    this.origKeys = null;
    this.buckets = null;
    this.version++;
  }

  /** d[k] for the VM and builtins: KeyError when absent. */
  getOrRaise(k: Obj): Obj {
    const v = this.get(k);
    if (v === undefined) keyError(k);
    return v;
  }
}

export function keyError(k: Obj): never {
  const e = newException(KeyError);
  e.args.push(k);
  throw e;
}

export function newDict(): PyDict {
  return new PyDict();
}

// ---- repr, operators, construction ----

/** d[k] for an absent key: a subclass's __missing__(k) (as CPython), else KeyError. */
function missing(d: PyDict, k: Obj): Obj {
  const t = d.type;
  if (t.isUserClass) {
    const m = t.lookup('__missing__');
    if (m !== undefined) return call(bindAttr(m, d, t), [k]);
  }
  return keyError(k);
}

function dictRepr(d: PyDict): string {
  const named = d.type.name === 'OrderedDict';
  const open = named ? 'OrderedDict({' : '{';
  const close = named ? '})' : '}';
  if (!reprEnter(d)) return open + '...' + close;
  try {
    let s = open;
    let first = true;
    for (const [n, v] of d.map) {
      if (!first) s += ', ';
      first = false;
      s += repr(d.keyOf(n)) + ': ' + repr(v);
    }
    return s + close;
  } finally {
    reprLeave(d);
  }
}

function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a === b) return true;
  if (a.map.size !== b.map.size) return false;
  for (const [n, v] of a.map) {
    const w = b.get(a.keyOf(n));
    if (w === undefined || (w !== v && !eq(v, w))) return false;
  }
  return true;
}

function dictBinaryOp(op: number, d: PyDict, b: Obj): Obj | undefined {
  switch (op) {
    case BinaryOp.CONTAINS:
      return d.get(b) !== undefined;
    case BinaryOp.EQUAL:
    case BinaryOp.NOT_EQUAL:
      if (!(b instanceof PyDict)) return undefined;
      return dictEqual(d, b) === (op === BinaryOp.EQUAL);
    case BinaryOp.OR: {
      if (!(b instanceof PyDict)) return undefined;
      const r = copyDict(d);
      updateFrom(r, b);
      return r;
    }
    case BinaryOp.INPLACE_OR:
      updateFrom(d, b);
      return d;
  }
  return undefined;
}

/** A shallow copy (always a plain dict for subclasses, as CPython's dict.copy). */
export function copyDict(d: PyDict): PyDict {
  const r = new PyDict(d.type.isUserClass ? dict_type : d.type);
  r.map = new Map(d.map);
  r.origKeys = d.origKeys === null ? null : new Map(d.origKeys);
  if (d.buckets !== null) {
    r.buckets = new Map();
    for (const [h, b] of d.buckets) r.buckets.set(h, b.slice());
  }
  return r;
}

/** d.update(src): a dict, an object with keys(), or an iterable of (key, value) pairs. */
export function updateFrom(d: PyDict, src: Obj): void {
  if (src instanceof PyDict) {
    if (src === d) return;
    for (const [n, v] of src.map) d.set(src.keyOf(n), v);
    return;
  }
  if (getAttr(src, 'keys') !== undefined) {
    const it = getIter(callMethod(src, 'keys', []));
    for (let k = iterNext(it); k !== undefined; k = iterNext(it)) d.set(k, getItem(src, k));
    return;
  }
  const it = getIter(src);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    const pair = x instanceof PyTuple ? x.items : toArray(x);
    if (pair.length !== 2) raiseValueError('dict update sequence has wrong length');
    d.set(pair[0], pair[1]);
  }
}

// ---- iteration and views ----

export const enum DictViewKind {
  KEYS = 0,
  VALUES = 1,
  ITEMS = 2,
}

/** Iterator over a dict's keys, values or items; RuntimeError if the dict changes size meanwhile. */
export class DictIter implements PyObject {
  type: PyType = dict_iterator_type;
  readonly version: number;
  readonly it: Iterator<unknown>;
  constructor(
    public readonly dict: PyDict,
    public readonly kind: DictViewKind,
  ) {
    this.version = dict.version;
    this.it = kind === DictViewKind.VALUES ? dict.map.values() : kind === DictViewKind.ITEMS ? dict.map.entries() : dict.map.keys();
  }
}

export const dict_iterator_type: PyType = new PyType({
  name: 'iterator',
  getIter: (self) => self,
  iterNext: (self) => {
    const it = self as DictIter;
    const d = it.dict;
    if (d.version !== it.version) raise(RuntimeError, 'dictionary changed size during iteration');
    const r = it.it.next();
    if (r.done) return undefined;
    switch (it.kind) {
      case DictViewKind.KEYS:
        return d.keyOf(r.value);
      case DictViewKind.VALUES:
        return r.value as Obj;
      default: {
        const e = r.value as [unknown, Obj];
        return new PyTuple([d.keyOf(e[0]), e[1]]);
      }
    }
  },
});

const VIEW_NAMES = ['dict_keys', 'dict_values', 'dict_items'];

export class PyDictView implements PyObject {
  type: PyType;
  constructor(
    public readonly dict: PyDict,
    public readonly kind: DictViewKind,
  ) {
    this.type = kind === DictViewKind.KEYS ? dict_keys_type : kind === DictViewKind.VALUES ? dict_values_type : dict_items_type;
  }
}

function viewItems(v: PyDictView): Obj[] {
  const d = v.dict;
  if (v.kind === DictViewKind.KEYS) return d.keys();
  if (v.kind === DictViewKind.VALUES) return d.values();
  const out: Obj[] = [];
  for (const [n, val] of d.map) out.push(new PyTuple([d.keyOf(n), val]));
  return out;
}

function viewContains(v: PyDictView, x: Obj): boolean {
  const d = v.dict;
  switch (v.kind) {
    case DictViewKind.KEYS:
      return d.get(x) !== undefined;
    case DictViewKind.VALUES:
      for (const val of d.map.values()) if (val === x || eq(val, x)) return true;
      return false;
    default: {
      if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
      const val = d.get(x.items[0]);
      return val !== undefined && (val === x.items[1] || eq(val, x.items[1]));
    }
  }
}

/** A set of the items of a view or any iterable (for the set operators of keys/items views). */
function toSet(o: Obj): PySet {
  const s = new PySet(set_type);
  const items = o instanceof PyDictView ? viewItems(o) : toArray(o);
  for (let i = 0; i < items.length; i++) s.d.set(items[i], true);
  return s;
}

function viewBinaryOp(op: number, a: Obj, b: Obj): Obj | undefined {
  const v = a as PyDictView;
  switch (op) {
    case BinaryOp.CONTAINS:
      return viewContains(v, b);
    case BinaryOp.EQUAL:
    case BinaryOp.NOT_EQUAL: {
      if (v.kind === DictViewKind.VALUES) return undefined;
      if (!(b instanceof PyDictView || b instanceof PySet)) return undefined;
      if (b instanceof PyDictView && b.kind === DictViewKind.VALUES) return op === BinaryOp.NOT_EQUAL;
      const x = toSet(v);
      const y = b instanceof PySet ? b : toSet(b);
      let same = x.d.size === y.d.size;
      if (same) for (const k of x.d.keys()) if (!y.d.has(k)) { same = false; break; }
      return same === (op === BinaryOp.EQUAL);
    }
  }
  if (v.kind === DictViewKind.VALUES) return undefined;
  // keys and items views act as sets with | & - ^ (CPython's behaviour)
  let sop: number;
  switch (op) {
    case BinaryOp.OR:
    case BinaryOp.AND:
    case BinaryOp.SUBTRACT:
    case BinaryOp.XOR:
      sop = op;
      break;
    case BinaryOp.REVERSE_OR:
    case BinaryOp.REVERSE_AND:
    case BinaryOp.REVERSE_XOR:
      sop = op - (BinaryOp.REVERSE_OR - BinaryOp.OR);
      break;
    default:
      return undefined;
  }
  let other: PySet;
  try {
    other = toSet(b);
  } catch {
    return undefined;
  }
  const x = toSet(v);
  const set_bin = set_type.binaryOp!;
  return set_bin(sop, x, other);
}

function makeViewType(kind: DictViewKind): PyType {
  return new PyType({
    name: VIEW_NAMES[kind],
    repr: (self) => {
      const v = self as PyDictView;
      if (!reprEnter(v)) return '...';
      try {
        const items = viewItems(v);
        let s = VIEW_NAMES[kind] + '([';
        for (let i = 0; i < items.length; i++) {
          if (i > 0) s += ', ';
          s += repr(items[i]);
        }
        return s + '])';
      } finally {
        reprLeave(v);
      }
    },
    len: (self) => (self as PyDictView).dict.map.size,
    bool: (self) => (self as PyDictView).dict.map.size !== 0,
    // keys and items views are set-like, so unhashable; a values view hashes by identity
    hash: kind === DictViewKind.VALUES ? null : (self) => raiseTypeError(`unsupported type for __hash__: '${typeName(self)}'`),
    getIter: (self) => new DictIter((self as PyDictView).dict, (self as PyDictView).kind),
    binaryOp: viewBinaryOp,
  });
}

export const dict_keys_type: PyType = makeViewType(DictViewKind.KEYS);
export const dict_values_type: PyType = makeViewType(DictViewKind.VALUES);
export const dict_items_type: PyType = makeViewType(DictViewKind.ITEMS);

// ---- methods ----

function self(o: Obj): PyDict {
  if (!(o instanceof PyDict)) raiseTypeError(`descriptor requires a 'dict' object but received a '${typeName(o)}'`);
  return o;
}

const D = dict_type.locals;
D.set('get', method('get', 2, 3, (args) => {
  const v = self(args[0]).get(args[1]);
  return v !== undefined ? v : args.length > 2 ? args[2] : None;
}));
D.set('setdefault', method('setdefault', 2, 3, (args) => {
  const d = self(args[0]);
  const v = d.get(args[1]);
  if (v !== undefined) return v;
  const dflt = args.length > 2 ? args[2] : None;
  d.set(args[1], dflt);
  return dflt;
}));
D.set('pop', method('pop', 2, 3, (args) => {
  const v = self(args[0]).delete(args[1]);
  if (v !== undefined) return v;
  if (args.length > 2) return args[2];
  return keyError(args[1]);
}));
D.set('popitem', method('popitem', 1, 1, (args) => {
  const d = self(args[0]);
  if (d.map.size === 0) {
    const e = newException(KeyError, 'popitem(): dictionary is empty');
    throw e;
  }
  let last: unknown;
  for (const n of d.map.keys()) last = n;
  const k = d.keyOf(last);
  const v = d.delete(k)!;
  return newTuple([k, v]);
}));
D.set('update', builtin('update', (args, kw) => {
  if (args.length < 1 || args.length > 2) raiseTypeError(`function expected at most 2 arguments, got ${args.length}`);
  const d = self(args[0]);
  if (args.length === 2) updateFrom(d, args[1]);
  if (kw !== null) for (const [k, v] of kw) d.set(k, v);
  return None;
}));
D.set('clear', method('clear', 1, 1, (args) => {
  self(args[0]).clear();
  return None;
}));
D.set('copy', method('copy', 1, 1, (args) => copyDict(self(args[0]))));
D.set('keys', method('keys', 1, 1, (args) => new PyDictView(self(args[0]), DictViewKind.KEYS)));
D.set('values', method('values', 1, 1, (args) => new PyDictView(self(args[0]), DictViewKind.VALUES)));
D.set('items', method('items', 1, 1, (args) => new PyDictView(self(args[0]), DictViewKind.ITEMS)));
D.set('__getitem__', method('__getitem__', 2, 2, (args) => {
  const d = self(args[0]);
  const v = d.get(args[1]);
  return v !== undefined ? v : missing(d, args[1]);
}));
D.set('__setitem__', method('__setitem__', 3, 3, (args) => {
  self(args[0]).set(args[1], args[2]);
  return None;
}));
D.set('__delitem__', method('__delitem__', 2, 2, (args) => {
  if (self(args[0]).delete(args[1]) === undefined) keyError(args[1]);
  return None;
}));

/** A class-level function bound to the class it is looked up on (like classmethod), for dict.fromkeys. */
class ClassBound implements PyObject {
  type: PyType = classbound_type;
  constructor(
    public readonly name: string,
    public readonly fn: (cls: PyType, args: Obj[], kw: KwArgs) => Obj,
  ) {}
}

const classbound_type: PyType = new PyType({
  name: 'classmethod',
  descrGet: (self, _instance, owner) => {
    const c = self as ClassBound;
    return builtin(c.name, (args, kw) => c.fn(owner, args, kw));
  },
});

D.set('fromkeys', new ClassBound('fromkeys', (cls, args, kw) => {
  if (args.length < 1 || args.length > 2 || (kw !== null && kw.size > 0)) {
    raiseTypeError(`function expected at most 2 arguments, got ${args.length}`);
  }
  const v = args.length > 1 ? args[1] : None;
  const it = getIter(args[0]);
  if (cls === dict_type) {
    const d = new PyDict();
    for (let k = iterNext(it); k !== undefined; k = iterNext(it)) d.set(k, v);
    return d;
  }
  const d = call(cls, []);
  for (let k = iterNext(it); k !== undefined; k = iterNext(it)) setItem(d, k, v);
  return d;
}));

/** A TupleIter over a snapshot of a dict's keys (for callers that mutate while iterating). */
export function dictKeysSnapshot(d: PyDict): TupleIter {
  return new TupleIter(d.keys());
}
