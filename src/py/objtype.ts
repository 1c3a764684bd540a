// User classes: class creation, instances, special-method routing, super, isinstance/issubclass
// (MicroPython py/objtype.c; __build_class__ is in py/modbuiltins.c there).
//
// Method resolution order: MicroPython looks attributes up depth-first, left to right through the
// bases (not CPython's C3), and never looks in `object` until the very end. We store that order in
// `cls.mro` once, at class creation: depth-first, left to right, each class at its first occurrence,
// with `object` moved to the end. It agrees with C3 whenever there is no diamond.
//
// Instance layout, by the nearest built-in base (`nativeBase`):
//   object                      PyInstance { type, dict, native: undefined }
//   int, str (JS primitives)    PyInstance { type, dict, native: the int/str value }  ("wrapper")
//   anything else (list, dict,  the built-in object itself with its `type` set to the user class
//   Exception, float, tuple...) ("in place"), so native code that tests `instanceof PyList` keeps
//                               working; its attribute dict lives in a side WeakMap (nativeDicts).
// Special methods are routed to the type's slots: a slot finds the method along the MRO; reaching a
// built-in base first means "use the built-in behaviour" (MicroPython's MP_OBJ_SENTINEL), applied to
// the native value (the wrapped primitive, or the object itself).
// Slots whose mere presence matters to the runtime (call → callable(), hash → dict keying, getIter vs
// getItem, bool vs len ...) are computed per class, and recomputed when a class attribute changes.
import {
  type Obj,
  type PyObject,
  type KwArgs,
  PyType,
  object_type,
  type_type,
  None,
  NotImplemented,
  BinaryOp,
  UnaryOp,
  BINARY_OP_METHOD,
  UNARY_OP_METHOD,
  PLAIN_TO_REVERSE,
} from './obj.js';
import { PyDict } from './objdict.js';
import { PyTuple, EMPTY_TUPLE } from './objtuple.js';
import { list_type } from './objlist.js';
import { dict_type } from './objdict.js';
import { set_type } from './objset.js';
import { int_type } from './objint.js';
import { str_type } from './objstr.js';
import { PyException, BaseException, StopIteration, raiseTypeError } from './objexcept.js';
import { PyBuiltin, checkArgs } from './objfun.js';
import { PyBoundMethod } from './objboundmeth.js';
import { PyStaticMethod, staticmethod_type } from './objstaticmethod.js';
import { PyProperty } from './objproperty.js';
// vm.ts imports modbuiltins.ts, which reads this module's builtins at load time: they are hoisted
// function declarations, and super_type lives in objobject.ts (evaluated before vm.ts from here).
import './objobject.js'; // before vm.js: see above
import { callFunctionWithLocals, vmState } from './vm.js';
import {
  typeOf,
  call,
  bindAttr,
  id,
  repr,
  str,
  isTrue,
  hash,
  len,
  getItem,
  setItem,
  delItem,
  getIter,
  iterNext,
  binaryOp,
  unaryOp,
  contains,
  toInt,
  setUserLoadMethod,
} from './runtime.js';

// ---------------------------------------------------------------------------------------------
// instances

/** An instance of a user class whose nearest built-in base is object, int or str. */
/**
 * The attributes of a plain instance as the properties of a JS object, so that V8's hidden
 * classes and inline caches serve `self.x` (instances of one class built by one __init__ share
 * a shape): a constant-name property load instead of a Map lookup. The prototype chain is empty
 * (no inherited `constructor`, `toString`, `__proto__` accessor...): every property is an attribute.
 */
export class Attrs {
  [name: string]: Obj | undefined;
}
delete (Attrs.prototype as { constructor?: unknown }).constructor;
Object.setPrototypeOf(Attrs.prototype, null);

export class PyInstance implements PyObject {
  type: PyType;
  /** The attributes, until something asks for the instance's __dict__ (then null: see dict). */
  attrs: Attrs | null;
  private dictObj: PyDict | null;
  /** The wrapped int/str value when the class derives from int or str; undefined otherwise. */
  native: Obj | undefined;
  constructor(type: PyType, native?: Obj) {
    this.type = type;
    this.attrs = new Attrs();
    this.dictObj = null;
    this.native = native;
  }

  /**
   * The instance's __dict__ as a PyDict. The first use moves the attributes there for good
   * (attrs becomes null), so that the dict and the instance never disagree.
   */
  get dict(): PyDict {
    let d = this.dictObj;
    if (d === null) {
      d = this.dictObj = new PyDict();
      const a = this.attrs!;
      for (const k of Object.keys(a)) d.set(k, a[k] as Obj);
      this.attrs = null;
    }
    return d;
  }
}

/** An instance's own attribute (object.__getattribute__'s dict step), without making its __dict__. */
export function instanceGetOwn(self: Obj, name: string): Obj | undefined {
  if (self instanceof PyInstance) {
    const a = self.attrs;
    return a !== null ? a[name] : self.dict.get(name);
  }
  const d = instanceDict(self, false);
  return d !== null ? d.get(name) : undefined;
}

/** Attribute dicts of user-class instances that are built-in objects (list/dict/Exception subclasses...). */
const nativeDicts = new WeakMap<object, PyDict>();

/** The __dict__ of an instance of a user class; null if it has none yet and create is false. */
export function instanceDict(self: Obj, create: boolean): PyDict | null {
  if (self instanceof PyInstance) return self.dict;
  if (typeof self !== 'object') return null;
  if (self instanceof PyException) {
    if (self.dict === null && create) self.dict = new PyDict();
    return self.dict;
  }
  let d = nativeDicts.get(self);
  if (d === undefined) {
    if (!create) return null;
    d = new PyDict();
    nativeDicts.set(self, d);
  }
  return d;
}

/** What a built-in base's code should see as self: the wrapped primitive, or the object itself. */
export function nativeSelf(self: Obj): Obj {
  if (self instanceof PyInstance && self.native !== undefined) return self.native;
  return self;
}

// ---------------------------------------------------------------------------------------------
// per-class data

