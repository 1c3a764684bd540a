// bytes (MicroPython py/objstr.c, the bytes half): immutable bytes in a Uint8Array.
import { type PyObject, PyType } from './obj.js';

export const bytes_type: PyType = new PyType({ name: 'bytes', baseType: true });

export class PyBytes implements PyObject {
  type: PyType;
  constructor(public readonly data: Uint8Array, type: PyType = bytes_type) {
    this.type = type;
  }
}
