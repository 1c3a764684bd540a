// The array module (MicroPython extmod/modarray.c): just the array type, which lives with
// bytearray and memoryview in objarray.ts as in MicroPython's py/objarray.c.
import { newModule, type PyModule } from './objmodule.js';
import { array_type } from './objarray.js';

export function makeArrayModule(): PyModule {
  const m = newModule('array');
  m.globals.set('array', array_type);
  return m;
}
