// float (MicroPython py/objfloat.c). Boxed so that 1 and 1.0 stay distinct without tagging every int.
import { type PyObject, PyType } from './obj.js';

export const float_type: PyType = new PyType({ name: 'float', baseType: true });

export class PyFloat implements PyObject {
  type: PyType;
  constructor(public readonly value: number, type: PyType = float_type) {
    this.type = type;
  }
}

export function newFloat(v: number): PyFloat {
  return new PyFloat(v);
}
