// The io module (MicroPython py/modio.c): open (the builtin), IOBase, StringIO and BytesIO
// (objstringio.ts).
//
// IOBase is the base class for streams written in Python: a subclass defines write(), readinto()
// or ioctl(), and code that takes a stream (print(file=...), ...) calls those methods.
import { type Obj, type PyObject, PyType } from './obj.js';
import { newModule, type PyModule } from './objmodule.js';
import { builtinsDict } from './modbuiltins.js';
import { stringio_type, bytesio_type } from './objstringio.js';

export class PyIOBase implements PyObject {
  constructor(public type: PyType) {}
}

export const iobase_type: PyType = new PyType({
  name: 'IOBase',
  baseType: true,
  makeNew: (type) => new PyIOBase(type),
});

export function makeIoModule(): PyModule {
  const m = newModule('io');
  const g = m.globals;
  const open: Obj | undefined = builtinsDict.get('open');
  if (open !== undefined) g.set('open', open);
  g.set('IOBase', iobase_type);
  g.set('StringIO', stringio_type);
  g.set('BytesIO', bytesio_type);
  return m;
}
