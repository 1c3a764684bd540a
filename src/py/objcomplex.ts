// complex (MicroPython py/objcomplex.c).
import { type PyObject, PyType } from './obj.js';

export const complex_type: PyType = new PyType({ name: 'complex', baseType: true });

export class PyComplex implements PyObject {
  type: PyType;
  constructor(public readonly real: number, public readonly imag: number, type: PyType = complex_type) {
    this.type = type;
  }
}
