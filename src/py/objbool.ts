// bool (MicroPython py/objbool.c): JS true/false, a subclass of int handled in the slow paths.
import { PyType } from './obj.js';
import { int_type } from './objint.js';

export const bool_type: PyType = new PyType({ name: 'bool', base: int_type });
