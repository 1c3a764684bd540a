// str (MicroPython py/objstr.c, objstrunicode.c): a JS string, indexed by code point.
import { PyType } from './obj.js';

export const str_type: PyType = new PyType({ name: 'str', baseType: true });