const enum Layout {
  PLAIN = 0,
  WRAPPER = 1,
  IN_PLACE = 2,
}

const enum Kind {
  NONE = 0,
  USER = 1,
  NATIVE = 2,
  UNHASHABLE = 3,
}

/** Where a special method was found: a Python-level value, or a built-in base's slot. */
class Res {
  constructor(
    readonly kind: Kind,
    readonly value: Obj | undefined,
    readonly native: PyType | null,
  ) {}
}
const NONE_RES = new Res(Kind.NONE, undefined, null);
const UNHASHABLE_RES = new Res(Kind.UNHASHABLE, undefined, null);

class ClassInfo {
  cache = new Map<string, Res>();
  /** Some class in the MRO has a property/descriptor or __setattr__/__delattr__: stores must look first. */
  hasAccessors = false;
  /** Some class in the MRO defines __getattr__. */
  hasGetattr = false;
  /** The built-in base's __new__ ignores the arguments and its __init__ fills the object (list...). */
  readonly initStyle: boolean;
  // What calling the class runs (see instanceMakeNew), valid while cls.version === ctorVersion:
  // walking the MRO for them on every Cls(...) was ~10% of a raise of a user exception.
  ctorVersion = -1;
  /** __new__ written in Python (a PyStaticMethod unwrapped), or undefined. */
  newFn: Obj | undefined = undefined;
  /** __init__ written in Python before the built-in part of the MRO, or undefined. */
  initFn: Obj | undefined = undefined;
  /** The __init__ to run: initFn, else one found past a built-in base (findLateUserInit). */
  runInit: Obj | undefined = undefined;
  constructor(
    readonly cls: PyType,
    readonly layout: Layout,
  ) {
    this.initStyle = layout === Layout.IN_PLACE && isInitStyle(cls.nativeBase);
  }
}

/** Fill info's constructor cache for the class's current version. */
function ctorLookup(info: ClassInfo): void {
  const cls = info.cls;
  const nw = findUserMethod(cls, '__new__');
  info.newFn = nw instanceof PyStaticMethod ? nw.fn : nw;
  info.initFn = findUserMethod(cls, '__init__');
  info.runInit = info.initFn ?? findLateUserInit(cls);
  info.ctorVersion = cls.version;
}

const infos = new WeakMap<PyType, ClassInfo>();
const subclassesOf = new WeakMap<PyType, PyType[]>();

function infoOf(cls: PyType): ClassInfo {
  return infos.get(cls)!;
}

/** The slot of a built-in type that stands for a special method name. */
function slotOf(name: string): string | null {
  switch (name) {
    case '__repr__':
      return 'repr';
    case '__str__':
      return 'str';
    case '__hash__':
      return 'hash';
    case '__call__':
      return 'call';
    case '__getitem__':
      return 'getItem';
    case '__setitem__':
      return 'setItem';
    case '__delitem__':
      return 'delItem';
    case '__iter__':
      return 'getIter';
    case '__next__':
      return 'iterNext';
    case '__len__':
      return 'len';
    case '__bool__':
      return 'bool';
    case '__get__':
      return 'descrGet';
    case '__new__':
    case '__init__':
      return 'makeNew';
  }
  if (BINARY_OP_METHOD.includes(name)) return 'binaryOp';
  if (UNARY_OP_METHOD.includes(name)) return 'unaryOp';
  return null;
}

// What int and str (held as JS primitives, so handled by the runtime's generic functions) support.
const INT_SLOTS = new Set(['repr', 'str', 'hash', 'unaryOp', 'binaryOp', 'bool', 'makeNew']);
const STR_SLOTS = new Set(['repr', 'str', 'hash', 'binaryOp', 'len', 'getItem', 'getIter', 'bool', 'makeNew', 'unaryOp']);

function nativeHasSlot(t: PyType, slot: string): boolean {
  if (t.isSubtypeOf(int_type)) return INT_SLOTS.has(slot);
  if (t.isSubtypeOf(str_type)) return STR_SLOTS.has(slot);
  switch (slot) {
    case 'repr':
      return t.repr !== null;
    case 'str':
      return t.str !== null;
    case 'hash':
      return t.hash !== null;
    case 'call':
      return t.call !== null;
    case 'getItem':
      return t.getItem !== null;
    case 'setItem':
      return t.setItem !== null;
    case 'delItem':
      return t.delItem !== null;
    case 'getIter':
      return t.getIter !== null;
    case 'iterNext':
      return t.iterNext !== null;
    case 'len':
      return t.len !== null;
    case 'bool':
      return t.bool !== null;
    case 'descrGet':
      return t.descrGet !== null;
    case 'binaryOp':
      return t.binaryOp !== null;
    case 'unaryOp':
      return t.unaryOp !== null;
    case 'makeNew':
      return t.makeNew !== null;
  }
  return false;
}

/** Find a special method along the MRO (object excluded): a user definition, or a built-in base's slot. */
function resolve(info: ClassInfo, name: string): Res {
  let r = info.cache.get(name);
  if (r !== undefined) return r;
  r = NONE_RES;
  const slot = slotOf(name);
  const mro = info.cls.mro;
  for (let i = 0; i < mro.length; i++) {
    const t = mro[i];
    if (t === object_type) continue;
    if (t.isUserClass) {
      const v = t.locals.get(name);
      if (v !== undefined) {
        if (name === '__hash__' && v === None) r = UNHASHABLE_RES;
        else r = new Res(Kind.USER, v, null);
        break;
      }
      // A class that defines __eq__ without __hash__ makes its instances unhashable.
      if (name === '__hash__' && t.locals.has('__eq__')) {
        r = UNHASHABLE_RES;
        break;
      }
    } else {
      if (slot !== null && nativeHasSlot(t, slot)) {
        r = new Res(Kind.NATIVE, undefined, t);
        break;
      }
      const v = t.locals.get(name);
      if (v !== undefined) {
        r = new Res(Kind.USER, v, t);
        break;
      }
    }
  }
  info.cache.set(name, r);
  return r;
}

