// staticmethod and classmethod (MicroPython py/objtype.c): descriptors wrapping a callable.
import { type Obj, type PyObject, PyType } from './obj.js';
import { PyBoundMethod } from './objboundmeth.js';
import { checkArgs } from './objfun.js';

export const staticmethod_type: PyType = new PyType({
  name: 'staticmethod',
  makeNew: (type, args, kw) => {
    checkArgs('staticmethod', args, kw, 1, 1);
    return new PyStaticMethod(type, args[0]);
  },
  descrGet: (self) => (self as PyStaticMethod).fn,
});

export const classmethod_type: PyType = new PyType({
  name: 'classmethod',
  makeNew: (type, args, kw) => {
    checkArgs('classmethod', args, kw, 1, 1);
    return new PyStaticMethod(type, args[0]);
  },
  descrGet: (self, _instance, owner) => new PyBoundMethod(owner, (self as PyStaticMethod).fn),
});

/** The object behind both staticmethod and classmethod: its type says which. */
export class PyStaticMethod implements PyObject {
  constructor(
    public type: PyType,
    public readonly fn: Obj,
  ) {}
}
