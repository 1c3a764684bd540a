// object: the root of every class (MicroPython py/objobject.c), and super (py/objtype.c).
// super_type is defined here rather than in objtype.ts because modbuiltins.ts reads it at load time
// and objtype.ts imports vm.ts (which imports modbuiltins.ts): when objtype.ts is loaded first, this
// module's body has already run by then, objtype.ts's has not. objtype.ts re-exports it.
// MicroPython's object has __init__, __new__, __setattr__ and __delattr__; we add CPython's
// __eq__, __ne__, __hash__, __repr__ and __str__ so `super().__repr__()` and friends work.
import { type Obj, type PyObject, PyType, object_type, None, NotImplemented } from './obj.js';
import { PyBuiltin, checkArgs } from './objfun.js';
import { PyStaticMethod, staticmethod_type } from './objstaticmethod.js';
import { raiseTypeError, raiseAttributeError } from './objexcept.js';
import { typeOf, id, repr, str, hash } from './runtime.js';
import { newInstance, nativeInit, storeInstanceAttr, superLookup } from './objtype.js';

/** The instance object() returns: nothing but its type. */
export class PyBareObject implements PyObject {
  constructor(public type: PyType) {}
}

object_type.makeNew = (type, args, kw) => {
  checkArgs('object', args, kw, 0, 0);
  return new PyBareObject(type);
};

function isUser(o: Obj): boolean {
  return typeof o === 'object' && (o as PyObject).type.isUserClass;
}

function selfArg(args: Obj[]): Obj {
  if (args.length === 0) raiseTypeError('function missing 1 required positional arguments');
  return args[0];
}

function defaultRepr(o: Obj): string {
  return `<${typeOf(o).name} object at ${id(o).toString(16)}>`;
}

const locals = object_type.locals;

locals.set(
  '__init__',
  new PyBuiltin('__init__', (args, kw) => {
    const self = selfArg(args);
    // object.__init__(self, ...) on a subclass of a built-in (list.__init__(self, x) finds this one)
    const extra = args.length > 1 || (kw !== null && kw.size > 0);
    if (extra && isUser(self) && typeOf(self).nativeBase !== object_type) {
      nativeInit(self, args.slice(1), kw);
    } else if (extra) {
      checkArgs('__init__', args, kw, 1, 1); // object.__init__ takes only self, as MicroPython's
    }
    return None;
  }),
);

locals.set(
  '__new__',
  new PyStaticMethod(
    staticmethod_type,
    new PyBuiltin('__new__', (args, kw) => {
      const cls = selfArg(args);
      if (!(cls instanceof PyType)) return raiseTypeError('arg must be user-type');
      if (!cls.isUserClass) {
        if (cls === object_type) return new PyBareObject(cls);
        // a built-in type is made by its own __new__, never by object's (MicroPython, CPython)
        return raiseTypeError('arg must be user-type');
      }
      return newInstance(cls, args.slice(1), kw, true);
    }),
  ),
);

locals.set(
  '__setattr__',
  new PyBuiltin('__setattr__', (args, kw) => {
    checkArgs('__setattr__', args, kw, 3, 3);
    const [self, name, value] = args;
    if (!isUser(self) || self instanceof PyType) return raiseTypeError('arg must be user-type');
    if (typeof name !== 'string') return raiseTypeError('attribute name must be string');
    storeInstanceAttr(self, name, value);
    return None;
  }),
);

locals.set(
  '__delattr__',
  new PyBuiltin('__delattr__', (args, kw) => {
    checkArgs('__delattr__', args, kw, 2, 2);
    const [self, name] = args;
    if (!isUser(self) || self instanceof PyType) return raiseTypeError('arg must be user-type');
    if (typeof name !== 'string') return raiseTypeError('attribute name must be string');
    if (!storeInstanceAttr(self, name, undefined)) raiseAttributeError('no such attribute');
    return None;
  }),
);

locals.set(
  '__eq__',
  new PyBuiltin('__eq__', (args, kw) => {
    checkArgs('__eq__', args, kw, 2, 2);
    return args[0] === args[1] ? true : NotImplemented;
  }),
);

locals.set(
  '__ne__',
  new PyBuiltin('__ne__', (args, kw) => {
    checkArgs('__ne__', args, kw, 2, 2);
    return args[0] === args[1] ? false : NotImplemented;
  }),
);

locals.set(
  '__hash__',
  new PyBuiltin('__hash__', (args, kw) => {
    checkArgs('__hash__', args, kw, 1, 1);
    const self = args[0];
    return isUser(self) ? id(self) : hash(self);
  }),
);

locals.set(
  '__repr__',
  new PyBuiltin('__repr__', (args, kw) => {
    checkArgs('__repr__', args, kw, 1, 1);
    const self = args[0];
    return isUser(self) || typeOf(self) === object_type ? defaultRepr(self) : repr(self);
  }),
);

locals.set(
  '__str__',
  new PyBuiltin('__str__', (args, kw) => {
    checkArgs('__str__', args, kw, 1, 1);
    const self = args[0];
    return isUser(self) ? repr(self) : str(self);
  }),
);

// ---- super ----

export class PySuper implements PyObject {
  type: PyType;
  constructor(
    readonly cls: PyType,
    readonly obj: Obj,
  ) {
    this.type = super_type;
  }
}

export const super_type: PyType = new PyType({
  name: 'super',
  makeNew: (_type, args, kw) => {
    // zero-argument super() is turned into super(__class__, <first arg>) by the compiler
    checkArgs('super', args, kw, 2, 2);
    const c = args[0];
    if (!(c instanceof PyType)) return raiseTypeError('super() argument 1 must be type');
    const o = args[1];
    const ot = o instanceof PyType && o.isSubtypeOf(c) ? o : typeOf(o);
    if (!ot.isSubtypeOf(c)) raiseTypeError('super(type, obj): obj must be an instance or subtype of type');
    return new PySuper(c, o);
  },
  getAttr: (self, name) => {
    const s = self as PySuper;
    return superLookup(s.cls, s.obj, name);
  },
  repr: (self) => `<super: ${str((self as PySuper).cls)}, ${str((self as PySuper).obj)}>`,
});