/** Call a special method found on the class with self prepended (binding it as a descriptor if needed). */
function callSpecial(v: Obj, self: Obj, args: Obj[], kw: KwArgs = null): Obj {
  if (typeof v === 'object' && (v as PyObject).type.isFunction) {
    const all = new Array<Obj>(args.length + 1);
    all[0] = self;
    for (let i = 0; i < args.length; i++) all[i + 1] = args[i];
    return call(v, all, kw);
  }
  return call(bindAttr(v, self, typeOf(self)), args, kw);
}

/** Call a USER Res: a method defined on a built-in base (r.native set) gets the native self. */
function callRes(r: Res, self: Obj, args: Obj[], kw: KwArgs = null): Obj {
  return callSpecial(r.value!, r.native !== null ? nativeSelf(self) : self, args, kw);
}

function isWrapper(info: ClassInfo): boolean {
  return info.layout === Layout.WRAPPER;
}

// ---------------------------------------------------------------------------------------------
// slots of user classes

function defaultInstanceRepr(self: Obj): string {
  return `<${typeOf(self).name} object at ${id(self).toString(16)}>`;
}

function instanceRepr(info: ClassInfo, self: Obj): string {
  const r = resolve(info, '__repr__');
  if (r.kind === Kind.USER) return str(callRes(r, self, []));
  if (r.kind === Kind.NATIVE) return isWrapper(info) ? repr(nativeSelf(self)) : r.native!.repr!(self);
  return defaultInstanceRepr(self);
}

function instanceStr(info: ClassInfo, self: Obj): string {
  const r = resolve(info, '__str__');
  if (r.kind === Kind.USER) return str(callRes(r, self, []));
  if (r.kind === Kind.NATIVE) {
    if (isWrapper(info)) return str(nativeSelf(self));
    const t = r.native!;
    return t.str !== null ? t.str(self) : t.repr!(self);
  }
  return instanceRepr(info, self);
}

function instanceUnaryOp(info: ClassInfo, op: number, self: Obj): Obj | undefined {
  const name = UNARY_OP_METHOD[op];
  if (name === undefined || name === '') return undefined;
  const r = resolve(info, name);
  if (r.kind === Kind.USER) {
    const v = callRes(r, self, []);
    // NotImplemented isn't special for unary operators: it is the result (as in MicroPython).
    if (v === NotImplemented && op >= UnaryOp.BOOL && op !== UnaryOp.ABS) return undefined;
    return v;
  }
  if (r.kind === Kind.NATIVE) {
    if (isWrapper(info)) return unaryOp(op, nativeSelf(self));
    return r.native!.unaryOp!(op, self);
  }
  return undefined;
}

/** a < b ⇔ b > a: the reflected comparison, tried on the same class (the runtime only reflects across types). */
const SWAPPED_COMPARE = ['__gt__', '__lt__', '', '__ge__', '__le__'];

function instanceBinaryOp(info: ClassInfo, op: number, lhs: Obj, rhs: Obj): Obj | undefined {
  const name = BINARY_OP_METHOD[op];
  if (name === undefined || name === '') return undefined;
  const r = resolve(info, name);
  if (r.kind === Kind.USER) {
    const v = callRes(r, lhs, [rhs]);
    if (v !== NotImplemented) return op === BinaryOp.CONTAINS ? isTrue(v) : v;
  }
  // Without a usable __ne__, != is the negation of __eq__ (as in CPython and MicroPython).
  if (op === BinaryOp.NOT_EQUAL && r.kind !== Kind.NATIVE) {
    const re = resolve(info, '__eq__');
    if (re.kind === Kind.USER) {
      const v = callRes(re, lhs, [rhs]);
      if (v !== NotImplemented) return !isTrue(v);
    }
  }
  if (r.kind !== Kind.NATIVE) {
    if (op <= BinaryOp.MORE_EQUAL && op !== BinaryOp.EQUAL && typeOf(rhs) === info.cls) {
      const rr = resolve(info, SWAPPED_COMPARE[op]);
      if (rr.kind === Kind.USER) {
        const v = callRes(rr, rhs, [lhs]);
        if (v !== NotImplemented) return v;
      }
    }
    return undefined;
  }
  if (r.kind === Kind.NATIVE) {
    if (isWrapper(info)) {
      const l = nativeSelf(lhs);
      const rr = nativeSelf(rhs);
      if (op === BinaryOp.CONTAINS) return contains(l, rr);
      if (op >= BinaryOp.REVERSE_OR && op <= BinaryOp.REVERSE_POWER) return binaryOp(op - PLAIN_TO_REVERSE, rr, l);
      return binaryOp(op, l, rr);
    }
    return r.native!.binaryOp!(op, lhs, rhs);
  }
  return undefined;
}

function userHash(v: Obj): number {
  const h = toInt(v);
  return typeof h === 'bigint' ? Number(BigInt.asIntN(52, h)) : h;
}

