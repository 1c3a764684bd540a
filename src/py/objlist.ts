// list (MicroPython py/objlist.c). Items are a plain JS array.
import { type Obj, type PyObject, PyType } from './obj.js';

export const list_type: PyType = new PyType({ name: 'list', baseType: true });

export class PyList implements PyObject {
  type: PyType;
  constructor(public items: Obj[], type: PyType = list_type) {
    this.type = type;
  }
}

export function newList(items: Obj[]): PyList {
  return new PyList(items);
}
