// Closures: a function together with the cells it closes over (MicroPython py/objclosure.c).
// The compiler counts closed-over variables as the function's leading positional parameters,
// so a call prepends the cells to the arguments.
import { type Obj, type PyObject, PyType } from './obj.js';
import { getAttr, repr } from './runtime.js';
import type { PyFunction } from './objfunbc.js';
import { callFunction } from './vm.js';

export const closure_type: PyType = new PyType({
  name: 'closure',
  isFunction: true,
  call: (self, args, kw) => {
    const c = self as PyClosure;
    return callFunction(c.fun, c.cells.concat(args), kw);
  },
  getAttr: (self, name) => getAttr((self as PyClosure).fun, name),
  repr: (self) => repr((self as PyClosure).fun),
});

export class PyClosure implements PyObject {
  type: PyType = closure_type;
  constructor(
    public readonly fun: PyFunction,
    public readonly cells: Obj[],
  ) {}
}
