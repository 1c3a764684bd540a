// import (MicroPython py/builtinimport.c, and mp_import_name/from/all of py/runtime.c).
//
// `import a.b.c` imports each dotted level in turn: a module already in sys.modules is reused;
// a top-level name is first a non-extensible built-in module (sys, micropython ...), then
// `<entry>/name.py` or the package `<entry>/name/` (its __init__.py, if any) for each sys.path entry
// ('' is the current directory; the port sets sys.path[0] to the script's folder), then an
// extensible built-in; a submodule is searched in its package's __path__. A module being loaded is
// registered in sys.modules first and removed again if its code raises.
import { type Obj, type NativeFn, None } from './obj.js';
import { PyDict } from './objdict.js';
import { PyTuple } from './objtuple.js';
import { PyList } from './objlist.js';
import { PyException, ImportError, ValueError, TypeError, newException, raiseTypeError } from './objexcept.js';
import { call, getAttr, loadAttr, toArray, typeName } from './runtime.js';
import { builtinsDict } from './modbuiltins.js';
import { hal } from './mphal.js';
import type { CompiledModule } from './emitglue.js';
import { PyModule, newModule } from './objmodule.js';
import { sysModules, sysPath, makeSysModule } from './modsys.js';
import { runModule } from './vm.js';

export type CompileFn = (source: string, filename: string, mode: 'exec' | 'eval' | 'single') => CompiledModule;

let compiler: CompileFn | null = null;

/** Installed by execute.ts (which owns the dependency on the compiler). */
export function setCompiler(c: CompileFn): void {
  compiler = c;
}

interface BuiltinModuleEntry {
  init: () => PyModule;
  extensible: boolean;
  module: PyModule | null;
}

const builtinModules = new Map<string, BuiltinModuleEntry>();

/**
 * Register a built-in module, created on first import. An extensible one (like MicroPython's
 * `time`, `json`) can be shadowed by a file of the same name on sys.path; a plain one cannot.
 */
export function registerBuiltinModule(name: string, init: () => PyModule, extensible = false): void {
  builtinModules.set(name, { init, extensible, module: null });
}

registerBuiltinModule('sys', makeSysModule);

// `builtins` (registered by modules.ts) stays writable, so a program can override a builtin
// (MicroPython's MICROPY_CAN_OVERRIDE_BUILTINS), __import__ and __build_class__ included; once it
// has been imported, IMPORT_NAME checks for an overridden __import__.
let originalImport: Obj | undefined;

function getBuiltinModule(name: string, extensible: boolean): PyModule | null {
  const e = builtinModules.get(name);
  if (e === undefined || e.extensible !== extensible) return null;
  if (e.module === null) {
    e.module = e.init();
    if (name !== 'builtins') e.module.isBuiltin = true;
    else originalImport = builtinsDict.get('__import__');
  }
  return e.module;
}

/** The names of the registered built-in modules (for help('modules')). */
export function builtinModuleNames(): string[] {
  return Array.from(builtinModules.keys());
}

function importError(msg: string): never {
  throw newException(ImportError, msg);
}

const enum Stat {
  NO_EXIST,
  FILE,
  DIR,
}

/** path is a directory, or path.py a file (then returns the file's path). */
function statModule(path: string): [Stat, string] {
  if (hal.stat(path) === 'dir') return [Stat.DIR, path];
  const py = path + '.py';
  if (hal.stat(py) === 'file') return [Stat.FILE, py];
  return [Stat.NO_EXIST, path];
}

function statTopLevel(name: string): [Stat, string] {
  for (const entry of sysPath.items) {
    const p = typeof entry === 'string' ? entry : '';
    const r = statModule(p.length > 0 ? p + '/' + name : name);
    if (r[0] !== Stat.NO_EXIST) return r;
  }
  return [Stat.NO_EXIST, name];
}

/** Compile and run the file at path as module m's code. */
function loadInto(m: PyModule, path: string): void {
  const data = hal.readFile(path);
  if (data === null) importError(`no module named '${m.name}'`);
  if (compiler === null) importError('script compilation not supported');
  const source = new TextDecoder().decode(data);
  m.globals.set('__file__', path);
  const cm = compiler(source, path, 'exec');
  runModule(cm, m.globals);
}

function processImportAtLevel(fullName: string, levelName: string, outer: PyModule | null, asMain: boolean): PyModule {
  if (sysPath.items.length > 0) {
    const loaded = sysModules.get(fullName);
    if (loaded !== undefined) return loaded as PyModule;
  }
  let stat = Stat.NO_EXIST;
  let path = '';
  if (outer === null) {
    const b = getBuiltinModule(levelName, false);
    if (b !== null) return b;
    [stat, path] = statTopLevel(levelName);
    if (stat === Stat.NO_EXIST) {
      const e = getBuiltinModule(levelName, true);
      if (e !== null) return e;
    }
  } else {
    const p = outer.globals.get('__path__');
    if (typeof p === 'string') [stat, path] = statModule(p + '/' + levelName);
  }
  if (stat === Stat.NO_EXIST) importError(`no module named '${fullName}'`);

  const m = newModule(fullName);
  sysModules.set(fullName, m);
  try {
    if (asMain && stat !== Stat.DIR) {
      m.globals.set('__name__', '__main__');
      sysModules.set('__main__', m);
      m.globals.set('__main__', fullName);
    }
    if (stat === Stat.DIR) {
      m.globals.set('__path__', path);
      const init = path + '/__init__.py';
      if (hal.stat(init) === 'file') loadInto(m, init);
    } else {
      loadInto(m, path);
    }
  } catch (e) {
    sysModules.delete(fullName);
    throw e;
  }
  if (outer !== null) outer.globals.set(levelName, m);
  return m;
}

