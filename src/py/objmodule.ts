// Module objects (MicroPython py/objmodule.c): a name and a globals dict. Attribute access reads
// and writes the globals; a module-level __getattr__ is consulted for missing names (PEP 562,
// MicroPython's MICROPY_MODULE_GETATTR).
import { type Obj, type PyObject, PyType } from './obj.js';
import { PyDict } from './objdict.js';
import { call } from './runtime.js';

export const module_type: PyType = new PyType({
  name: 'module',
  getAttr: (self, name) => {
    const m = self as PyModule;
    const v = m.globals.get(name);
    if (v !== undefined) return v;
    if (name === '__dict__') return m.globals;
    const ga = m.globals.get('__getattr__');
    if (ga !== undefined) return call(ga, [name]);
    return undefined;
  },
  setAttr: (self, name, value) => {
    // a built-in module's namespace is fixed (MicroPython keeps it in ROM)
    if ((self as PyModule).isBuiltin) return false;
    const g = (self as PyModule).globals;
    if (value === undefined) return g.delete(name) !== undefined;
    g.set(name, value);
    return true;
  },
  repr: (self) => {
    const m = self as PyModule;
    const file = m.globals.get('__file__');
    return typeof file === 'string' ? `<module '${m.name}' from '${file}'>` : `<module '${m.name}'>`;
  },
});

export class PyModule implements PyObject {
  type: PyType = module_type;
  /** Set by builtinimport.ts for built-in modules: attributes can't be stored or deleted. */
  isBuiltin = false;
  constructor(
    public readonly name: string,
    public readonly globals: PyDict,
  ) {}
}

/** A new, empty module whose globals hold its __name__. */
export function newModule(name: string): PyModule {
  const g = new PyDict();
  g.set('__name__', name);
  return new PyModule(name, g);
}

export function isModule(o: Obj): o is PyModule {
  return o instanceof PyModule;
}
