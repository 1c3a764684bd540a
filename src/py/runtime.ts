// Generic operations on Python values, dispatched through type slots (MicroPython py/runtime.c, py/obj.c).
// Fast paths for the primitive representations come first; the slots do the rest.
import {
  type Obj,
  type PyObject,
  type KwArgs,
  PyType,
  None,
  NotImplemented,
  BinaryOp,
  UnaryOp,
  BINARY_OP_METHOD,
  UNARY_OP_METHOD,
  INPLACE_TO_PLAIN,
  PLAIN_TO_REVERSE,
} from './obj.js';
import { int_type } from './objint.js';
import { bool_type } from './objbool.js';
import { str_type } from './objstr.js';
import { PyTuple, MAX_SEQ_ITEMS } from './objtuple.js';
import { PyList } from './objlist.js';
import { PyFloat } from './objfloat.js';
import {
  PyException,
  RuntimeError,
  MemoryError,
  OverflowError,
  raise,
  newException,
  raiseTypeError,
  raiseAttributeError,
  StopIteration,
} from './objexcept.js';
import { PyBoundMethod } from './objboundmeth.js';
import { PyBuiltin, checkArgs } from './objfun.js';

/** The type of any value. */
export function typeOf(o: Obj): PyType {
  switch (typeof o) {
    case 'number':
    case 'bigint':
      return int_type;
    case 'string':
      return str_type;
    case 'boolean':
      return bool_type;
    default:
      return (o as PyObject).type;
  }
}

export function typeName(o: Obj): string {
  return typeOf(o).name;
}

export function isInstance(o: Obj, t: PyType): boolean {
  const ot = typeOf(o);
  return ot === t || ot.mro.includes(t);
}

export function isType(o: Obj): o is PyType {
  return o instanceof PyType;
}

// ---- identity ----

const ids = new WeakMap<object, number>();
let nextId = 0x10000;

/** id(): stable per object; primitives hash by value. */
export function id(o: Obj): number {
  if (typeof o !== 'object') return typeof o === 'number' ? o : hash(o);
  let v = ids.get(o);
  if (v === undefined) {
    v = nextId;
    nextId += 16;
    ids.set(o, v);
  }
  return v;
}

// ---- printing ----

export function repr(o: Obj): string {
  switch (typeof o) {
    case 'number':
    case 'bigint':
      return String(o);
    case 'boolean':
      return o ? 'True' : 'False';
  }
  const t = typeOf(o);
  if (t.repr !== null) return t.repr(o);
  return defaultRepr(o);
}

export function defaultRepr(o: Obj): string {
  const t = typeOf(o);
  const mod = t.module === 'builtins' ? '' : t.module + '.';
  return `<${mod}${t.name} object at ${id(o).toString(16)}>`;
}

export function str(o: Obj): string {
  if (typeof o === 'string') return o;
  const t = typeOf(o);
  if (t.str !== null) return t.str(o);
  return repr(o);
}

// ---- truth, hashing, equality ----

export function isTrue(o: Obj): boolean {
  switch (typeof o) {
    case 'boolean':
      return o;
    case 'number':
      return o !== 0;
    case 'bigint':
      return o !== 0n;
    case 'string':
      return o.length !== 0;
  }
  if (o === None) return false;
  const t = (o as PyObject).type;
  if (t.bool !== null) return t.bool(o);
  if (t.len !== null) return t.len(o) !== 0;
  return true;
}

/** hash(): equal values hash equal (1 == 1.0 == True). */
export function hash(o: Obj): number {
  switch (typeof o) {
    case 'number':
      return o;
    case 'boolean':
      return o ? 1 : 0;
  }
  const t = typeOf(o);
  if (t.hash !== null) return t.hash(o);
  if (typeof o === 'object') return id(o);
  return raiseTypeError(`unhashable type: '${t.name}'`);
}

/** Python ==, always a boolean. */
export function eq(a: Obj, b: Obj): boolean {
  if (a === b) return true;
  const ta = typeof a;
  if (ta === 'string' || typeof b === 'string') return false; // distinct strings, or str vs other
  return isTrue(binaryOp(BinaryOp.EQUAL, a, b));
}

// ---- operators ----

function unsupported(op: number, a: Obj, b: Obj): never {
  const name = op === BinaryOp.IN ? '__contains__' : BINARY_OP_METHOD[op];
  return raiseTypeError(`unsupported types for ${name}: '${typeName(a)}', '${typeName(b)}'`);
}

/** Swap for comparisons when the right operand's type is asked instead (a < b  ⇔  b > a). */
const REFLECTED_COMPARE = [BinaryOp.MORE, BinaryOp.LESS, BinaryOp.EQUAL, BinaryOp.MORE_EQUAL, BinaryOp.LESS_EQUAL, BinaryOp.NOT_EQUAL];

