// property (MicroPython py/objproperty.c): a data descriptor with getter, setter and deleter.
// Loads go through the descrGet slot; stores and deletes are delegated by the instance's setAttr slot
// (objtype.ts), as MicroPython does, rather than through __set__/__delete__ calls.
import { type Obj, type PyObject, PyType, None } from './obj.js';
import { method } from './objfun.js';
import { raiseAttributeError, raiseTypeError } from './objexcept.js';
import { call } from './runtime.js';

export class PyProperty implements PyObject {
  type: PyType;
  constructor(
    type: PyType,
    public fget: Obj,
    public fset: Obj,
    public fdel: Obj,
    public doc: Obj,
  ) {
    this.type = type;
  }
}

const ARG_NAMES = ['fget', 'fset', 'fdel', 'doc'];

function copyWith(self: Obj, which: number, f: Obj): PyProperty {
  if (!(self instanceof PyProperty)) return raiseTypeError('descriptor requires a property');
  const p = new PyProperty(self.type, self.fget, self.fset, self.fdel, self.doc);
  if (which === 0) p.fget = f;
  else if (which === 1) p.fset = f;
  else p.fdel = f;
  return p;
}

export const property_type: PyType = new PyType({
  name: 'property',
  baseType: true,
  makeNew: (type, args, kw) => {
    if (args.length > 4) raiseTypeError(`function expected at most 4 arguments, got ${args.length}`);
    const vals: Obj[] = [None, None, None, None];
    for (let i = 0; i < args.length; i++) vals[i] = args[i];
    if (kw !== null) {
      for (const [k, v] of kw) {
        const i = ARG_NAMES.indexOf(k);
        if (i < 0) raiseTypeError(`unexpected keyword argument '${k}'`);
        vals[i] = v;
      }
    }
    return new PyProperty(type, vals[0], vals[1], vals[2], vals[3]);
  },
  descrGet: (self, instance) => {
    const p = self as PyProperty;
    if (instance === null) return p;
    if (p.fget === None) return raiseAttributeError('unreadable attribute');
    return call(p.fget, [instance]);
  },
  getAttr: (self, name) => {
    const p = self as PyProperty;
    switch (name) {
      case 'fget':
        return p.fget;
      case 'fset':
        return p.fset;
      case 'fdel':
        return p.fdel;
      case '__doc__':
        return p.doc;
    }
    return undefined;
  },
  locals: {
    getter: method('getter', 2, 2, (a) => copyWith(a[0], 0, a[1])),
    setter: method('setter', 2, 2, (a) => copyWith(a[0], 1, a[1])),
    deleter: method('deleter', 2, 2, (a) => copyWith(a[0], 2, a[1])),
  },
});
