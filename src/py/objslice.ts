// slice (MicroPython py/objslice.c).
import { type Obj, type PyObject, PyType } from './obj.js';

export const slice_type: PyType = new PyType({ name: 'slice' });

export class PySlice implements PyObject {
  type: PyType = slice_type;
  constructor(
    public readonly start: Obj,
    public readonly stop: Obj,
    public readonly step: Obj,
  ) {}
}