export function binaryOp(op: number, a: Obj, b: Obj): Obj {
  switch (op) {
    case BinaryOp.IS:
      return a === b;
    case BinaryOp.IN:
      return contains(b, a);
    case BinaryOp.EXCEPTION_MATCH:
      return exceptionMatch(a, b);
    case BinaryOp.NOT_EQUAL: {
      const r = compareOp(BinaryOp.NOT_EQUAL, a, b);
      if (r !== undefined) return r;
      return !eq(a, b);
    }
  }
  const ta = typeOf(a);
  if (op <= BinaryOp.NOT_EQUAL) {
    const r = compareOp(op, a, b);
    if (r !== undefined) return r;
    if (op === BinaryOp.EQUAL) return a === b;
    return unsupported(op, a, b);
  }
  if (ta.binaryOp !== null) {
    const r = ta.binaryOp(op, a, b);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  let plain = op;
  if (op >= BinaryOp.INPLACE_OR && op <= BinaryOp.INPLACE_POWER) {
    plain = op + INPLACE_TO_PLAIN;
    if (ta.binaryOp !== null) {
      const r = ta.binaryOp(plain, a, b);
      if (r !== undefined && r !== NotImplemented) return r;
    }
  }
  if (plain >= BinaryOp.OR && plain <= BinaryOp.POWER) {
    const tb = typeOf(b);
    if (tb.binaryOp !== null) {
      const r = tb.binaryOp(plain + PLAIN_TO_REVERSE, b, a);
      if (r !== undefined && r !== NotImplemented) return r;
    }
  }
  return unsupported(plain, a, b);
}

/** A comparison via the left type's slot, then the right type's reflected one; undefined if neither supports it. */
function compareOp(op: number, a: Obj, b: Obj): Obj | undefined {
  const ta = typeOf(a);
  if (ta.binaryOp !== null) {
    const r = ta.binaryOp(op, a, b);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  const tb = typeOf(b);
  if (tb.binaryOp !== null && tb !== ta) {
    const r = tb.binaryOp(REFLECTED_COMPARE[op], b, a);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  return undefined;
}

export function unaryOp(op: number, a: Obj): Obj {
  if (op === UnaryOp.NOT) return !isTrue(a);
  const t = typeOf(a);
  if (t.unaryOp !== null) {
    const r = t.unaryOp(op, a);
    if (r !== undefined) return r; // a user __neg__ etc. may return NotImplemented itself
  }
  return raiseTypeError(`unsupported type for ${UNARY_OP_METHOD[op]}: '${t.name}'`);
}

/** `item in container`. */
export function contains(container: Obj, item: Obj): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') raiseTypeError(`can't convert '${typeName(item)}' object to str implicitly`);
    return container.includes(item);
  }
  const t = typeOf(container);
  if (t.binaryOp !== null) {
    const r = t.binaryOp(BinaryOp.CONTAINS, container, item);
    if (r !== undefined && r !== NotImplemented) return isTrue(r);
  }
  const it = getIter(container);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (x === item || eq(x, item)) return true;
  return false;
}

/** `except E` matching: exc is an exception instance (or class), pattern a class or tuple of classes. */
export function exceptionMatch(exc: Obj, pattern: Obj): boolean {
  const t = exc instanceof PyType ? exc : typeOf(exc);
  if (pattern instanceof PyType) return t.isSubtypeOf(pattern);
  if (pattern instanceof PyTuple) {
    for (const p of pattern.items) if (exceptionMatch(exc, p)) return true;
    return false;
  }
  return raiseTypeError('catching classes that do not inherit from BaseException is not allowed');
}

// ---- attributes ----

/**
 * Look up an attribute; undefined when absent (MicroPython's mp_load_method_maybe).
 * Instance storage (user objects, modules) is the type's getAttr slot; then the type's MRO,
 * with functions bound and descriptors applied.
 */
export function getAttr(o: Obj, name: string): Obj | undefined {
  const t = typeOf(o);
  if (t.getAttr !== null) {
    const v = t.getAttr(o, name);
    if (v !== undefined) return v;
  }
  if (o instanceof PyType) return typeAttr(o, name);
  const v = t.lookup(name);
  if (v === undefined) {
    if (name === '__class__') return t;
    // any native iterator has __next__ (MicroPython's mp_load_method_maybe binds builtin next)
    if (name === '__next__' && t.iterNext !== null) return new PyBoundMethod(o, nativeNextMethod);
    return undefined;
  }
  return bindAttr(v, o, t);
}

const nativeNextMethod = new PyBuiltin('__next__', (args, kw) => {
  checkArgs('__next__', args, kw, 1, 1);
  const r = iterNext(args[0]);
  if (r === undefined) throw newException(StopIteration);
  return r;
});

/** Apply function binding / descriptors to an attribute found on a type, for instance o. */
export function bindAttr(v: Obj, o: Obj, t: PyType): Obj {
  if (typeof v !== 'object') return v;
  const vt = (v as PyObject).type;
  if (vt.isFunction) return new PyBoundMethod(o, v);
  if (vt.descrGet !== null) return vt.descrGet(v, o, t);
  return v;
}

/** Attribute of a class object: functions stay plain, classmethods bind to the class. */
function typeAttr(cls: PyType, name: string): Obj | undefined {
  const v = cls.lookup(name);
  if (v === undefined) {
    // the metaclass (type) provides __name__, mro() etc.
    if (name === '__name__') return cls.name;
    if (name === '__class__') return cls.type;
    if (name === '__bases__') return new PyTuple(cls.bases.slice());
    const mv = cls.type.lookup(name);
    if (mv !== undefined) return bindAttr(mv, cls, cls.type);
    return undefined;
  }
  if (typeof v !== 'object') return v;
  const vt = (v as PyObject).type;
  if (!vt.isFunction && vt.descrGet !== null) return vt.descrGet(v, null, cls);
  return v;
}

export function loadAttr(o: Obj, name: string): Obj {
  const v = getAttr(o, name);
  if (v === undefined) return attrError(o, name);
  return v;
}

export function attrError(o: Obj, name: string): never {
  if (o instanceof PyType) raiseAttributeError(`type object '${o.name}' has no attribute '${name}'`);
  return raiseAttributeError(`'${typeName(o)}' object has no attribute '${name}'`);
}

/**
 * LOAD_METHOD without allocating a bound method: dest[0] = callable, dest[1] = self,
 * or dest[1] = undefined when the attribute is not a method (call dest[0] as is).
 */
/**
 * LOAD_METHOD for instances of user classes (installed by objtype.ts): fills dest and returns true
 * when the attribute is a plain method, so no bound method is allocated; false for the general path.
 */
let userLoadMethod: ((o: Obj, name: string, dest: (Obj | undefined)[]) => boolean) | null = null;

export function setUserLoadMethod(f: (o: Obj, name: string, dest: (Obj | undefined)[]) => boolean): void {
  userLoadMethod = f;
}

export function loadMethod(o: Obj, name: string, dest: (Obj | undefined)[]): void {
  const t = typeOf(o);
  if (t.isUserClass && userLoadMethod !== null && userLoadMethod(o, name, dest)) return;
  if (t.getAttr === null && !(o instanceof PyType)) {
    const v = t.lookup(name);
    if (v !== undefined && typeof v === 'object' && (v as PyObject).type.isFunction) {
      dest[0] = v;
      dest[1] = o;
      return;
    }
  }
  dest[0] = loadAttr(o, name);
  dest[1] = undefined;
}

export function storeAttr(o: Obj, name: string, value: Obj): void {
  const t = typeOf(o);
  if (t.setAttr !== null && t.setAttr(o, name, value)) return;
  raiseAttributeError(`'${t.name}' object has no attribute '${name}'`);
}

export function deleteAttr(o: Obj, name: string): void {
  const t = typeOf(o);
  if (t.setAttr !== null && t.setAttr(o, name, undefined)) return;
  raiseAttributeError(`'${t.name}' object has no attribute '${name}'`);
}

// ---- subscripts ----

export function getItem(o: Obj, index: Obj): Obj {
  const t = typeOf(o);
  if (t.getItem !== null) return t.getItem(o, index);
  if (o instanceof PyType) {
    // cls[x] → __class_getitem__ is not in MicroPython
  }
  return raiseTypeError(`'${t.name}' object isn't subscriptable`);
}

export function setItem(o: Obj, index: Obj, value: Obj): void {
  const t = typeOf(o);
  if (t.setItem !== null) return t.setItem(o, index, value);
  raiseTypeError(`'${t.name}' object doesn't support item assignment`);
}

export function delItem(o: Obj, index: Obj): void {
  const t = typeOf(o);
  if (t.delItem !== null) return t.delItem(o, index);
  raiseTypeError(`'${t.name}' object doesn't support item deletion`);
}

// ---- calls ----

export function call(f: Obj, args: Obj[], kw: KwArgs = null): Obj {
  const t = typeOf(f);
  if (t.call !== null) return t.call(f, args, kw);
  return raiseTypeError(`'${t.name}' object isn't callable`);
}

export function isCallable(f: Obj): boolean {
  return typeOf(f).call !== null;
}

/** Call o.name(*args); raises AttributeError if absent. */
export function callMethod(o: Obj, name: string, args: Obj[], kw: KwArgs = null): Obj {
  const dest: (Obj | undefined)[] = [undefined, undefined];
  loadMethod(o, name, dest);
  if (dest[1] === undefined) return call(dest[0]!, args, kw);
  return call(dest[0]!, [dest[1], ...args], kw);
}

// ---- length and iteration ----

export function len(o: Obj): number {
  if (typeof o === 'string') return strLength(o);
  const t = typeOf(o);
  if (t.len !== null) return t.len(o);
  return raiseTypeError(`object of type '${t.name}' has no len()`);
}

const HIGH_SURROGATE = /[\ud800-\udbff]/;

/** Length of a str in code points (JS length counts UTF-16 units). */
export function strLength(s: string): number {
  // the regex search finds no high surrogate in a one-byte string without scanning it
  const first = s.search(HIGH_SURROGATE);
  if (first < 0) return s.length;
  let n = s.length;
  for (let i = first; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

/** A sequence iterator over __getitem__ with 0, 1, 2, ... until IndexError. */
class SeqIter implements PyObject {
  type: PyType = seq_iter_type;
  i = 0;
  constructor(public readonly seq: Obj) {}
}

const seq_iter_type: PyType = new PyType({
  name: 'iterator',
  getIter: (self) => self,
  iterNext: (self) => {
    const it = self as SeqIter;
    try {
      return getItem(it.seq, it.i++);
    } catch (e) {
      if (e instanceof PyException && (e.type.name === 'IndexError' || e.type.name === 'StopIteration')) return undefined;
      throw e;
    }
  },
});

export function getIter(o: Obj): Obj {
  const t = typeOf(o);
  if (t.getIter !== null) return t.getIter(o);
  if (t.getItem !== null) return new SeqIter(o);
  return raiseTypeError(`'${t.name}' object isn't iterable`);
}

/** Next item, or undefined when exhausted. */
export function iterNext(it: Obj): Obj | undefined {
  const t = typeOf(it);
  if (t.iterNext !== null) return t.iterNext(it);
  return raiseTypeError(`'${t.name}' object isn't an iterator`);
}

/** All items of an iterable, as a fresh JS array. */
export function toArray(o: Obj): Obj[] {
  if (o instanceof PyList || o instanceof PyTuple) return o.items.slice();
  const out: Obj[] = [];
  const it = getIter(o);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    // an endless iterator: MemoryError before the JS engine aborts the process (uncatchably)
    if (out.push(x) > MAX_SEQ_ITEMS) raise(MemoryError, 'memory allocation failed');
  }
  return out;
}

// ---- misc ----

/** Turn a JS value that escaped a builtin (a bug or a host failure) into a Python exception. */
export function toPyException(e: unknown): PyException {
  if (e instanceof PyException) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return newException(RuntimeError, 'maximum recursion depth exceeded');
  }
  // The engine refusing an array, string or typed array that large is an allocation failure.
  if (e instanceof RangeError && /invalid (array|string|typed array) length|array buffer allocation|maximum bigint size|map maximum size|set maximum size/i.test(e.message)) {
    return newException(MemoryError, 'memory allocation failed');
  }
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return newException(RuntimeError, `internal error: ${msg}`);
}

// ---- conversions used by every built-in type ----

/** An int (or bool) value; TypeError for anything else (MicroPython mp_obj_get_int). */
export function toInt(o: Obj): number | bigint {
  if (typeof o === 'number' || typeof o === 'bigint') return o;
  if (typeof o === 'boolean') return o ? 1 : 0;
  return raiseTypeError(`can't convert ${typeName(o)} to int`);
}

/** A small (safe) integer, e.g. for counts; OverflowError if it is a big int. */
export function toSmallInt(o: Obj): number {
  const v = toInt(o);
  if (typeof v === 'bigint') return raise(OverflowError, 'overflow converting long int to machine word');
  return v;
}

/** An index for subscripting a sequence: int or bool, else the MicroPython message. */
export function toIndex(o: Obj, seqTypeName: string): number {
  if (typeof o === 'number') return o;
  if (typeof o === 'boolean') return o ? 1 : 0;
  if (typeof o === 'bigint') return o < 0n ? -Infinity : Infinity; // out of range whatever the length
  return raiseTypeError(`${seqTypeName} indices must be integers, not ${typeName(o)}`);
}

/** A float value from int, bool or float (MicroPython mp_obj_get_float). */
export function toFloat(o: Obj): number {
  if (typeof o === 'number') return o;
  if (o instanceof PyFloat) return o.value;
  if (typeof o === 'boolean') return o ? 1 : 0;
  if (typeof o === 'bigint') return Number(o);
  // a user class's __float__ (MicroPython's mp_obj_get_float_maybe asks the unary-op slot)
  const t = typeOf(o);
  if (t.unaryOp !== null) {
    const r = t.unaryOp(UnaryOp.FLOAT_MAYBE, o);
    if (r instanceof PyFloat) return r.value;
    if (r !== undefined) return raiseTypeError(`can't convert ${typeName(o)} to float`);
  }
  return raiseTypeError(`can't convert ${typeName(o)} to float`);
}
