// staticmethod and classmethod (MicroPython py/objtype.c): descriptors wrapping a callable.
import { type Obj, type PyObject, PyType } from './obj.js';
import { PyBoundMethod } from './objboundmeth.js';
import { checkArgs } from './objfun.js';

function wrappedAttr(self: Obj, name: string): Obj | undefined {
  if (name === '__func__') return (self as PyStaticMethod).fn;
  return undefined;
}

export const staticmethod_type: PyType = new PyType({
  name: 'staticmethod',
  baseType: true,
  makeNew: (type, args, kw) => {
    checkArgs('staticmethod', args, kw, 1, 1);
    return new PyStaticMethod(type, args[0]);
  },
  descrGet: (self) => (self as PyStaticMethod).fn,
  getAttr: wrappedAttr,
  repr: () => '<staticmethod>', // MicroPython's; CPython adds the wrapped function
});

export const classmethod_type: PyType = new PyType({
  name: 'classmethod',
  baseType: true,
  makeNew: (type, args, kw) => {
    checkArgs('classmethod', args, kw, 1, 1);
    return new PyStaticMethod(type, args[0]);
  },
  // On an instance, the class is the instance's type (owner); on a class, the class itself.
  descrGet: (self, _instance, owner) => new PyBoundMethod(owner, (self as PyStaticMethod).fn),
  getAttr: wrappedAttr,
  repr: () => '<classmethod>',
});

/** The object behind both staticmethod and classmethod: its type says which. */
export class PyStaticMethod implements PyObject {
  constructor(
    public type: PyType,
    public readonly fn: Obj,
  ) {}
}