/** Compute the presence-sensitive slots of a user class from what its MRO defines. */
function computeSlots(info: ClassInfo): void {
  const cls = info.cls;
  info.cache.clear();
  const wrapper = isWrapper(info);

  // flags for attribute access
  let acc = false;
  let ga = false;
  for (const t of cls.mro) {
    if (!t.isUserClass) continue;
    if (t.locals.has('__setattr__') || t.locals.has('__delattr__')) acc = true;
    if (t.locals.has('__getattr__')) ga = true;
    for (const v of t.locals.values()) if (isDescriptorValue(v)) acc = true;
  }
  info.hasAccessors = acc;
  info.hasGetattr = ga;

  let r = resolve(info, '__hash__');
  if (r.kind === Kind.USER) {
    const rr = r;
    cls.hash = (self) => userHash(callRes(rr, self, []));
  } else if (r.kind === Kind.UNHASHABLE) {
    cls.hash = (self) => raiseTypeError(`unhashable type: '${typeOf(self).name}'`);
  } else if (r.kind === Kind.NATIVE) {
    const t = r.native!;
    cls.hash = wrapper ? (self) => hash(nativeSelf(self)) : t.hash;
  } else {
    cls.hash = null;
  }

  r = resolve(info, '__call__');
  if (r.kind === Kind.USER) {
    const rr = r;
    cls.call = (self, args, kw) => callRes(rr, self, args, kw);
  } else cls.call = r.kind === Kind.NATIVE ? r.native!.call : null;

  r = resolve(info, '__getitem__');
  if (r.kind === Kind.USER) {
    const rr = r;
    cls.getItem = (self, index) => callRes(rr, self, [index]);
  } else if (r.kind === Kind.NATIVE) cls.getItem = wrapper ? (self, index) => getItem(nativeSelf(self), index) : r.native!.getItem;
  else cls.getItem = null;

  r = resolve(info, '__setitem__');
  if (r.kind === Kind.USER) {
    const rr = r;
    cls.setItem = (self, index, value) => {
      callRes(rr, self, [index, value]);
    };
  } else if (r.kind === Kind.NATIVE) cls.setItem = wrapper ? (self, index, value) => setItem(nativeSelf(self), index, value) : r.native!.setItem;
  else cls.setItem = null;

  r = resolve(info, '__delitem__');
  if (r.kind === Kind.USER) {
    const rr = r;
    cls.delItem = (self, index) => {
      callRes(rr, self, [index]);
    };
  } else if (r.kind === Kind.NATIVE) cls.delItem = wrapper ? (self, index) => delItem(nativeSelf(self), index) : r.native!.delItem;
  else cls.delItem = null;

  r = resolve(info, '__iter__');
  if (r.kind === Kind.USER) {
    const rr = r;
    cls.getIter = (self) => callRes(rr, self, []);
  } else if (r.kind === Kind.NATIVE) cls.getIter = wrapper ? (self) => getIter(nativeSelf(self)) : r.native!.getIter;
  else cls.getIter = null;

  r = resolve(info, '__next__');
  if (r.kind === Kind.USER) {
    const rr = r;
    cls.iterNext = (self) => {
      try {
        return callRes(rr, self, []);
      } catch (e) {
        if (e instanceof PyException && e.type.isSubtypeOf(StopIteration)) {
          // its value is the result of a `yield from` over this iterator
          vmState.stopIterationValue = e.args.length === 0 ? None : e.args[0];
          return undefined;
        }
        throw e;
      }
    };
  } else if (r.kind === Kind.NATIVE) cls.iterNext = wrapper ? (self) => iterNext(nativeSelf(self)) : r.native!.iterNext;
  else cls.iterNext = null;

  r = resolve(info, '__len__');
  if (r.kind === Kind.USER) {
    const rr = r;
    cls.len = (self) => {
      const n = toInt(callRes(rr, self, []));
      if (n < 0) raiseTypeError('__len__() should return >= 0');
      return Number(n);
    };
  } else if (r.kind === Kind.NATIVE) cls.len = wrapper ? (self) => len(nativeSelf(self)) : r.native!.len;
  else cls.len = null;

  r = resolve(info, '__bool__');
  if (r.kind === Kind.USER) {
    const rr = r;
    cls.bool = (self) => isTrue(callRes(rr, self, []));
  } else if (r.kind === Kind.NATIVE) cls.bool = wrapper ? (self) => isTrue(nativeSelf(self)) : r.native!.bool;
  else cls.bool = null;

  r = resolve(info, '__get__');
  if (r.kind === Kind.USER) {
    const rr = r;
    cls.descrGet = (self, instance, owner) => callRes(rr, self, [instance === null ? None : instance, owner]);
  } else cls.descrGet = r.kind === Kind.NATIVE && !wrapper ? r.native!.descrGet : null;

  const nb = cls.nativeBase;
  cls.buffer = nb !== object_type && !wrapper ? nb.buffer : null;
}

/** Recompute slots of cls and of every class derived from it (after a class attribute changed). */
function refreshClass(cls: PyType): void {
  const info = infos.get(cls);
  if (info !== undefined) computeSlots(info);
  const subs = subclassesOf.get(cls);
  if (subs !== undefined) for (const s of subs) refreshClass(s);
}

/** Values that take part in attribute stores: properties and objects whose class defines __set__/__delete__/__get__. */
function isDescriptorValue(v: Obj): boolean {
  if (v instanceof PyProperty) return true;
  if (typeof v !== 'object') return false;
  const t = (v as PyObject).type;
  if (!t.isUserClass) return false;
  return t.lookup('__set__') !== undefined || t.lookup('__delete__') !== undefined || t.lookup('__get__') !== undefined;
}

// ---------------------------------------------------------------------------------------------
// attributes of instances

/** Look a name up along the class's MRO, applying binding/descriptors for instance self. */
function classAttrForInstance(cls: PyType, self: Obj, name: string): Obj | undefined {
  const mro = cls.mro;
  for (let i = 0; i < mro.length; i++) {
    const t = mro[i];
    const v = t.locals.get(name);
    if (t.isUserClass || t === object_type) {
      if (v === undefined) continue;
      // A built-in function stored on a user class acts like a staticmethod (MicroPython, CPython).
      if (v instanceof PyBuiltin && t !== object_type) return v;
      return bindAttr(v, self, cls);
    } else {
      const ns = nativeSelf(self);
      if (v !== undefined) return bindAttr(v, ns, cls);
      if (t.getAttr !== null) {
        const r = t.getAttr(ns, name);
        if (r !== undefined) return r;
      }
    }
  }
  return undefined;
}

function instanceGetAttr(info: ClassInfo, self: Obj, name: string): Obj | undefined {
  if (self instanceof PyType) return typeGetAttr(self, name);
  {
    const v = instanceGetOwn(self, name);
    if (v !== undefined) return v;
  }
  const cls = info.cls;
  const v = classAttrForInstance(cls, self, name);
  if (v !== undefined) return v;
  if (name === '__dict__') return instanceDict(self, true)!;
  if (name === '__class__') return typeOf(self);
  if (info.hasGetattr && name !== '__getattr__') {
    switch (name) {
      case '__get__':
      case '__set__':
      case '__delete__':
      case '__set_name__':
      case '__setattr__':
      case '__delattr__':
        return undefined;
    }
    const r = resolve(info, '__getattr__');
    if (r.kind === Kind.USER) return callRes(r, self, [name]);
  }
  return undefined;
}

