// Exceptions: the built-in hierarchy and the exception object (MicroPython py/objexcept.c).
// Python exceptions are thrown as themselves (PyException), never wrapped in JS Errors, which would
// capture a costly stack on every raise.
import { type Obj, type PyObject, PyType, object_type, None, type KwArgs } from './obj.js';
import { repr, str } from './runtime.js';
import { PyTuple, EMPTY_TUPLE } from './objtuple.js';
import type { PyDict } from './objdict.js';

/** One traceback line: File "<file>", line <line>, in <name>. */
export interface TracebackEntry {
  file: string;
  line: number;
  name: string;
}

/** What addTracebackAt needs of a code object (vmdecode.ts's Code has it): the line of each ip. */
export interface TracebackSource {
  readonly file: string;
  readonly name: string;
  readonly lines: ArrayLike<number>;
}

export class PyException implements PyObject {
  type: PyType;
  args: Obj[];
  /** The traceback in print order, without the entries still pending (use `traceback`). */
  tb: TracebackEntry[];
  /**
   * Frames the exception unwound since `traceback` was last read, innermost first, as flat
   * (source, ip) pairs: recording one costs a push, against ~25 ns for building an entry object and
   * unshifting it (most exceptions are caught and their traceback never printed).
   */
  tbPending: (TracebackSource | number)[] | null;
  cause: Obj | null;
  context: Obj | null;
  /**
   * Attributes set on an instance of a user subclass (`self.pos = pos`), created on first store
   * (objtype.ts instanceDict). A field rather than the side WeakMap other built-in bases use:
   * a WeakMap set costs ~150 ns and burdens the GC, on every raise of such a class.
   */
  dict: PyDict | null;
  /** The tuple e.args last returned, reused while `args` is the same array (e.args is e.args). */
  argsTuple: PyTuple | null;
  constructor(type: PyType, args: Obj[]) {
    this.type = type;
    this.args = args;
    this.tb = [];
    this.tbPending = null;
    this.cause = null;
    this.context = null;
    this.dict = null;
    this.argsTuple = null;
  }

  /** Innermost frame last, as printed. */
  get traceback(): TracebackEntry[] {
    if (this.tbPending !== null) flushTraceback(this);
    return this.tb;
  }

  set traceback(entries: TracebackEntry[]) {
    this.tb = entries;
    this.tbPending = null;
  }
}

/**
 * Record that e passed through a frame running `src` at instruction ip (the VM's addTraceback):
 * the same as `e.traceback.unshift({ file, line: src.lines[ip], name })`, deferred until read.
 */
export function addTracebackAt(e: PyException, src: TracebackSource, ip: number): void {
  const p = e.tbPending;
  if (p === null) e.tbPending = [src, ip];
  else p.push(src, ip);
}

function flushTraceback(e: PyException): void {
  const p = e.tbPending!;
  e.tbPending = null;
  const out: TracebackEntry[] = [];
  for (let i = p.length - 2; i >= 0; i -= 2) {
    const src = p[i] as TracebackSource;
    out.push({ file: src.file, line: src.lines[p[i + 1] as number], name: src.name });
  }
  for (const t of e.tb) out.push(t);
  e.tb = out;
}

const excTypes = new Map<string, PyType>();

function makeNewException(type: PyType, args: Obj[], _kw: KwArgs): Obj {
  return new PyException(type, args.slice());
}

// ---- the slots every exception shares (MicroPython mp_obj_exception_print / _attr) ----

/** The args tuple as printed: (), ('x',), (1, 2). */
function argsRepr(args: Obj[]): string {
  if (args.length === 1) return '(' + repr(args[0]) + ',)';
  return '(' + args.map(repr).join(', ') + ')';
}

/** repr(e): the type name and the args tuple, as MicroPython prints it: ValueError('x',). */
function exceptionRepr(self: Obj): string {
  const e = self as PyException;
  return e.type.name + argsRepr(e.args);
}

/** Errno names MicroPython knows (py/moderrno.c), for str(OSError(2, ...)) → "[Errno 2] ENOENT: ...". */
const ERRNO_NAMES: Record<number, string> = {
  1: 'EPERM', 2: 'ENOENT', 5: 'EIO', 9: 'EBADF', 11: 'EAGAIN', 12: 'ENOMEM', 13: 'EACCES', 17: 'EEXIST',
  19: 'ENODEV', 21: 'EISDIR', 22: 'EINVAL', 95: 'EOPNOTSUPP', 98: 'EADDRINUSE', 103: 'ECONNABORTED',
  104: 'ECONNRESET', 105: 'ENOBUFS', 107: 'ENOTCONN', 110: 'ETIMEDOUT', 111: 'ECONNREFUSED',
  113: 'EHOSTUNREACH', 114: 'EALREADY', 115: 'EINPROGRESS',
};

