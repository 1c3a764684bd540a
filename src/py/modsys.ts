// The sys module (MicroPython py/modsys.c, with the unix port's settings).
// Its mutable parts (argv, path, modules, stdout ...) are exported so the port and the import
// machinery share them; the module object itself is built on first import.
import { type Obj, type PyObject, PyType, None } from './obj.js';
import { PyDict } from './objdict.js';
import { PyList } from './objlist.js';
import { PyTuple } from './objtuple.js';
import { PyException, SystemExit, IndexError, newException, raiseTypeError } from './objexcept.js';
import { builtin, method } from './objfun.js';
import { repr, typeOf, callMethod, strLength } from './runtime.js';
import { hal } from './mphal.js';
import { PyModule, newModule } from './objmodule.js';
import { vmState } from './vm.js';
import { formatException } from './vmtrace.js';

/** The versions we report: the MicroPython release whose bytecode and behaviour we follow. */
export const MICROPY_VERSION: [number, number, number] = [1, 26, 0];
export const MICROPY_TS_VERSION = '0.1.0';

export const sysArgv: PyList = new PyList([]);
/** '' (the current directory, replaced by the script's folder when running a file) and the unix defaults. */
export const sysPath: PyList = new PyList(['', '.frozen', '~/.micropython/lib', '/usr/lib/micropython']);
export const sysModules: PyDict = new PyDict();

// ---- stdin/stdout/stderr: text streams over the HAL (MicroPython's io.FileIO objects 0, 1, 2) ----

export const textio_type: PyType = new PyType({
  name: 'TextIOWrapper',
  module: 'io',
  repr: (self) => `<io.TextIOWrapper ${(self as PyTextStream).fd}>`,
});

export class PyTextStream implements PyObject {
  type: PyType = textio_type;
  constructor(public readonly fd: number) {}
}

function stream(o: Obj): PyTextStream {
  if (!(o instanceof PyTextStream)) raiseTypeError(`argument should be a 'TextIOWrapper' not a '${typeOf(o).name}'`);
  return o;
}

function writeTo(fd: number, s: string): void {
  if (fd === 2) hal.stderr(s);
  else hal.stdout(s);
}

textio_type.locals.set(
  'write',
  method('write', 2, 2, (a) => {
    const s = stream(a[0]);
    const v = a[1];
    let text: string;
    if (typeof v === 'string') text = v;
    else if (typeof v === 'object' && (v as { data?: unknown }).data instanceof Uint8Array) text = new TextDecoder().decode((v as unknown as { data: Uint8Array }).data);
    else return raiseTypeError(`object with buffer protocol required`);
    writeTo(s.fd, text);
    return typeof v === 'string' ? strLength(text) : (v as unknown as { data: Uint8Array }).data.length;
  }),
);
textio_type.locals.set(
  'flush',
  method('flush', 1, 1, () => None),
);
textio_type.locals.set(
  'readline',
  method('readline', 1, 2, () => {
    const line = hal.readLine('');
    return line === null ? '' : line + '\n';
  }),
);
textio_type.locals.set(
  'read',
  method('read', 1, 2, (a) => {
    const want = a.length > 1 && typeof a[1] === 'number' && a[1] >= 0 ? a[1] : -1;
    let out = '';
    for (;;) {
      if (want >= 0 && strLength(out) >= want) break;
      const line = hal.readLine('');
      if (line === null) break;
      out += line + '\n';
    }
    return out;
  }),
);
textio_type.locals.set(
  'fileno',
  method('fileno', 1, 1, (a) => stream(a[0]).fd),
);

export const sysStdin = new PyTextStream(0);
export const sysStdout = new PyTextStream(1);
export const sysStderr = new PyTextStream(2);

// ---- sys.implementation: an attribute tuple, printed as (name='micropython', version=..., ...) ----

const attrtuple_type: PyType = new PyType({
  name: 'tuple',
  repr: (self) => {
    const t = self as PyAttrTuple;
    return '(' + t.fields.map((f, i) => `${f}=${repr(t.items[i])}`).join(', ') + ')';
  },
  getAttr: (self, name) => {
    const t = self as PyAttrTuple;
    const i = t.fields.indexOf(name);
    return i >= 0 ? t.items[i] : undefined;
  },
  getItem: (self, index) => {
    const t = self as PyAttrTuple;
    if (typeof index !== 'number') return raiseTypeError(`tuple indices must be integers, not ${typeOf(index).name}`);
    const i = index < 0 ? index + t.items.length : index;
    if (i < 0 || i >= t.items.length) throw newException(IndexError, 'tuple index out of range');
    return t.items[i];
  },
  len: (self) => (self as PyAttrTuple).items.length,
});


class PyAttrTuple implements PyObject {
  type: PyType = attrtuple_type;
  constructor(
    public readonly fields: string[],
    public readonly items: Obj[],
  ) {}
}

// ---- functions ----

function sysExit(args: Obj[]): Obj {
  throw new PyException(SystemExit, args.length > 0 ? [args[0]] : []);
}

function printException(args: Obj[], kw: Map<string, Obj> | null): Obj {
  if (args.length < 1 || args.length > 2) raiseTypeError(`function takes 2 positional arguments but ${args.length} were given`);
  const exc = args[0];
  const file = args.length > 1 ? args[1] : kw?.get('file') ?? sysStdout;
  if (!(exc instanceof PyException)) return None;
  const text = formatException(exc);
  if (file instanceof PyTextStream) writeTo(file.fd, text);
  else callMethod(file, 'write', [text]);
  return None;
}

function excInfo(): Obj {
  const e = vmState.curException;
  if (e === null) return new PyTuple([None, None, None]);
  return new PyTuple([e.type, e, None]);
}

/** The sys module object (built on first import). */
export function makeSysModule(): PyModule {
  const m = newModule('sys');
  const g = m.globals;
  const [maj, min, mic] = MICROPY_VERSION;
  g.set('argv', sysArgv);
  g.set('path', sysPath);
  g.set('modules', sysModules);
  g.set('stdin', sysStdin);
  g.set('stdout', sysStdout);
  g.set('stderr', sysStderr);
  g.set('version', `3.4.0; MicroPython v${maj}.${min}.${mic} (micropython-ts ${MICROPY_TS_VERSION})`);
  g.set('version_info', new PyTuple([3, 4, 0]));
  g.set(
    'implementation',
    new PyAttrTuple(['name', 'version', '_machine', '_mpy'], ['micropython', new PyTuple([maj, min, mic, '']), `micropython-ts ${MICROPY_TS_VERSION} on JavaScript`, 0x0106]),
  );
  g.set('platform', 'linux');
  g.set('byteorder', 'little');
  g.set('maxsize', 9223372036854775807n);
  g.set('exit', builtin('exit', (args) => sysExit(args)));
  g.set('print_exception', builtin('print_exception', printException));
  g.set('exc_info', builtin('exc_info', () => excInfo()));
  g.set('ps1', '>>> ');
  g.set('ps2', '... ');
  g.set('executable', '');
  return m;
}