/** LOAD_METHOD on an instance: a plain function found on the class is returned unbound with self. */
function userLoadMethod(o: Obj, name: string, dest: (Obj | undefined)[]): boolean {
  if (o instanceof PyType) return false;
  if (instanceGetOwn(o, name) !== undefined) return false;
  const mro = (o as PyObject).type.mro;
  for (let i = 0; i < mro.length; i++) {
    const t = mro[i];
    const v = t.locals.get(name);
    if (v !== undefined) {
      if (typeof v !== 'object' || !(v as PyObject).type.isFunction) return false;
      if (v instanceof PyBuiltin && t.isUserClass) return false;
      dest[0] = v;
      dest[1] = t.isUserClass || t === object_type ? o : nativeSelf(o);
      return true;
    }
    if (!t.isUserClass && t.getAttr !== null) return false;
  }
  return false;
}
setUserLoadMethod(userLoadMethod);

function instanceSetAttr(info: ClassInfo, self: Obj, name: string, value: Obj | undefined): boolean {
  if (self instanceof PyType) return typeSetAttr(self, name, value);
  if (info.hasAccessors) {
    const member = info.cls.lookup(name);
    if (member !== undefined) {
      if (member instanceof PyProperty) {
        if (value === undefined) {
          if (member.fdel === None) return false;
          call(member.fdel, [self]);
        } else {
          if (member.fset === None) return false;
          call(member.fset, [self, value]);
        }
        return true;
      }
      if (typeof member === 'object' && (member as PyObject).type.isUserClass) {
        const mt = (member as PyObject).type;
        const m = mt.lookup(value === undefined ? '__delete__' : '__set__');
        if (m !== undefined) {
          callSpecial(m, member, value === undefined ? [self] : [self, value]);
          return true;
        }
      }
    }
    const r = resolve(info, value === undefined ? '__delattr__' : '__setattr__');
    if (r.kind === Kind.USER && r.native === null) {
      callRes(r, self, value === undefined ? [name] : [name, value]);
      return true;
    }
  }
  return storeInstanceAttr(self, name, value);
}

/** Plain store/delete in the instance dict (object.__setattr__ / __delattr__). */
export function storeInstanceAttr(self: Obj, name: string, value: Obj | undefined): boolean {
  if (self instanceof PyInstance && self.attrs !== null) {
    const a = self.attrs;
    if (value !== undefined) {
      a[name] = value;
      return true;
    }
    if (a[name] === undefined) return false;
    delete a[name];
    return true;
  }
  if (value === undefined) {
    const d = instanceDict(self, false);
    return d !== null && d.delete(name) !== undefined;
  }
  instanceDict(self, true)!.set(name, value);
  return true;
}

// ---------------------------------------------------------------------------------------------
// instance creation

function isInitStyle(nb: PyType): boolean {
  // Built-ins whose __new__ ignores the arguments and whose __init__ fills the object.
  return nb.isSubtypeOf(list_type) || nb.isSubtypeOf(dict_type) || nb.isSubtypeOf(set_type) || nb.name === 'bytearray';
}

/** Make the native part of an instance of cls from the built-in base's constructor. */
function makeNative(cls: PyType, nb: PyType, args: Obj[], kw: KwArgs): Obj {
  if (nb.makeNew === null) return raiseTypeError(`can't create '${nb.name}' instances`);
  const o = nb.makeNew(cls, args, kw);
  if (typeof o === 'object' && (o as PyObject).type !== cls) {
    // The constructor ignored the type argument (or returned a shared object): copy it, never mutate it.
    const copy = Object.create(Object.getPrototypeOf(o)) as PyObject;
    Object.assign(copy, o);
    copy.type = cls;
    return copy;
  }
  return o;
}

/** A new, uninitialised instance of a user class (object.__new__). */
export function newInstance(cls: PyType, args: Obj[], kw: KwArgs, deferInit: boolean): Obj {
  const info = infos.get(cls);
  return info === undefined ? new PyInstance(cls) : newInfoInstance(info, args, kw, deferInit);
}

function newInfoInstance(info: ClassInfo, args: Obj[], kw: KwArgs, deferInit: boolean): Obj {
  const cls = info.cls;
  if (info.layout === Layout.PLAIN) return new PyInstance(cls);
  const nb = cls.nativeBase;
  if (info.layout === Layout.WRAPPER) {
    if (nb.makeNew === null) return raiseTypeError(`can't create '${nb.name}' instances`);
    return new PyInstance(cls, nb.makeNew(nb, args, kw));
  }
  if (deferInit && info.initStyle) return makeNative(cls, nb, [], null);
  return makeNative(cls, nb, args, kw);
}

/** The built-in base's __init__ for an instance of a user class: re-initialise the native part. */
export function nativeInit(self: Obj, args: Obj[], kw: KwArgs): void {
  if (self instanceof PyException) {
    self.args = args.slice();
    return;
  }
  const t = typeOf(self);
  const nb = t.nativeBase;
  if (nb === object_type || self instanceof PyInstance || !isInitStyle(nb) || nb.makeNew === null) return;
  const fresh = nb.makeNew(nb, args, kw) as unknown as Record<string, unknown>;
  const target = self as unknown as Record<string, unknown>;
  for (const k of Object.keys(fresh)) if (k !== 'type') target[k] = fresh[k];
}

const native_init_fn = new PyBuiltin('__init__', (args, kw) => {
  if (args.length === 0) raiseTypeError('function missing 1 required positional arguments');
  nativeInit(args[0], args.slice(1), kw);
  return None;
});