/** Turn a relative module name into an absolute one, from the importing module's __name__. */
function resolveRelative(level: number, name: string, globals: PyDict): string {
  let cur = globals.get('__name__');
  if (cur === '__main__') {
    const real = globals.get('__main__');
    if (real !== undefined) cur = real;
  }
  const curName = typeof cur === 'string' ? cur : '';
  const isPkg = globals.get('__path__') !== undefined;
  if (isPkg) level--;
  let p = curName.length;
  while (level > 0 && p > 0) {
    if (curName[--p] === '.') level--;
  }
  if (p === 0) importError("can't perform relative import");
  const base = curName.slice(0, p);
  return name.length > 0 ? base + '.' + name : base;
}

/**
 * The import machinery: name with `level` leading dots, relative to globals. Returns the top-level
 * module (`import a.b` binds a) unless returnLeaf (a from-import), then the last one.
 */
function doImport(name: string, globals: PyDict | null, returnLeaf: boolean, level: number, asMain: boolean): PyModule {
  if (level < 0) throw newException(ValueError);
  if (level > 0) {
    if (globals === null) importError("can't perform relative import");
    name = resolveRelative(level, name, globals);
  }
  if (name.length === 0) throw newException(ValueError);
  let top: PyModule | null = null;
  let outer: PyModule | null = null;
  let start = 0;
  for (let i = 1; i <= name.length; i++) {
    if (i === name.length || name[i] === '.') {
      const full = name.slice(0, i);
      const levelName = name.slice(start, i);
      const m = processImportAtLevel(full, levelName, outer, asMain && i === name.length);
      outer = m;
      if (top === null) top = m;
      start = i + 1;
    }
  }
  return returnLeaf ? outer! : top!;
}

/** Import a module by absolute dotted name and return it (the leaf); asMain runs it as __main__ (-m). */
export function importModule(name: string, asMain = false): PyModule {
  return doImport(name, null, true, 0, asMain);
}

/** __import__(name, globals=None, locals=None, fromlist=(), level=0). */
export const builtin___import__: NativeFn = (args) => {
  if (args.length < 1 || args.length > 5) raiseTypeError(`function expected at most 5 arguments, got ${args.length}`);
  const name = args[0];
  if (typeof name !== 'string') return raiseTypeError(`can't convert '${typeName(name)}' object to str implicitly`);
  let globals: PyDict | null = null;
  if (args.length >= 2 && args[1] !== None) {
    if (!(args[1] instanceof PyDict)) throw newException(TypeError);
    globals = args[1];
  }
  const fromlist = args.length >= 4 ? args[3] : None;
  const level = args.length >= 5 ? args[4] : 0;
  if (typeof level !== 'number') return raiseTypeError("can't convert to int");
  return doImport(name, globals, isNonEmptyFromlist(fromlist), level, false);
};

function isNonEmptyFromlist(f: Obj): boolean {
  if (f === None) return false;
  if (f instanceof PyTuple || f instanceof PyList) return f.items.length > 0;
  return f !== false;
}

/** IMPORT_NAME: `import name` / `from name import ...` from code whose globals are given. */
export function importName(name: string, fromlist: Obj, level: Obj, globals: PyDict): Obj {
  if (originalImport !== undefined) {
    const imp = builtinsDict.get('__import__');
    if (imp !== originalImport && imp !== undefined) return call(imp, [name, globals, None, fromlist, level]);
  }
  return doImport(name, globals, isNonEmptyFromlist(fromlist), typeof level === 'number' ? level : 0, false);
}

/** IMPORT_FROM: `from module import name` — an attribute, or a submodule of a package. */
export function importFrom(module: Obj, name: string): Obj {
  let v: Obj | undefined;
  try {
    v = getAttr(module, name);
  } catch (e) {
    if (!(e instanceof PyException && e.type.name === 'AttributeError')) throw e;
    v = undefined;
  }
  if (v !== undefined) return v;
  if (module instanceof PyModule) {
    const p = module.globals.get('__path__');
    if (p !== undefined) {
      const pkg = module.globals.get('__name__');
      return doImport(`${typeof pkg === 'string' ? pkg : module.name}.${name}`, null, true, 0, false);
    }
  }
  return importError(`can't import name ${name}`);
}

/** IMPORT_STAR: `from module import *` into locals (the names in __all__, else every public global). */
export function importAll(module: Obj, locals: PyDict): void {
  const all = getAttr(module, '__all__');
  if (all !== undefined) {
    for (const n of toArray(all)) {
      if (typeof n !== 'string') raiseTypeError(`can't convert '${typeName(n)}' object to str implicitly`);
      locals.set(n, loadAttr(module, n));
    }
    return;
  }
  const g = module instanceof PyModule ? module.globals : (loadAttr(module, '__dict__') as PyDict);
  for (const [k, v] of g.entries()) {
    if (typeof k === 'string' && !k.startsWith('_')) locals.set(k, v);
  }
}

