// Compiling and running source text: the core of exec/eval/compile and of running a script
// (MicroPython's mp_parse_compile_execute in py/runtime.c, and the builtins of py/modbuiltins.c and
// py/builtinevex.c). A CompileError becomes a Python SyntaxError/IndentationError whose traceback
// entry has no block name, so it prints as `  File "x.py", line 3`.
import { type Obj, type NativeFn, type PyObject, PyType, None } from './obj.js';
import { PyDict } from './objdict.js';
import { getBuffer } from './objbytes.js';
import { PyException, SyntaxError, IndentationError, raiseTypeError, raiseValueError } from './objexcept.js';
import { typeName } from './runtime.js';
import { CompileError } from './compileerror.js';
import type { CompiledModule } from './emitglue.js';
import { compileSource } from './compile.js';
import { runModule, vmState } from './vm.js';
import { setCompiler } from './builtinimport.js';
import { formatException } from './vmtrace.js';
import { micropythonState } from './modmicropython.js';

export { formatException };

type Mode = 'exec' | 'eval' | 'single';

/** A CompileError as the Python exception MicroPython raises for it. */
export function compileErrorToException(e: CompileError, filename: string): PyException {
  const exc = new PyException(e.kind === 'IndentationError' ? IndentationError : SyntaxError, [e.message]);
  exc.traceback.push({ file: filename, line: e.line, name: e.scopeName });
  return exc;
}

/**
 * Compile source, turning a CompileError into SyntaxError/IndentationError. The optimisation level
 * is micropython.opt_level() (-O sets it): from 1 on, `assert` is compiled out and __debug__ is False.
 */
export function compileChecked(source: string, filename: string, mode: Mode): CompiledModule {
  try {
    return compileSource(source, filename, mode, micropythonState.optLevel);
  } catch (e) {
    if (e instanceof CompileError) throw compileErrorToException(e, filename);
    throw e;
  }
}

setCompiler(compileChecked);

/**
 * Compile and run source with the given globals (and locals, default the same dict).
 * 'eval' returns the expression's value; 'exec' and 'single' return None.
 */
export function execSource(source: string, filename: string, globals: PyDict, mode: Mode = 'exec', locals: PyDict = globals): Obj {
  const cm = compileChecked(source, filename, mode);
  const r = runModule(cm, globals, locals);
  return mode === 'eval' ? r : None;
}

// ---- code objects, compile(), exec(), eval(), globals(), locals() ----

export const code_type: PyType = new PyType({
  name: 'code',
  repr: (self) => `<code object ${(self as PyCode).cm.sourceFile}>`,
});

export class PyCode implements PyObject {
  type: PyType = code_type;
  constructor(
    public readonly cm: CompiledModule,
    public readonly mode: Mode,
  ) {}
}

function sourceText(o: Obj, fname: string): string {
  if (typeof o === 'string') return o;
  const b = getBuffer(o); // bytes, bytearray, memoryview, array: any buffer, as MicroPython
  if (b !== null) return new TextDecoder().decode(b);
  return raiseTypeError("object with buffer protocol required"); // MicroPython's wording: source must be str, bytes or code
}

function currentGlobals(): PyDict {
  const f = vmState.frame;
  if (f === null) return new PyDict();
  return f.globals;
}

function currentLocals(): PyDict {
  const f = vmState.frame;
  if (f === null) return new PyDict();
  return f.locals;
}

/** exec/eval: (source-or-code, globals=None, locals=None). */
function evalOrExec(args: Obj[], mode: Mode, fname: string): Obj {
  if (args.length < 1 || args.length > 3) raiseTypeError(`function expected at most 3 arguments, got ${args.length}`);
  let globals: PyDict;
  let locals: PyDict;
  if (args.length >= 2 && args[1] !== None) {
    if (!(args[1] instanceof PyDict)) return raiseTypeError(`${fname}() globals must be a dict, not ${typeName(args[1])}`);
    globals = args[1];
    locals = globals;
  } else {
    globals = currentGlobals();
    locals = currentLocals();
  }
  if (args.length >= 3 && args[2] !== None) {
    if (!(args[2] instanceof PyDict)) return raiseTypeError(`${fname}() locals must be a dict, not ${typeName(args[2])}`);
    locals = args[2];
  }
  const src = args[0];
  if (src instanceof PyCode) {
    const r = runModule(src.cm, globals, locals);
    return src.mode === 'eval' ? r : None;
  }
  const text = sourceText(src, fname);
  return execSource(mode === 'eval' ? text.replace(/^[ \t]+/, '') : text, '<string>', globals, mode, locals);
}

export const builtin_exec: NativeFn = (args) => evalOrExec(args, 'exec', 'exec');

export const builtin_eval: NativeFn = (args) => evalOrExec(args, 'eval', 'eval');

/** compile(source, filename, mode) → a code object for exec()/eval(). */
export const builtin_compile: NativeFn = (args) => {
  if (args.length < 3 || args.length > 6) raiseTypeError(`function missing ${Math.max(0, 3 - args.length)} required positional arguments`);
  const text = sourceText(args[0], 'compile');
  const filename = typeof args[1] === 'string' ? args[1] : '<string>';
  const mode = args[2];
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') return raiseValueError('bad compile mode');
  return new PyCode(compileChecked(text, filename, mode), mode);
};

export const builtin_globals: NativeFn = () => currentGlobals();

export const builtin_locals: NativeFn = () => currentLocals();