/** Find __new__ or __init__ defined in Python before the built-in part of the MRO. */
function findUserMethod(cls: PyType, name: string): Obj | undefined {
  const mro = cls.mro;
  for (let i = 0; i < mro.length; i++) {
    const t = mro[i];
    if (!t.isUserClass) return undefined;
    const v = t.locals.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

/**
 * A user __init__ found after a built-in base in the MRO (class C(tuple, Base)): built-ins have no
 * __init__ of their own, so MicroPython's lookup carries on past them.
 */
function findLateUserInit(cls: PyType): Obj | undefined {
  const mro = cls.mro;
  for (let i = 0; i < mro.length; i++) {
    const t = mro[i];
    if (t === object_type) return undefined;
    if (!t.isUserClass) {
      if (t.locals.has('__init__')) return undefined;
      continue;
    }
    const v = t.locals.get('__init__');
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Calling a user class: __new__ (or a blank instance), then __init__. */
function instanceMakeNew(cls: PyType, args: Obj[], kw: KwArgs): Obj {
  const info = infos.get(cls)!;
  if (info.ctorVersion !== cls.version) ctorLookup(info);
  const newFn = info.newFn;
  let o: Obj;
  if (newFn !== undefined) {
    const all = new Array<Obj>(args.length + 1);
    all[0] = cls;
    for (let i = 0; i < args.length; i++) all[i + 1] = args[i];
    o = call(newFn, all, kw);
    // "If __new__() does not return an instance of cls, then __init__() is not invoked."
    if (!typeOf(o).isSubtypeOf(cls)) return o;
  } else {
    o = newInfoInstance(info, args, kw, info.initFn !== undefined);
  }
  const initFn = info.runInit;
  if (initFn !== undefined) {
    const r = callSpecial(initFn, o, args, kw);
    if (r !== None) raiseTypeError(`__init__() should return None, not '${typeOf(r).name}'`);
  }
  return o;
}

/**
 * For the VM's inline instantiation: the __init__ to run on a blank PyInstance when calling cls
 * amounts to `o = PyInstance(cls); __init__(o, *args); return o` (cls's metaclass is type, its
 * instances are plain, no __new__ written in Python, an __init__ that is a function); undefined
 * otherwise. The answer depends only on cls and its MRO, so the VM caches it against cls.version.
 */
export function plainInit(cls: PyType): Obj | undefined {
  const info = infos.get(cls);
  if (info === undefined || info.layout !== Layout.PLAIN) return undefined;
  return inlineInit(cls);
}

/**
 * As plainInit, for a class of any layout (a subclass of Exception, list, int...): calling cls
 * amounts to `o = newInstance(cls, args, null, true); __init__(o, *args); return o`. An exception
 * class with an __init__ then runs it in the VM loop rather than in a nested one (~150 ns a call).
 */
export function inlineInit(cls: PyType): Obj | undefined {
  if (cls.type !== type_type || cls.makeNew !== instanceMakeNew) return undefined;
  const info = infos.get(cls);
  if (info === undefined) return undefined;
  if (info.ctorVersion !== cls.version) ctorLookup(info);
  if (info.newFn !== undefined) return undefined;
  const init = info.runInit;
  if (init === undefined || typeof init !== 'object' || !(init as PyObject).type.isFunction) return undefined;
  return init;
}

/**
 * For an inline cache of LOAD_ATTR on instances of cls whose own dict lacks `name`: the class
 * attribute the lookup finds, when it is a plain value that comes back as is (an int, str, float,
 * None, a tuple...: no binding, no descriptor), so the answer depends only on cls and its MRO (the
 * VM keys it on cls.version); undefined otherwise (a method, a property, not found...).
 */
export function plainClassAttr(cls: PyType, name: string): Obj | undefined {
  if (!cls.isUserClass) return undefined;
  const info = infos.get(cls);
  if (info === undefined || info.layout !== Layout.PLAIN) return undefined;
  const mro = cls.mro;
  for (let i = 0; i < mro.length; i++) {
    const t = mro[i];
    const v = t.locals.get(name);
    if (v !== undefined) {
      if (typeof v !== 'object') return v;
      // a built-in type's instances can't gain __get__ later; a user class's can (no version bump here)
      const vt = (v as PyObject).type;
      return vt.isUserClass || vt.isFunction || vt.descrGet !== null ? undefined : v;
    }
    if (!t.isUserClass && t !== object_type) return undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// class creation

function computeMro(cls: PyType, bases: PyType[]): PyType[] {
  const mro: PyType[] = [cls];
  for (const b of bases) for (const t of b.mro) if (t !== object_type && !mro.includes(t)) mro.push(t);
  mro.push(object_type);
  return mro;
}

function findNativeBase(bases: PyType[]): PyType {
  let nb: PyType = object_type;
  for (const b of bases) {
    const n = b.isUserClass ? b.nativeBase : b;
    if (n === object_type) continue;
    if (nb === object_type || n.isSubtypeOf(nb)) nb = n;
    else if (!nb.isSubtypeOf(n)) raiseTypeError('multiple bases have instance lay-out conflict');
  }
  return nb;
}

/**
 * Create a class: name, bases (types), the namespace filled by the class body, and keywords
 * (only `metaclass=` is understood). The metaclass defaults to the type of the first base.
 */
export function makeClass(name: string, bases: Obj[], ns: PyDict, kw: KwArgs): PyType {
  let meta: PyType | null = null;
  if (kw !== null) {
    const m = kw.get('metaclass');
    if (m !== undefined) {
      if (!(m instanceof PyType)) raiseTypeError('metaclass must be a type');
      meta = m;
    }
  }
  return makeClassWithMeta(name, bases, ns, meta);
}

function makeClassWithMeta(name: string, basesIn: Obj[], ns: PyDict, meta: PyType | null): PyType {
  const bases: PyType[] = [];
  for (const b of basesIn) {
    if (!(b instanceof PyType)) return raiseTypeError('bases must be types');
    if (!b.isUserClass && !b.baseType) raiseTypeError(`type '${b.name}' isn't an acceptable base type`);
    bases.push(b);
  }
  if (bases.length === 0) bases.push(object_type);
  const modName = ns.get('__module__');
  const cls = new PyType({ name, bases, module: typeof modName === 'string' ? modName : '__main__', baseType: true });
  cls.type = meta ?? (bases[0].type.isSubtypeOf(type_type) ? bases[0].type : type_type);
  cls.isUserClass = true;
  cls.mro = computeMro(cls, bases);
  cls.nativeBase = findNativeBase(bases);
  for (const [k, v] of ns.entries()) {
    if (typeof k !== 'string') continue;
    cls.locals.set(k, v);
  }
  // __new__ is implicitly a static method
  const nw = cls.locals.get('__new__');
  if (nw !== undefined && typeof nw === 'object' && (nw as PyObject).type.isFunction) {
    cls.locals.set('__new__', new PyStaticMethod(staticmethod_type, nw));
  }

  const nb = cls.nativeBase;
  const layout = nb === object_type ? Layout.PLAIN : nb.isSubtypeOf(int_type) || nb.isSubtypeOf(str_type) ? Layout.WRAPPER : Layout.IN_PLACE;
  const info = new ClassInfo(cls, layout);
  infos.set(cls, info);

  // The slots every user class has; the presence-sensitive ones come from computeSlots.
  cls.makeNew = instanceMakeNew;
  cls.repr = (self) => instanceRepr(info, self);
  cls.str = (self) => instanceStr(info, self);
  cls.unaryOp = (op, self) => instanceUnaryOp(info, op, self);
  cls.binaryOp = (op, lhs, rhs) => instanceBinaryOp(info, op, lhs, rhs);
  cls.getAttr = (self, attr) => instanceGetAttr(info, self, attr);
  cls.setAttr = (self, attr, value) => instanceSetAttr(info, self, attr, value);
  computeSlots(info);

  for (const b of bases) {
    if (!b.isUserClass) continue;
    let subs = subclassesOf.get(b);
    if (subs === undefined) subclassesOf.set(b, (subs = []));
    subs.push(cls);
  }

  // descriptors learn their name (MicroPython calls __set_name__ too); over a snapshot of the
  // namespace, since __set_name__ may add, replace or delete class attributes
  for (const [k, v] of Array.from(cls.locals)) {
    if (typeof v !== 'object' || !(v as PyObject).type.isUserClass) continue;
    const sn = (v as PyObject).type.lookup('__set_name__');
    if (sn !== undefined) callSpecial(sn, v, [cls, k]);
  }
  return cls;
}

// ---------------------------------------------------------------------------------------------
// type

function typeGetAttr(cls: PyType, name: string): Obj | undefined {
  switch (name) {
    case '__name__':
      return cls.name;
    case '__qualname__': {
      const q = cls.isUserClass ? cls.locals.get('__qualname__') : undefined;
      return q ?? cls.name;
    }
    case '__module__': {
      const m = cls.isUserClass ? cls.locals.get('__module__') : undefined;
      return m ?? cls.module;
    }
    case '__dict__': {
      const d = new PyDict();
      for (const [k, v] of cls.locals) d.set(k, v);
      return d;
    }
    case '__bases__':
      return cls === object_type ? EMPTY_TUPLE : new PyTuple(cls.bases.slice());
  }
  return undefined;
}

/** A class's locals changed: bump its version and its subclasses' (the VM's inline caches compare them). */
function bumpVersion(cls: PyType): void {
  cls.version++;
  const subs = subclassesOf.get(cls);
  if (subs !== undefined) for (const s of subs) bumpVersion(s);
}

/**
 * Whether attribute stores on instances of cls go straight to the instance dict (no property,
 * descriptor or __setattr__ in its MRO). The VM caches the answer per STORE_ATTR, keyed on cls.version.
 */
export function plainAttrStore(cls: PyType): boolean {
  const info = infos.get(cls);
  return info !== undefined && !info.hasAccessors;
}

function typeSetAttr(cls: PyType, name: string, value: Obj | undefined): boolean {
  if (!cls.isUserClass) return false;
  const old = cls.locals.get(name);
  if (value === undefined) {
    if (old === undefined) return false;
    cls.locals.delete(name);
  } else {
    cls.locals.set(name, value);
  }
  bumpVersion(cls);
  const special = name.length > 4 && name.startsWith('__') && name.endsWith('__');
  if (special || (old !== undefined && isDescriptorValue(old)) || (value !== undefined && isDescriptorValue(value))) {
    refreshClass(cls);
  }
  return true;
}

function typeMakeNew(meta: PyType, args: Obj[], kw: KwArgs): Obj {
  if (args.length === 1 && meta === type_type && (kw === null || kw.size === 0)) return typeOf(args[0]);
  if (args.length !== 3) return raiseTypeError('type takes 1 or 3 arguments');
  const [name, bases, ns] = args;
  if (typeof name !== 'string' || !(bases instanceof PyTuple) || !(ns instanceof PyDict)) return raiseTypeError('type() argument types');
  return makeClassWithMeta(name, bases.items, ns, meta);
}

type_type.makeNew = typeMakeNew;
type_type.call = (self, args, kw) => {
  const cls = self as PyType;
  if (cls.makeNew === null) return raiseTypeError(`can't create '${cls.name}' instances`);
  return cls.makeNew(cls, args, kw);
};
type_type.repr = (self) => `<class '${(self as PyType).name}'>`;
type_type.getAttr = (self, name) => typeGetAttr(self as PyType, name);
type_type.setAttr = (self, name, value) => typeSetAttr(self as PyType, name, value);
type_type.locals.set(
  '__new__',
  new PyStaticMethod(
    staticmethod_type,
    new PyBuiltin('__new__', (args, kw) => {
      if (args.length < 1 || !(args[0] instanceof PyType)) raiseTypeError('type.__new__(X): X is not a type object');
      return typeMakeNew(args[0] as PyType, args.slice(1), kw);
    }),
  ),
);
type_type.locals.set(
  '__init__',
  new PyBuiltin('__init__', () => None),
);

// ---------------------------------------------------------------------------------------------
// isinstance / issubclass

function isSubclassOf(t: PyType, classinfo: Obj): boolean {
  if (classinfo instanceof PyType) return classinfo === object_type || t.isSubtypeOf(classinfo);
  if (classinfo instanceof PyTuple) {
    const items = classinfo.items;
    for (let i = 0; i < items.length; i++) if (isSubclassOf(t, items[i])) return true;
    return false;
  }
  return raiseTypeError('issubclass() arg 2 must be a class or a tuple of classes');
}

// The builtins are function declarations, initialised before any module body runs: modbuiltins.ts
// reads them at load time, possibly while this module is still waiting on its imports (vm.ts).
export function builtin_isinstance(args: Obj[], kw: KwArgs): Obj {
  checkArgs('isinstance', args, kw, 2, 2);
  return isSubclassOf(typeOf(args[0]), args[1]);
}

export function builtin_issubclass(args: Obj[], kw: KwArgs): Obj {
  checkArgs('issubclass', args, kw, 2, 2);
  const t = args[0];
  if (!(t instanceof PyType)) return raiseTypeError('issubclass() arg 1 must be a class');
  return isSubclassOf(t, args[1]);
}

// ---------------------------------------------------------------------------------------------
// super

/**
 * Attribute `name` of super(cls, self): searched in the MRO of self's class (or of self, when self
 * is a subclass of cls, as in a classmethod) after cls, bound to self. undefined if absent.
 * `super().__init__(...)` reaching a built-in base re-initialises the native part (MicroPython's
 * native_base_init_wrapper).
 */
export function superLookup(cls: PyType, self: Obj, name: string): Obj | undefined {
  const classMode = self instanceof PyType && self.isSubtypeOf(cls);
  const start = classMode ? (self as PyType) : typeOf(self);
  const mro = start.mro;
  let i = mro.indexOf(cls);
  if (i < 0) i = 0;
  for (let j = i + 1; j < mro.length; j++) {
    const t = mro[j];
    const v = t.locals.get(name);
    const isNative = !t.isUserClass && t !== object_type;
    if (v !== undefined) {
      if (classMode) {
        if (typeof v !== 'object') return v;
        const vt = (v as PyObject).type;
        if (!vt.isFunction && vt.descrGet !== null) return vt.descrGet(v, null, start);
        return v;
      }
      return bindAttr(v, isNative ? nativeSelf(self) : self, start);
    }
    if (isNative && !classMode) {
      if (name === '__init__') return new PyBoundMethod(self, native_init_fn);
      if (t.getAttr !== null) {
        const r = t.getAttr(nativeSelf(self), name);
        if (r !== undefined) return r;
      }
    }
  }
  return undefined;
}

/**
 * LOAD_SUPER_METHOD without a super object or a bound method: when super(cls, self).name is a
 * method of self's class after cls in the MRO (or a built-in base's __init__), dest[0] = the
 * function and dest[1] = the self to call it with, and true; false when the general path
 * (superLookup on a PySuper) must answer. For `super().__init__(msg)` in an exception class.
 */
export function superMethod(cls: PyType, self: Obj, name: string, dest: (Obj | undefined)[]): boolean {
  if (typeof self !== 'object' || self instanceof PyType) return false;
  const mro = (self as PyObject).type.mro;
  let i = mro.indexOf(cls);
  if (i < 0) return false;
  for (i++; i < mro.length; i++) {
    const t = mro[i];
    const v = t.locals.get(name);
    const isNative = !t.isUserClass && t !== object_type;
    if (v !== undefined) {
      if (typeof v !== 'object' || !(v as PyObject).type.isFunction) return false;
      dest[0] = v;
      dest[1] = isNative ? nativeSelf(self) : self;
      return true;
    }
    if (isNative) {
      if (name !== '__init__') return false;
      dest[0] = native_init_fn;
      dest[1] = self;
      return true;
    }
  }
  return false;
}

// PySuper and super_type live in objobject.ts (see there why); re-exported here.
export { PySuper, super_type } from './objobject.js';

// ---------------------------------------------------------------------------------------------
// __build_class__

/**
 * __build_class__(body, name, *bases, **kw): run the body with a fresh dict as its locals, then
 * create the class through the metaclass. The body returns the `__class__` cell (for zero-argument
 * super) or None; the cell receives the new class.
 */
export function builtin___build_class__(args: Obj[], kw: KwArgs): Obj {
  if (args.length < 2) return raiseTypeError('__build_class__: not enough arguments');
  const body = args[0];
  const name = args[1];
  if (typeof name !== 'string') return raiseTypeError('__build_class__: name is not a string');
  const bases = args.slice(2);
  let meta: Obj | undefined;
  let rest: KwArgs = null;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'metaclass') meta = v;
      else (rest ??= new Map()).set(k, v);
    }
  }
  if (meta === undefined) meta = bases.length > 0 ? typeOf(bases[0]) : type_type;
  const ns = new PyDict();
  const cell = callFunctionWithLocals(body, ns);
  let cls: Obj;
  if (meta === type_type) cls = makeClassWithMeta(name, bases, ns, null);
  else cls = call(meta, [name, new PyTuple(bases), ns], rest);
  if (cell !== None && typeof cell === 'object' && 'value' in (cell as object)) {
    (cell as unknown as { value: Obj | undefined }).value = cls;
  }
  return cls;
}

/** True if o is an instance of a class defined in Python. */
export function isUserInstance(o: Obj): boolean {
  return typeof o === 'object' && (o as PyObject).type.isUserClass;
}


// BaseException.__init__(self, *args) sets args (CPython has it; MicroPython reaches the native
// constructor through super().__init__ only). Defined here because objexcept.ts is evaluated before
// objfun.ts and so cannot create builtins at load time.
BaseException.locals.set(
  '__init__',
  new PyBuiltin('__init__', (args, kw) => {
    if (args.length === 0 || !(args[0] instanceof PyException)) return raiseTypeError('descriptor requires an exception');
    if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
    args[0].args = args.slice(1);
    return None;
  }),
);
