// Cells: the boxes closures share for a variable of an enclosing function (MicroPython py/objcell.c).
// value undefined means the variable is unbound (MicroPython's MP_OBJ_NULL).
import { type Obj, type PyObject, PyType } from './obj.js';

export const cell_type: PyType = new PyType({ name: 'cell' });

export class PyCell implements PyObject {
  type: PyType = cell_type;
  constructor(public value: Obj | undefined) {}
}
