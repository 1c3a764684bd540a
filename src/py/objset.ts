// set and frozenset (MicroPython py/objset.c). Elements live in a PyDict's key space (values unused),
// so set membership follows dict key rules (1 == 1.0 == True).
import { type PyObject, PyType } from './obj.js';
import { PyDict } from './objdict.js';

export const set_type: PyType = new PyType({ name: 'set', baseType: true });
export const frozenset_type: PyType = new PyType({ name: 'frozenset', baseType: true });

export class PySet implements PyObject {
  type: PyType;
  /** keys are the elements; every value is true */
  readonly d: PyDict;
  constructor(type: PyType = set_type) {
    this.type = type;
    this.d = new PyDict();
  }
}