/** str(e): '' with no args, str(arg) with one, the args tuple with several. */
function exceptionStr(self: Obj): string {
  const e = self as PyException;
  const args = e.args;
  if (args.length === 0) return '';
  if (e.type === OSError && args.length < 3 && typeof args[0] === 'number') {
    const name = ERRNO_NAMES[args[0]];
    if (name !== undefined) {
      const head = `[Errno ${args[0]}] ${name}`;
      return args.length > 1 ? head + ': ' + str(args[1]) : head;
    }
  }
  if (args.length === 1) return str(args[0]);
  return argsRepr(args);
}

function exceptionGetAttr(self: Obj, name: string): Obj | undefined {
  const e = self as PyException;
  switch (name) {
    case 'args': {
      // args arrays are only appended to while the exception is being made (before any e.args)
      // and are replaced, never mutated, by __init__, so the tuple can share the array
      if (e.args.length === 0) return EMPTY_TUPLE;
      const t = e.argsTuple;
      if (t !== null && t.items === e.args) return t;
      return (e.argsTuple = new PyTuple(e.args));
    }
    case 'value': // StopIteration.value
    case 'errno': // OSError.errno
      // MicroPython makes these aliases of args[0] on every exception
      return e.args.length === 0 ? None : e.args[0];
  }
  if (e.dict !== null) return e.dict.get(name);
  return undefined;
}

function exceptionSetAttr(self: Obj, name: string, value: Obj | undefined): boolean {
  // Only `e.__traceback__ = None` is accepted (it clears the traceback, as MicroPython allows).
  if (name === '__traceback__' && value === None) {
    (self as PyException).traceback = [];
    return true;
  }
  return false;
}

export const BaseException = new PyType({
  name: 'BaseException',
  base: object_type,
  makeNew: makeNewException,
  baseType: true,
  repr: exceptionRepr,
  str: exceptionStr,
  getAttr: exceptionGetAttr,
  setAttr: exceptionSetAttr,
});
excTypes.set('BaseException', BaseException);

function def(name: string, base: PyType): PyType {
  const t = new PyType({ name, base, baseType: true });
  excTypes.set(name, t);
  return t;
}

// The hierarchy MicroPython has (py/objexcept.c, docs/library/builtins.rst).
export const SystemExit = def('SystemExit', BaseException);
export const KeyboardInterrupt = def('KeyboardInterrupt', BaseException);
export const GeneratorExit = def('GeneratorExit', BaseException);
export const Exception = def('Exception', BaseException);
export const StopIteration = def('StopIteration', Exception);
export const StopAsyncIteration = def('StopAsyncIteration', Exception);
export const ArithmeticError = def('ArithmeticError', Exception);
export const OverflowError = def('OverflowError', ArithmeticError);
export const ZeroDivisionError = def('ZeroDivisionError', ArithmeticError);
export const AssertionError = def('AssertionError', Exception);
export const AttributeError = def('AttributeError', Exception);
export const EOFError = def('EOFError', Exception);
export const ImportError = def('ImportError', Exception);
export const LookupError = def('LookupError', Exception);
export const IndexError = def('IndexError', LookupError);
export const KeyError = def('KeyError', LookupError);
export const MemoryError = def('MemoryError', Exception);
export const NameError = def('NameError', Exception);
export const OSError = def('OSError', Exception);
export const RuntimeError = def('RuntimeError', Exception);
export const NotImplementedError = def('NotImplementedError', RuntimeError);
export const RecursionError = RuntimeError; // MicroPython has no RecursionError: it raises RuntimeError
export const SyntaxError = def('SyntaxError', Exception);
export const IndentationError = def('IndentationError', SyntaxError);
export const TypeError = def('TypeError', Exception);
export const ValueError = def('ValueError', Exception);
export const UnicodeError = def('UnicodeError', ValueError);
export const UnboundLocalError = def('UnboundLocalError', NameError);

/** All built-in exception types by name, for the builtins module. */
export const exceptionTypes: ReadonlyMap<string, PyType> = excTypes;

export function newException(type: PyType, msg?: string): PyException {
  return new PyException(type, msg === undefined ? [] : [msg]);
}

export function isException(o: Obj): o is PyException {
  return o instanceof PyException;
}

// Raising helpers: `throw` lives here so call sites read as one line.
export function raise(type: PyType, msg?: string): never {
  throw newException(type, msg);
}
export function raiseTypeError(msg: string): never {
  throw newException(TypeError, msg);
}
export function raiseValueError(msg: string): never {
  throw newException(ValueError, msg);
}
export function raiseIndexError(msg: string): never {
  throw newException(IndexError, msg);
}
export function raiseAttributeError(msg: string): never {
  throw newException(AttributeError, msg);
}
export function raiseOverflowError(msg: string): never {
  throw newException(OverflowError, msg);
}
export function raiseZeroDivision(msg = 'divide by zero'): never {
  throw newException(ZeroDivisionError, msg);
}
export function raiseNotImplemented(msg: string): never {
  throw newException(NotImplementedError, msg);
}
