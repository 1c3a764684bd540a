// tuple (MicroPython py/objtuple.c). Items are a plain JS array, never mutated after creation.
import { type Obj, type PyObject, PyType } from './obj.js';

export const tuple_type: PyType = new PyType({ name: 'tuple', baseType: true });

export class PyTuple implements PyObject {
  type: PyType;
  constructor(public readonly items: Obj[], type: PyType = tuple_type) {
    this.type = type;
  }
}

export const EMPTY_TUPLE = new PyTuple([]);

export function newTuple(items: Obj[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}
