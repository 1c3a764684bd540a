// zip (MicroPython py/objzip.c): zip(*iterables) yields tuples until the shortest is exhausted.
import { type Obj, type PyObject, PyType } from './obj.js';
import { raiseTypeError } from './objexcept.js';
import { getIter, iterNext } from './runtime.js';
import { PyTuple } from './objtuple.js';

export const zip_type: PyType = new PyType({
  name: 'zip',
  baseType: true,
  makeNew: (_type, args, kw) => {
    if (kw !== null && kw.size > 0) raiseTypeError("function doesn't take keyword arguments");
    const its = new Array<Obj>(args.length);
    for (let i = 0; i < args.length; i++) its[i] = getIter(args[i]);
    return new PyZip(its);
  },
  getIter: (self) => self,
  iterNext: (self) => {
    const z = self as PyZip;
    const its = z.its;
    const n = its.length;
    if (n === 0 || z.done) return undefined;
    const items = new Array<Obj>(n);
    for (let i = 0; i < n; i++) {
      const x = iterNext(its[i]);
      if (x === undefined) {
        z.done = true;
        return undefined;
      }
      items[i] = x;
    }
    return new PyTuple(items);
  },
});

export class PyZip implements PyObject {
  type: PyType = zip_type;
  done = false;
  constructor(public readonly its: Obj[]) {}
}
