// The bytecode VM (MicroPython py/vm.c, with the stackless design of its MICROPY_STACKLESS mode).
//
// runFrame() runs a frame and every frame it calls: a call to a bytecode function from bytecode
// pushes a new Frame (parent = the caller) and the same loop continues in it; RETURN_VALUE pops back
// and stores the result on the caller's stack. So Python→Python calls never grow the JS stack, and
// recursion depth is bounded by vmState.maxDepth, not by the JS engine. Only where JS sits between
// two Python frames (a builtin or a type slot calling back into Python) does a nested runFrame run.
//
// There is one try/catch around the dispatch loop: on a throw, the handler finds the innermost
// active exception block of the current frame (MicroPython's exception stack semantics: SETUP_*
// push, POP_EXCEPT_JUMP/END_FINALLY pop, UNWIND_JUMP/RETURN_VALUE run pending finally blocks),
// unwinding frames and adding traceback entries as it goes, then re-enters the loop.
//
// Suspension: all state (pc, sp, value stack, blocks) lives in Frame objects and the loop reloads
// its locals from the current frame at the top of the outer loop, so returning out of runFrame
// between two instructions and resuming later is a matter of saving `frame` (see vmState.pending).
import {
  type Obj,
  type PyObject,
  type KwArgs,
  None,
  PyType,
  object_type,
  BinaryOp,
  UnaryOp,
} from './obj.js';
import {
  binaryOp,
  unaryOp,
  isTrue,
  getIter,
  iterNext,
  loadAttr,
  loadMethod,
  storeAttr,
  deleteAttr,
  getItem,
  setItem,
  delItem,
  call,
  toPyException,
  typeOf,
} from './runtime.js';
import {
  PyException,
  BaseException,
  StopIteration,
  GeneratorExit,
  RuntimeError,
  NameError,
  IndexError,
  KeyError,
  TypeError,
  ValueError,
  ZeroDivisionError,
  NotImplementedError,
  MemoryError,
  newException,
  raiseTypeError,
} from './objexcept.js';
import { PyTuple, tuple_type, EMPTY_TUPLE } from './objtuple.js';
import { PyList, list_type } from './objlist.js';
import { PyDict, dict_type } from './objdict.js';
import { PySet } from './objset.js';
import { PySlice } from './objslice.js';
import { PyFloat, float_type } from './objfloat.js';
import { PyBoundMethod } from './objboundmeth.js';
import { RangeIter, range_iterator_type } from './objrange.js';
import { builtinsDict } from './modbuiltins.js';
import { PyFunction, type ModuleContext } from './objfunbc.js';
import { PyClosure } from './objclosure.js';
import { PyBuiltin } from './objfun.js';
import { PyCell } from './objcell.js';
import { PyGenerator, resume, resumeState, ResumeKind } from './objgenerator.js';
import { hal } from './mphal.js';
import type { CompiledModule } from './emitglue.js';
import { I, Code, getCode } from './vmdecode.js';
import { PyInstance, plainAttrStore, inlineInit, newInstance, superMethod } from './objtype.js';
import { addTracebackAt } from './objexcept.js';
import { Frame, makeFrame, makeClosureFrame, makeModuleFrame, releaseFrame, newFrame, fillDefaults } from './vmframe.js';
import { importName, importFrom, importAll } from './builtinimport.js';
import { jitCompile, jitOut, setJitHelpers, Sig, JIT_THRESHOLD, JIT_SAMPLE } from './vmjit.js';

const MAX_SAFE = 9007199254740991;
/** 2**i for shift counts 0..52. */
const POW2: number[] = [];
for (let i = 0; i < 53; i++) POW2.push(2 ** i);
const TWO32 = 4294967296;

/** An exact float (not a subclass, whose methods may be overridden). */
function isFloat(o: Obj): boolean {
  return typeof o === 'object' && (o as PyObject).type === float_type;
}

/** The float value of the right operand of a float fast path: a float or a safe int; NaN otherwise. */
function floatOperand(o: Obj): number {
  if (typeof o === 'number') return o;
  if (isFloat(o)) return (o as PyFloat).value;
  return NaN;
}

function isNaNFloat(o: Obj): boolean {
  return isFloat(o) && (o as PyFloat).value !== (o as PyFloat).value;
}

/**
 * &, |, ^ of two safe integers outside int32: on the high and low 32-bit halves of their two's
 * complement (a safe int's high half fits in 22 bits, so the halves recombine exactly).
 */
function bitOp(op: number, a: number, b: number): number {
  const ah = Math.floor(a / TWO32);
  const bh = Math.floor(b / TWO32);
  const al = a - ah * TWO32;
  const bl = b - bh * TWO32;
  let h: number;
  let l: number;
  if (op === BinaryOp.AND) {
    h = ah & bh;
    l = (al & bl) >>> 0;
  } else if (op === BinaryOp.OR) {
    h = ah | bh;
    l = (al | bl) >>> 0;
  } else {
    h = ah ^ bh;
    l = (al ^ bl) >>> 0;
  }
  return h * TWO32 + l;
}

/**
 * a ** b: x ** 0.5 is sqrt(x) and x ** 2 is x * x for a positive float x (both correctly rounded,
 * as the generic pow is); everything else goes the generic way.
 */
function powFast(op: number, a: Obj, b: Obj): Obj {
  if (isFloat(b) && (typeof a === 'number' || isFloat(a))) {
    const x = typeof a === 'number' ? a : (a as PyFloat).value;
    const y = (b as PyFloat).value;
    if (x > 0) {
      if (y === 0.5) return new PyFloat(Math.sqrt(x));
      if (y === 2) return new PyFloat(x * x);
    }
  } else if (b === 2 && isFloat(a)) {
    const x = (a as PyFloat).value;
    return new PyFloat(x * x);
  }
  return binaryOp(op, a, b);
}

/** a + b beyond two safe ints: float and str fast paths, else the generic binaryOp. */
function addOther(op: number, a: Obj, b: Obj): Obj {
  if (typeof a === 'number') {
    if (isFloat(b)) return new PyFloat(a + (b as PyFloat).value);
  } else if (typeof a === 'string') {
    if (typeof b === 'string') return a + b;
  } else if (isFloat(a)) {
    const y = floatOperand(b);
    if (y === y || isNaNFloat(b)) return new PyFloat((a as PyFloat).value + y);
  }
  return binaryOp(op, a, b);
}

/** a - b beyond two safe ints. */
function subOther(op: number, a: Obj, b: Obj): Obj {
  if (typeof a === 'number') {
    if (isFloat(b)) return new PyFloat(a - (b as PyFloat).value);
  } else if (isFloat(a)) {
    const y = floatOperand(b);
    if (y === y || isNaNFloat(b)) return new PyFloat((a as PyFloat).value - y);
  }
  return binaryOp(op, a, b);
}

/** a * b beyond two safe ints. */
function mulOther(op: number, a: Obj, b: Obj): Obj {
  if (typeof a === 'number') {
    if (isFloat(b)) return new PyFloat(a * (b as PyFloat).value);
  } else if (isFloat(a)) {
    const y = floatOperand(b);
    if (y === y || isNaNFloat(b)) return new PyFloat((a as PyFloat).value * y);
  }
  return binaryOp(op, a, b);
}

/** a / b: int / int with safe ints is one correctly rounded division, as CPython's. */
function trueDiv(op: number, a: Obj, b: Obj): Obj {
  const x = typeof a === 'number' ? a : isFloat(a) ? (a as PyFloat).value : NaN;
  const y = typeof b === 'number' ? b : isFloat(b) ? (b as PyFloat).value : NaN;
  if (y !== 0 && x === x && y === y) return new PyFloat(x / y);
  return binaryOp(op, a, b);
}

/** Calls and jumps between two vmPoll() checks. */
const POLL_TICKS = 256;

/** Global VM state. */
export const vmState = {
  /**
   * An exception to raise at the next check point (vmPoll, within POLL_TICKS calls or jumps; set
   * vmState.ticks = 0 as well to make it the very next one): Ctrl-C's KeyboardInterrupt.
   */
  pendingException: null as PyException | null,
  /** Countdown of calls and jumps to the next vmPoll(). */
  ticks: POLL_TICKS,
  /**
   * The port's interrupt check, run by every vmPoll() (so every few hundred calls or jumps): it
   * sets pendingException when a Ctrl-C has come in. Must be cheap (an Atomics.load, say).
   */
  pollInterrupt: null as (() => void) | null,
  /**
   * Bytes of JS heap in use (hal.memoryUsed) beyond which running code gets MemoryError rather
   * than the engine dying; 0 = the port's hal.memoryLimit(), else no check. Checked by vmPoll at
   * most every MEMORY_CHECK_MS.
   */
  memoryLimit: 0,
  /** Python frames alive now (bytecode frames of every nested run, plus generator resumptions). */
  depth: 0,
  /**
   * Maximum frame depth before `RuntimeError: maximum recursion depth exceeded`. MicroPython's unix
   * port bounds recursion by its C stack (an 80 KB limit check: a few thousand plain calls); our
   * frames are heap objects, so the limit is a setting: 20000 lets 10,000-deep recursion run.
   */
  maxDepth: 20000,
  /** Set by runFrame: whether it returned because of a yield (true) or a return (false). */
  yielded: false,
  /** The value carried by a StopIteration that an iterNext slot turned into "exhausted". */
  stopIterationValue: None as Obj,
  /** The exception being handled, for sys.exc_info(). */
  curException: null as PyException | null,
  /** The innermost running frame (for globals(), locals(), exec and eval). */
  frame: null as Frame | null,
  /**
   * The second tier (vmjit.ts): 0 = interpret everything, 1 = compile code that vmPoll finds hot,
   * 2 = compile every code object on its first run (for testing the compiled form).
   */
  jit: 1,
};

/** Raise the pending exception (clears it). */
function takePending(): PyException {
  const e = vmState.pendingException!;
  vmState.pendingException = null;
  return e;
}

const MEMORY_CHECK_MS = 10;
let lastMemoryCheck = -MEMORY_CHECK_MS;

/**
 * The VM's periodic check (MicroPython's pending-exception check on backward jumps, and what its
 * heap does when full), run when vmState.ticks runs out: the port's interrupt hook, a pending
 * exception, and the heap limit. Throws what is to be raised.
 */
function vmPoll(): void {
  vmState.ticks = POLL_TICKS;
  const f = vmState.frame;
  if (f !== null) {
    // tier-up by sampling: the code running now is charged one tick
    const c = f.code;
    if (c.hot >= 0 && (c.hot += JIT_SAMPLE) >= JIT_THRESHOLD && vmState.jit !== 0) jitCompile(c);
  }
  const hook = vmState.pollInterrupt;
  if (hook !== null) hook();
  if (vmState.pendingException !== null) throw takePending();
  if (hal.memoryUsed !== undefined) {
    const now = hal.ticksMs();
    if (now - lastMemoryCheck >= MEMORY_CHECK_MS || now < lastMemoryCheck) {
      lastMemoryCheck = now;
      let limit = vmState.memoryLimit;
      if (limit === 0 && hal.memoryLimit !== undefined) limit = vmState.memoryLimit = hal.memoryLimit();
      if (limit > 0 && hal.memoryUsed() > limit) throw newException(MemoryError, 'memory allocation failed');
    }
  }
}

function recursionError(): PyException {
  return newException(RuntimeError, 'maximum recursion depth exceeded');
}

/** Count one more live frame; RuntimeError past the limit. */
export function enterFrame(): void {
  if (++vmState.depth > vmState.maxDepth) {
    vmState.depth--;
    throw recursionError();
  }
}

// MicroPython raises NameError here (CPython: its subclass UnboundLocalError).
function unboundLocal(): never {
  throw newException(NameError, 'local variable referenced before assignment');
}

function nameError(name: string): never {
  throw newException(NameError, `name '${name}' isn't defined`);
}

/** MicroPython's mp_make_raise_obj: an exception class is instantiated; anything else is a TypeError. */
export function makeRaiseObj(o: Obj): PyException {
  if (o instanceof PyType && o.isSubtypeOf(BaseException)) o = call(o, []);
  if (o instanceof PyException) return o;
  return newException(TypeError, 'exceptions must derive from BaseException');
}

const dest: (Obj | undefined)[] = [undefined, undefined];

/** Keyword arguments from name/value pairs on the stack. */
function kwFromStack(state: (Obj | undefined)[], at: number, nKw: number): KwArgs {
  const kw = new Map<string, Obj>();
  for (let i = 0; i < nKw; i++) kw.set(state[at + 2 * i] as string, state[at + 2 * i + 1] as Obj);
  return kw;
}

/**
 * The arguments of CALL_FUNCTION_VAR_KW / CALL_METHOD_VAR_KW (mp_call_prepare_args_n_kw_var):
 * positional args with a bitmap of which are *-unpacked, and kw pairs where a NULL key means **-unpack.
 */
function prepareVarArgs(state: (Obj | undefined)[], at: number, self: Obj | undefined, nPos: number, nKw: number, kwOut: { kw: KwArgs }): Obj[] {
  const star = state[at + nPos + 2 * nKw] as number;
  const args: Obj[] = [];
  if (self !== undefined) args.push(self);
  for (let i = 0; i < nPos; i++) {
    const a = state[at + i] as Obj;
    if ((star / 2 ** i) & 1) {
      if (typeof a === 'object' && ((a as PyObject).type === tuple_type || (a as PyObject).type === list_type)) {
        const items = (a as PyTuple).items;
        for (let j = 0; j < items.length; j++) args.push(items[j]);
      } else {
        const it = getIter(a);
        for (let x = iterNext(it); x !== undefined; x = iterNext(it)) args.push(x);
      }
    } else {
      args.push(a);
    }
  }
  let kw: Map<string, Obj> | null = null;
  for (let i = 0; i < nKw; i++) {
    const key = state[at + nPos + 2 * i];
    const value = state[at + nPos + 2 * i + 1] as Obj;
    kw ??= new Map();
    if (key === undefined) {
      if (value instanceof PyDict) {
        for (const [k, v] of value.entries()) addKw(kw, k, v);
      } else {
        const keys = getIter(callMethodN(value, 'keys', []));
        for (let k = iterNext(keys); k !== undefined; k = iterNext(keys)) addKw(kw, k, getItem(value, k));
      }
    } else {
      addKw(kw, key, value);
    }
  }
  kwOut.kw = kw;
  return args;
}

function addKw(kw: Map<string, Obj>, k: Obj, v: Obj): void {
  if (typeof k !== 'string') raiseTypeError('keywords must be strings');
  if (kw.has(k)) raiseTypeError(`function got multiple values for argument '${k}'`);
  kw.set(k, v);
}

function callMethodN(o: Obj, name: string, args: Obj[]): Obj {
  loadMethod(o, name, dest);
  const f = dest[0] as Obj;
  const self = dest[1];
  return self === undefined ? call(f, args) : call(f, [self, ...args]);
}

/** Call a method loaded as (method, self-or-undefined) in state[base], state[base+1] with n args after them. */
function callStackMethod(state: (Obj | undefined)[], base: number, n: number): Obj {
  const f = state[base] as Obj;
  const self = state[base + 1];
  const args: Obj[] = [];
  if (self !== undefined) args.push(self);
  for (let i = 0; i < n; i++) args.push(state[base + 2 + i] as Obj);
  return call(f, args);
}

/**
 * A frame for a call, if f is a bytecode function (or a bound method / closure of one) that runs in
 * the VM loop; null for anything else (builtins, types, generator functions: call() them).
 */
function frameForCall(f: Obj, args: Obj[], kw: KwArgs): Frame | null {
  if (typeof f !== 'object') return null;
  if (f instanceof PyFunction) {
    if (f.code.isGenerator) return null;
    return makeFrame(f, args, 0, args.length, kw);
  }
  if (f instanceof PyBoundMethod) {
    const g = f.fn;
    if (g instanceof PyFunction && !g.code.isGenerator) {
      const all = new Array<Obj>(args.length + 1);
      all[0] = f.self;
      for (let i = 0; i < args.length; i++) all[i + 1] = args[i];
      return makeFrame(g, all, 0, all.length, kw);
    }
    return null;
  }
  if (f instanceof PyClosure) {
    if (f.fun.code.isGenerator) return null;
    const all = f.cells.concat(args);
    return makeFrame(f.fun, all, 0, all.length, kw);
  }
  return null;
}

/** CALL_FUNCTION on a class: the __init__ the VM runs inline (see plainInit), cached on the instruction. */
function cacheInit(code: Code, ip: number, cls: PyType): Obj | undefined {
  const init = inlineInit(cls);
  const v = (init instanceof PyFunction && !init.code.isGenerator) || (init instanceof PyClosure && !init.fun.code.isGenerator) ? init : undefined;
  code.icType[ip] = cls;
  code.icVer[ip] = cls.version;
  code.icVal[ip] = v;
  return v;
}

/** The blank instance __init__ runs on (a PyException, a list... for classes with a built-in base). */
function blankInstance(cls: PyType, state: (Obj | undefined)[], at: number, n: number): Obj {
  return cls.nativeBase === object_type ? new PyInstance(cls) : newInstance(cls, state.slice(at, at + n) as Obj[], null, true);
}

/** A frame running init (a function, or a closure: an __init__ using super()) on n args at state[at]. */
function initFrame(init: Obj, state: (Obj | undefined)[], at: number, n: number): Frame {
  return init instanceof PyClosure ? makeClosureFrame(init.fun, init.cells, state, at, n) : makeFrame(init as PyFunction, state, at, n, null);
}

/**
 * CALL_FUNCTION on anything but a plain bytecode function with positional args: a class with a
 * Python __init__, a closure, keyword args... A frame to run in the loop, or null when the call
 * is done (its result in state[sp]).
 */
function callFunctionSlow(code: Code, ip: number, state: (Obj | undefined)[], sp: number, f: Obj, nPos: number, nKw: number): Frame | null {
  if (nKw === 0) {
    if (f instanceof PyType) {
      // Cls(...) with a Python __init__: run __init__ in this loop on a blank instance
      const init = code.icType[ip] === f && code.icVer[ip] === f.version ? code.icVal[ip] : cacheInit(code, ip, f);
      if (init !== undefined) {
        const o = blankInstance(f, state, sp + 1, nPos);
        state[sp] = o; // self, in the class's slot, is __init__'s first argument
        const nf = initFrame(init, state, sp, nPos + 1);
        nf.initSelf = o;
        return nf;
      }
    } else if (f instanceof PyClosure) {
      if (!f.fun.code.isGenerator) return makeClosureFrame(f.fun, f.cells, state, sp + 1, nPos);
    }
  }
  const cargs = state.slice(sp + 1, sp + 1 + nPos) as Obj[];
  const kw = nKw === 0 ? null : kwFromStack(state, sp + 1 + nPos, nKw);
  const nf = frameForCall(f, cargs, kw);
  if (nf === null) state[sp] = call(f, cargs, kw);
  return nf;
}

/** CALL_METHOD's slow path, as callFunctionSlow (state[sp] = method, state[sp + 1] = self or NULL). */
function callMethodSlow(code: Code, ip: number, state: (Obj | undefined)[], sp: number, f: Obj, nPos: number, nKw: number): Frame | null {
  const self = state[sp + 1];
  if (nKw === 0 && self === undefined && f instanceof PyType) {
    const init = code.icType[ip] === f && code.icVer[ip] === f.version ? code.icVal[ip] : cacheInit(code, ip, f);
    if (init !== undefined) {
      const o = blankInstance(f, state, sp + 2, nPos);
      state[sp + 1] = o;
      const nf = initFrame(init, state, sp + 1, nPos + 1);
      nf.initSelf = o;
      return nf;
    }
  }
  const start = self === undefined ? sp + 2 : sp + 1;
  const n = self === undefined ? nPos : nPos + 1;
  const cargs = state.slice(start, start + n) as Obj[];
  const kw = nKw === 0 ? null : kwFromStack(state, sp + 2 + nPos, nKw);
  const nf = frameForCall(f, cargs, kw);
  if (nf === null) state[sp] = call(f, cargs, kw);
  return nf;
}

/** CALL_FUNCTION_VAR_KW / CALL_METHOD_VAR_KW: a frame to run, or null with the result in state[sp]. */
function callVarKw(state: (Obj | undefined)[], sp: number, isMethod: boolean, nPos: number, nKw: number): Frame | null {
  const f = state[sp] as Obj;
  const kwOut: { kw: KwArgs } = { kw: null };
  const cargs = prepareVarArgs(state, sp + (isMethod ? 2 : 1), isMethod ? state[sp + 1] : undefined, nPos, nKw, kwOut);
  const nf = frameForCall(f, cargs, kwOut.kw);
  if (nf === null) state[sp] = call(f, cargs, kwOut.kw);
  return nf;
}

/**
 * A non-entry frame returned v: uncount and release it and put the result on its parent's stack
 * (for an __init__ run by Cls(...), the instance). Returns the TypeError to raise in the parent
 * when such an __init__ returned something other than None, else null.
 */
function returnToParent(frame: Frame, v: Obj): PyException | null {
  const parent = frame.parent!;
  vmState.depth--;
  const o = frame.initSelf;
  releaseFrame(frame);
  if (o === undefined) {
    parent.state[parent.sp] = v;
    return null;
  }
  parent.state[parent.sp] = o;
  return v === None ? null : initResult(v);
}

function initResult(v: Obj): PyException {
  return newException(TypeError, `__init__() should return None, not '${typeOf(v).name}'`);
}

function makeFunction(ctx: ModuleContext, rcIndex: number, code: import('./vmdecode.js').Code, defTuple: Obj | undefined, defDict: Obj | undefined): PyFunction {
  const rc = code.rc.children[rcIndex];
  const defaults = defTuple instanceof PyTuple ? defTuple.items : [];
  const kwDefaults = defDict instanceof PyDict ? defDict : null;
  return new PyFunction(rc, ctx, defaults, kwDefaults);
}

/** == and != beyond two ints or two strs (the compiled tier's OP_EQ/OP_NE): x == None without a call, unless a user __eq__ may run. */
function eqOther(op: number, a: Obj, b: Obj): Obj {
  if (a === None ? typeof b !== 'object' || !(b as PyObject).type.isUserClass : b === None && (typeof a !== 'object' || !(a as PyObject).type.isUserClass)) {
    return op === BinaryOp.EQUAL ? a === b : a !== b;
  }
  return binaryOp(op, a, b);
}

/**
 * A compiled LOAD_METHOD site's polymorphic cache (vmjit.ts; entry 0 is checked inline): the
 * method cached for type t in entries 1.., or undefined. Entries are (type, version, method).
 */
function methodCacheFind(pic: unknown[], t: PyType): Obj | undefined {
  for (let k = 3; k < pic.length; k += 3) if (pic[k] === t && pic[k + 1] === t.version) return pic[k + 2] as Obj;
  return undefined;
}

/**
 * The site's cache miss: the generic lookup into dest, and when its result depends only on the
 * type (as loadMethodCached decides), the method goes in front, the oldest entry out.
 */
function methodCacheMiss(pic: unknown[], code: Code, ip: number, o: Obj, t: PyType, name: string): void {
  code.icType[ip] = null;
  loadMethodCached(code, ip, o, t, name);
  if ((code.icType[ip] as PyType | null) !== t) return; // (the lookup may have filled it)
  for (let k = pic.length - 1; k >= 3; k--) pic[k] = pic[k - 3];
  pic[0] = t;
  pic[1] = t.version;
  pic[2] = dest[0];
}

/** A compiled LOAD_GLOBAL site's cache miss: look the name up, refill [globals, stamp, builtins stamp, value]. */
function loadGlobalSlow(cache: unknown[], g: PyDict, name: string): Obj {
  let v = g.map.get(name);
  if (v === undefined) {
    v = builtinsDict.map.get(name);
    if (v === undefined) nameError(name);
  }
  cache[0] = g;
  cache[1] = g.stamp;
  cache[2] = builtinsDict.stamp;
  cache[3] = v;
  return v;
}

/**
 * LOAD_METHOD's slow path: the generic lookup into dest, remembering the method in the
 * instruction's cache when the result depends only on the receiver's type (a function found on
 * a built-in type, or on a user class for a plain instance whose own dict lacks the name).
 */
function loadMethodCached(code: Code, ip: number, o: Obj, t: PyType, name: string): void {
  loadMethod(o, name, dest);
  if (dest[1] === o && (t.isUserClass ? o instanceof PyInstance : t.getAttr === null)) {
    code.icType[ip] = t;
    code.icVer[ip] = t.version;
    code.icVal[ip] = dest[0];
  }
}

/** STORE_ATTR: whether stores on instances of t go straight to the instance dict; cached per instruction. */
function cacheStore(code: Code, ip: number, t: PyType): boolean {
  if (!plainAttrStore(t)) return false;
  code.icType[ip] = t;
  code.icVer[ip] = t.version;
  return true;
}

/** Unpack seq into n items on the stack, last item deepest (mp_unpack_sequence). */
function unpackSequence(seq: Obj, n: number, state: (Obj | undefined)[], base: number): void {
  if (typeof seq === 'object' && ((seq as PyObject).type === tuple_type || (seq as PyObject).type === list_type)) {
    const items = (seq as PyTuple).items;
    if (items.length < n) throw newException(ValueError, `need more than ${items.length} values to unpack`);
    if (items.length > n) throw newException(ValueError, `too many values to unpack (expected ${n})`);
    for (let i = 0; i < n; i++) state[base + i] = items[n - 1 - i];
    return;
  }
  const it = getIter(seq);
  for (let i = 0; i < n; i++) {
    const x = iterNext(it);
    if (x === undefined) throw newException(ValueError, `need more than ${i} values to unpack`);
    state[base + n - 1 - i] = x;
  }
  if (iterNext(it) !== undefined) throw newException(ValueError, `too many values to unpack (expected ${n})`);
}

/** a, *b, c = seq (mp_unpack_ex): nLeft | nRight << 8. */
function unpackEx(seq: Obj, arg: number, state: (Obj | undefined)[], base: number): void {
  const nLeft = arg & 0xff;
  const nRight = (arg >> 8) & 0xff;
  const items =
    typeof seq === 'object' && ((seq as PyObject).type === tuple_type || (seq as PyObject).type === list_type)
      ? (seq as PyTuple).items
      : toArrayOf(seq);
  const len = items.length;
  if (len < nLeft + nRight) throw newException(ValueError, `need more than ${len} values to unpack`);
  for (let i = 0; i < nRight; i++) state[base + i] = items[len - 1 - i];
  state[base + nRight] = new PyList(items.slice(nLeft, len - nRight));
  for (let i = 0; i < nLeft; i++) state[base + nRight + 1 + i] = items[nLeft - 1 - i];
}

function toArrayOf(o: Obj): Obj[] {
  const out: Obj[] = [];
  const it = getIter(o);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(x);
  return out;
}


function loadBuildClass(): Obj {
  const f = builtinsDict.get('__build_class__');
  if (f === undefined) nameError('__build_class__');
  return f;
}

function loadSuperMethod(name: string, state: (Obj | undefined)[], at: number): void {
  // state[at] = (unused), state[at+1] = __class__, state[at+2] = self  →  method, self
  const cls = state[at + 1];
  const self = state[at + 2];
  if (cls instanceof PyType && self instanceof PyInstance) {
    // super().m(...) on a plain instance: a function found in a user class after cls in the MRO
    // is the method, as super's lookup would find it, with nothing allocated
    const mro = self.type.mro;
    let i = mro.indexOf(cls);
    if (i >= 0) {
      for (i++; i < mro.length; i++) {
        const t = mro[i];
        if (!t.isUserClass) break;
        const v = t.locals.get(name);
        if (v !== undefined) {
          if (v instanceof PyFunction) {
            state[at] = v;
            state[at + 1] = self;
            return;
          }
          break;
        }
      }
    }
  }
  // anything but a plain instance (an exception's super().__init__(msg)...) without a super object
  if (cls instanceof PyType && superMethod(cls, self as Obj, name, dest)) {
    state[at] = dest[0];
    state[at + 1] = dest[1];
    return;
  }
  const superType = builtinsDict.get('super');
  if (superType === undefined) nameError('super');
  const sup = call(superType, [state[at + 1] as Obj, state[at + 2] as Obj]);
  loadMethod(sup, name, dest);
  state[at] = dest[0];
  state[at + 1] = dest[1];
}

function pushBlock(frame: Frame, handler: number, sp: number, fin: number): void {
  const t = ++frame.excTop;
  frame.excHandler![t] = handler;
  frame.excSp![t] = sp;
  frame.excFinally![t] = fin;
  frame.excPrev![t] = null;
}

/** CANCEL_ACTIVE_FINALLY: drop what an active finally block was going to do; returns the new sp. */
function cancelActiveFinally(state: (Obj | undefined)[], sp: number): number {
  if (typeof state[sp - 1] === 'number') {
    // (..., prev_dest_ip, prev_cause, dest_ip) → (..., dest_ip)
    state[sp - 2] = state[sp];
    return sp - 2;
  }
  // (..., None/exception, dest_ip) → (..., dest_ip)
  state[sp - 1] = state[sp];
  return sp - 1;
}

/**
 * The unwinding of UNWIND_JUMP (and END_FINALLY resuming it): the stack holds (..., dest, count).
 * Pops count blocks, running pending finally blocks as it goes. Updates frame.pc / frame.sp.
 */
function unwindJump(frame: Frame, sp: number, pc: number): void {
  const state = frame.state;
  let unum = state[sp--] as number;
  while ((unum & 0x7f) > 0) {
    unum--;
    const t = frame.excTop;
    if (frame.excFinally![t]) {
      if (frame.excHandler![t] >= pc) {
        // a finally not yet running: run it, then END_FINALLY resumes this unwinding
        state[++sp] = unum;
        frame.pc = frame.excHandler![t];
        frame.sp = sp;
        return;
      }
      sp = cancelActiveFinally(state, sp);
    }
    frame.excTop--;
    vmState.curException = null;
  }
  frame.pc = state[sp--] as number;
  if (unum !== 0) sp -= 4; // pop the for-loop iterator being broken out of
  frame.sp = sp;
}

/**
 * RETURN_VALUE with blocks open: run pending finally blocks first. Returns true if a finally block
 * was entered (frame.pc/sp updated), false when the frame can return state[frame.sp].
 */
function unwindReturn(frame: Frame, sp: number, pc: number): boolean {
  const state = frame.state;
  while (frame.excTop >= 0) {
    const t = frame.excTop;
    if (frame.excFinally![t]) {
      if (frame.excHandler![t] >= pc) {
        const fsp = frame.excSp![t];
        state[fsp + 1] = state[sp];
        sp = fsp + 1;
        state[++sp] = -1;
        frame.pc = frame.excHandler![t];
        frame.sp = sp;
        return true;
      }
      sp = cancelActiveFinally(state, sp);
    }
    frame.excTop--;
    vmState.curException = null;
  }
  frame.sp = sp;
  return false;
}

function withCleanup(frame: Frame, sp: number): number {
  const state = frame.state;
  const top = state[sp];
  if (top === None) {
    // (..., __exit__, self, None)
    state[sp + 1] = None;
    state[sp + 2] = None;
    sp -= 2;
    callStackMethod(state, sp, 3);
    state[sp] = None;
  } else if (typeof top === 'number') {
    // (..., __exit__, self, dest/ret, cause)
    const data = state[sp - 1];
    const cause = state[sp];
    state[sp - 1] = None;
    state[sp] = None;
    state[sp + 1] = None;
    callStackMethod(state, sp - 3, 3);
    state[sp - 3] = data;
    state[sp - 2] = cause;
    sp -= 2;
  } else {
    // (..., __exit__, self, exc)
    state[sp + 1] = state[sp];
    state[sp] = typeOf(state[sp] as Obj);
    state[sp + 2] = None;
    sp -= 2;
    const r = callStackMethod(state, sp, 3);
    if (isTrue(r)) state[sp] = None;
    else state[sp] = state[sp + 3];
  }
  return sp;
}

function raiseFrom(exc: Obj, cause: Obj): PyException {
  if (cause !== None) hal.stderr('Warning: exception chaining not supported\n');
  const e = makeRaiseObj(exc);
  return e;
}

/** The exception RAISE_LAST (re-raise), RAISE_OBJ or RAISE_FROM raises. */
function raiseOpException(frame: Frame, op: number, state: (Obj | undefined)[], sp: number): PyException {
  if (op === I.RAISE_OBJ) return makeRaiseObj(state[sp] as Obj);
  if (op === I.RAISE_FROM) return raiseFrom(state[sp - 1] as Obj, state[sp] as Obj);
  for (let t = frame.excTop; t >= 0; t--) {
    const e = frame.excPrev![t];
    if (e !== null) return e;
  }
  return newException(RuntimeError, 'no active exception to reraise');
}

function addTraceback(e: PyException, frame: Frame, ip: number): void {
  const code = frame.code;
  addTracebackAt(e, code, ip);
}

/**
 * The opcodes kept out of runFrame's hot switch (a small dispatch function keeps the hot loop's
 * machine code small and free of deopt points for code that has not run yet). frame.pc is the next
 * instruction on entry and may be changed (a jump); returns the new sp. Exceptions are thrown.
 */
function rareOp(frame: Frame, op: number, arg: number, ip: number, sp: number): number {
  const code = frame.code;
  const state = frame.state;
  const qstrs = code.qstrs;
  const globals = frame.globals;
  switch (op) {
    case I.LOAD_NAME: {
      const name = qstrs[arg];
      const loc = frame.locals;
      let v = loc !== globals ? loc.map.get(name) : undefined;
      if (v === undefined) {
        v = globals.map.get(name);
        if (v === undefined) {
          v = builtinsDict.map.get(name);
          if (v === undefined) nameError(name);
        }
      }
      state[++sp] = v;
      break;
    }
    case I.LOAD_SUPER_METHOD:
      sp -= 1;
      loadSuperMethod(qstrs[arg], state, sp - 1);
      break;
    case I.LOAD_BUILD_CLASS:
      state[++sp] = loadBuildClass();
      break;
    case I.STORE_NAME:
      frame.locals.set(qstrs[arg], state[sp--] as Obj);
      break;
    case I.STORE_GLOBAL:
      globals.set(qstrs[arg], state[sp--] as Obj);
      break;
    case I.DELETE_FAST:
      if (state[arg] === undefined) unboundLocal();
      state[arg] = undefined;
      break;
    case I.DELETE_DEREF: {
      const c = state[arg] as PyCell;
      if (c.value === undefined) unboundLocal();
      c.value = undefined;
      break;
    }
    case I.DELETE_NAME:
      if (frame.locals.delete(qstrs[arg]) === undefined) nameError(qstrs[arg]);
      break;
    case I.DELETE_GLOBAL:
      if (globals.delete(qstrs[arg]) === undefined) nameError(qstrs[arg]);
      break;
    case I.DUP_TOP_TWO:
      sp += 2;
      state[sp] = state[sp - 2];
      state[sp - 1] = state[sp - 3];
      break;
    case I.ROT_THREE: {
      const t = state[sp];
      state[sp] = state[sp - 1];
      state[sp - 1] = state[sp - 2];
      state[sp - 2] = t;
      break;
    }
    case I.JUMP_IF_TRUE_OR_POP:
      if (isTrue(state[sp] as Obj)) frame.pc = arg;
      else sp--;
      break;
    case I.JUMP_IF_FALSE_OR_POP:
      if (isTrue(state[sp] as Obj)) sp--;
      else frame.pc = arg;
      break;
    case I.SETUP_WITH: {
      const o = state[sp] as Obj;
      loadMethod(o, '__exit__', dest);
      state[sp] = dest[0];
      state[sp + 1] = dest[1];
      loadMethod(o, '__enter__', dest);
      const enter = dest[0] as Obj;
      const self = dest[1];
      const r = self === undefined ? call(enter, []) : call(enter, [self]);
      sp += 1;
      pushBlock(frame, arg, sp, 1);
      state[++sp] = r;
      break;
    }
    case I.WITH_CLEANUP:
      sp = withCleanup(frame, sp);
      break;
    case I.UNWIND_JUMP:
      state[++sp] = arg;
      state[++sp] = code.args2[ip];
      unwindJump(frame, sp, frame.pc);
      sp = frame.sp;
      if (--vmState.ticks < 0) vmPoll();
      break;
    case I.SETUP_EXCEPT:
      pushBlock(frame, arg, sp, 0);
      break;
    case I.SETUP_FINALLY:
      pushBlock(frame, arg, sp, 1);
      break;
    case I.GET_ITER:
      state[sp] = getIter(state[sp] as Obj);
      break;
    case I.GET_ITER_STACK: {
      // 4 slots, as MicroPython's iter_buf: [NULL, iterator, -, -] for any iterator (the form a
      // generator expression builds with LOAD_NULL), or our inline forms with slot 0 set:
      // [list/tuple, index, -, 1] stepping by index, [RangeIter, -, -, 2] stepping a range
      const o = state[sp] as Obj;
      if (typeof o === 'object' && ((o as PyObject).type === list_type || (o as PyObject).type === tuple_type)) {
        state[sp + 1] = 0;
        state[sp + 3] = 1;
      } else {
        const it = getIter(o);
        if (typeof it === 'object' && (it as PyObject).type === range_iterator_type) {
          state[sp] = it;
          state[sp + 3] = 2;
        } else {
          state[sp] = undefined;
          state[sp + 1] = it;
        }
      }
      sp += 3;
      break;
    }
    case I.POP_EXCEPT_JUMP:
      frame.excTop--;
      vmState.curException = null;
      frame.pc = arg;
      break;
    case I.BUILD_LIST:
      sp -= arg - 1;
      state[sp] = new PyList(state.slice(sp, sp + arg) as Obj[]);
      break;
    case I.BUILD_MAP:
      state[++sp] = new PyDict();
      break;
    case I.STORE_MAP:
      sp -= 2;
      (state[sp] as PyDict).set(state[sp + 2] as Obj, state[sp + 1] as Obj);
      break;
    case I.BUILD_SET: {
      sp -= arg - 1;
      const s = new PySet();
      for (let i = 0; i < arg; i++) s.d.set(state[sp + i] as Obj, true);
      state[sp] = s;
      break;
    }
    case I.BUILD_SLICE: {
      let step: Obj = None;
      if (arg === 3) step = state[sp--] as Obj;
      const stop = state[sp--] as Obj;
      state[sp] = new PySlice(state[sp] as Obj, stop, step);
      break;
    }
    case I.STORE_COMP: {
      const o = state[sp - (arg >> 2)];
      const kind = arg & 3;
      if (kind === 0) {
        (o as PyList).items.push(state[sp--] as Obj);
      } else if (kind === 1) {
        (o as PyDict).set(state[sp] as Obj, state[sp - 1] as Obj);
        sp -= 2;
      } else {
        (o as PySet).d.set(state[sp--] as Obj, true);
      }
      break;
    }
    case I.UNPACK_SEQUENCE:
      unpackSequence(state[sp] as Obj, arg, state, sp);
      sp += arg - 1;
      break;
    case I.UNPACK_EX:
      unpackEx(state[sp] as Obj, arg, state, sp);
      sp += (arg & 0xff) + ((arg >> 8) & 0xff);
      break;
    case I.MAKE_FUNCTION:
      state[++sp] = makeFunction(frame.ctx, arg, code, undefined, undefined);
      break;
    case I.MAKE_FUNCTION_DEFARGS:
      sp -= 1;
      state[sp] = makeFunction(frame.ctx, arg, code, state[sp], state[sp + 1]);
      break;
    case I.MAKE_CLOSURE: {
      const n = code.args2[ip];
      sp -= n - 1;
      const fn = makeFunction(frame.ctx, arg, code, undefined, undefined);
      state[sp] = new PyClosure(fn, state.slice(sp, sp + n) as Obj[]);
      break;
    }
    case I.MAKE_CLOSURE_DEFARGS: {
      const n = code.args2[ip];
      sp -= 2 + n - 1;
      const fn = makeFunction(frame.ctx, arg, code, state[sp], state[sp + 1]);
      state[sp] = new PyClosure(fn, state.slice(sp + 2, sp + 2 + n) as Obj[]);
      break;
    }
    case I.IMPORT_NAME: {
      const fromlist = state[sp--] as Obj;
      state[sp] = importName(qstrs[arg], fromlist, state[sp] as Obj, globals);
      break;
    }
    case I.IMPORT_FROM:
      state[sp + 1] = importFrom(state[sp] as Obj, qstrs[arg]);
      sp++;
      break;
    case I.IMPORT_STAR:
      importAll(state[sp--] as Obj, frame.locals);
      break;
    case I.UNARY_OP: {
      const v = state[sp] as Obj;
      if (typeof v === 'number' && arg === UnaryOp.NEGATIVE && v !== 0) state[sp] = -v;
      else if (arg === UnaryOp.NEGATIVE && isFloat(v)) state[sp] = new PyFloat(-(v as PyFloat).value);
      else if (arg === UnaryOp.NOT) state[sp] = !isTrue(v);
      else state[sp] = unaryOp(arg, v);
      break;
    }
    case I.BINARY_OP: {
      const b = state[sp--] as Obj;
      state[sp] = binaryOp(arg, state[sp] as Obj, b);
      break;
    }
    case I.OP_POW: {
      const b = state[sp--] as Obj;
      const a = state[sp] as Obj;
      state[sp] = powFast(arg, a, b);
      break;
    }
    case I.OP_IN: {
      const b = state[sp--] as Obj;
      state[sp] = binaryOp(BinaryOp.IN, state[sp] as Obj, b);
      break;
    }
    default:
      throw newException(NotImplementedError, 'opcode');
  }
  return sp;
}

/**
 * Run frame (and everything it calls) until it returns or yields. A generator's exception can be
 * injected (inject: an exception instance or class, as from gen.throw()). Sets vmState.yielded.
 * The caller accounts for the entry frame in vmState.depth.
 */
export function runFrame(entry: Frame, inject: Obj | null, start: Frame = entry, interpFirst = false): Obj {
  let frame = start;
  let ip = frame.pc;
  const outerFrame = vmState.frame;
  let pendingThrow: PyException | null = null;
  let injectYieldFrom: Obj | null = null;
  let escaping: PyException | null = null;
  /** Set when jitLoop hands back a compiled frame at a pc it has no entry for. */
  let interpNext = interpFirst;
  if (inject !== null) {
    if (frame.code.ops[frame.pc] === I.YIELD_FROM) {
      injectYieldFrom = inject;
      interpNext = true; // the throw into the delegate is the interpreter's YIELD_FROM
    } else {
      pendingThrow = makeRaiseObj(inject);
    }
  }
  outer: for (;;) {
    vmState.frame = frame;
    const code = frame.code;
    const ops = code.ops;
    const args = code.args;
    const qstrs = code.qstrs;
    const state = frame.state;
    const globals = frame.globals;
    let pc = frame.pc;
    let sp = frame.sp;
    try {
      if (pendingThrow !== null) {
        const t = pendingThrow;
        pendingThrow = null;
        ip = pc;
        throw t;
      }
      // tier-up: each entry (call, return into, handler) of an interpreted frame counts one
      if (code.hot >= 0 && vmState.jit !== 0 && ((code.hot += 1) >= JIT_THRESHOLD || vmState.jit === 2)) jitCompile(code);
      if (code.jit !== null && !interpNext) {
        // compiled code runs in jitLoop until it ends, raises out of entry, or needs the interpreter
        const nf = jitLoop(frame, entry);
        if (nf === null) {
          const done = jitOut.done;
          if (done === Sig.RAISE) {
            escaping = jitOut.exc!;
            jitOut.exc = null;
            break outer;
          }
          const v = jitOut.value as Obj;
          jitOut.value = undefined;
          vmState.yielded = done === Sig.YIELD;
          vmState.frame = outerFrame;
          return v;
        }
        frame = nf;
        // a compiled frame handed back is to be interpreted, unless jitLoop just took a break
        interpNext = nf.code.jit !== null && !jitOut.again;
        jitOut.again = false;
        continue outer;
      }
      interpNext = false;
      for (;;) {
        ip = pc;
        const arg = args[pc];
        const op = ops[pc++];
        switch (op) {
          case I.LOAD_CONST_FALSE:
            state[++sp] = false;
            break;
          case I.LOAD_CONST_NONE:
            state[++sp] = None;
            break;
          case I.LOAD_CONST_TRUE:
            state[++sp] = true;
            break;
          case I.LOAD_CONST_SMALL_INT:
            state[++sp] = arg;
            break;
          case I.LOAD_CONST_STRING:
            state[++sp] = qstrs[arg];
            break;
          case I.LOAD_CONST_OBJ:
            state[++sp] = code.consts[arg];
            break;
          case I.LOAD_NULL:
            state[++sp] = undefined;
            break;
          case I.LOAD_FAST: {
            const v = state[arg];
            if (v === undefined) unboundLocal();
            state[++sp] = v;
            break;
          }
          case I.LOAD_DEREF: {
            const v = (state[arg] as PyCell).value;
            if (v === undefined) unboundLocal();
            state[++sp] = v;
            break;
          }
          case I.LOAD_GLOBAL: {
            // str keys are stored as themselves: one Map lookup, no PyDict.get dispatch
            let v = globals.map.get(qstrs[arg]);
            if (v === undefined) {
              v = builtinsDict.map.get(qstrs[arg]);
              if (v === undefined) nameError(qstrs[arg]);
            }
            state[++sp] = v;
            break;
          }
          case I.LOAD_ATTR: {
            const o = state[sp] as Obj;
            if (o instanceof PyInstance) {
              // an instance's own attribute comes first (as instanceGetAttr does)
              const a = o.attrs;
              const v = a !== null ? a[qstrs[arg]] : o.dict.map.get(qstrs[arg]);
              if (v !== undefined) {
                state[sp] = v;
                break;
              }
            }
            state[sp] = loadAttr(o, qstrs[arg]);
            break;
          }
          case I.LOAD_METHOD: {
            const o = state[sp] as Obj;
            const t = typeof o === 'object' ? (o as PyObject).type : typeOf(o);
            if (code.icType[ip] === t && code.icVer[ip] === t.version && (!(o instanceof PyInstance) || (o.attrs !== null ? o.attrs[qstrs[arg]] : o.dict.map.get(qstrs[arg])) === undefined)) {
              state[sp] = code.icVal[ip];
              state[++sp] = o;
              break;
            }
            loadMethodCached(code, ip, o, t, qstrs[arg]);
            state[sp] = dest[0];
            state[++sp] = dest[1];
            break;
          }
          case I.LOAD_SUBSCR: {
            const index = state[sp--] as Obj;
            const o = state[sp] as Obj;
            if (typeof o === 'object') {
              // list[int] and dict[key] inline; their misses raised without a JS throw
              let exc: PyException | null = null;
              const t = (o as PyObject).type;
              if (t === list_type && typeof index === 'number') {
                const items = (o as PyList).items;
                const i = index < 0 ? index + items.length : index;
                if (i >= 0 && i < items.length) {
                  state[sp] = items[i];
                  break;
                }
                exc = newException(IndexError, 'list index out of range');
              } else if (t === dict_type) {
                const v = (o as PyDict).get(index);
                if (v !== undefined) {
                  state[sp] = v;
                  break;
                }
                exc = new PyException(KeyError, [index]);
              }
              if (exc !== null) {
                const h = findHandler(exc, frame, ip, sp, entry);
                if (h === null) {
                  escaping = exc;
                  break outer;
                }
                frame = h;
                continue outer;
              }
            }
            state[sp] = getItem(o, index);
            break;
          }
          case I.STORE_FAST:
            state[arg] = state[sp--];
            break;
          case I.STORE_DEREF:
            (state[arg] as PyCell).value = state[sp--];
            break;
          case I.STORE_ATTR: {
            const o = state[sp] as Obj;
            const v = state[sp - 1];
            sp -= 2;
            if (v !== undefined && o instanceof PyInstance) {
              const t = o.type;
              if ((code.icType[ip] === t && code.icVer[ip] === t.version) || cacheStore(code, ip, t)) {
                const a = o.attrs;
                if (a !== null) a[qstrs[arg]] = v;
                else o.dict.set(qstrs[arg], v);
                break;
              }
            }
            if (v === undefined) deleteAttr(o, qstrs[arg]);
            else storeAttr(o, qstrs[arg], v);
            break;
          }
          case I.STORE_SUBSCR: {
            const o = state[sp - 1] as Obj;
            const index = state[sp] as Obj;
            const v = state[sp - 2];
            sp -= 3;
            if (v === undefined) {
              delItem(o, index);
            } else if (typeof index === 'number' && typeof o === 'object' && (o as PyObject).type === list_type && index >= 0 && index < (o as PyList).items.length) {
              (o as PyList).items[index] = v;
            } else {
              setItem(o, index, v);
            }
            break;
          }
          case I.DUP_TOP:
            state[sp + 1] = state[sp];
            sp++;
            break;
          case I.POP_TOP:
            sp--;
            break;
          case I.ROT_TWO: {
            const t = state[sp];
            state[sp] = state[sp - 1];
            state[sp - 1] = t;
            break;
          }
          case I.JUMP:
            pc = arg;
            if (--vmState.ticks < 0 && osr(frame, pc, sp)) continue outer;
            break;
          case I.POP_JUMP_IF_TRUE: {
            const v = state[sp--] as Obj;
            if (v === true || (v !== false && isTrue(v))) pc = arg;
            if (--vmState.ticks < 0 && osr(frame, pc, sp)) continue outer;
            break;
          }
          case I.POP_JUMP_IF_FALSE: {
            const v = state[sp--] as Obj;
            if (v === false || (v !== true && !isTrue(v))) pc = arg;
            if (--vmState.ticks < 0 && osr(frame, pc, sp)) continue outer;
            break;
          }
          case I.END_FINALLY: {
            frame.excTop--;
            vmState.curException = null;
            const t = state[sp];
            if (t === None) {
              sp--;
            } else if (typeof t === 'number') {
              sp--;
              if (t < 0) {
                // finished a finally run by a return: carry on returning
                if (frame.excTop >= 0 && unwindReturn(frame, sp, pc)) {
                  pc = frame.pc;
                  sp = frame.sp;
                  break;
                }
                const v = state[sp] as Obj;
                if (frame === entry) {
                  vmState.yielded = false;
                  frame.sp = sp;
                  vmState.frame = outerFrame;
                  return v;
                }
                const parent = frame.parent!;
                const bad = returnToParent(frame, v);
                frame = parent;
                if (bad !== null) {
                  ip = parent.ip;
                  sp = parent.sp;
                  throw bad;
                }
                continue outer;
              }
              state[++sp] = t;
              unwindJump(frame, sp, pc);
              pc = frame.pc;
              sp = frame.sp;
            } else {
              throw t;
            }
            break;
          }
          case I.FOR_ITER: {
            const s0 = state[sp - 3];
            if (s0 === undefined) {
              const v = iterNext(state[sp - 2] as Obj);
              if (v === undefined) {
                sp -= 4;
                pc = arg;
              } else {
                state[++sp] = v;
              }
            } else if (state[sp] === 2) {
              const r = s0 as RangeIter;
              const v = r.cur;
              if (v === r.end) {
                sp -= 4;
                pc = arg;
              } else {
                r.cur = v + r.step;
                state[++sp] = v;
              }
            } else {
              const items = (s0 as PyList).items;
              const i = state[sp - 2] as number;
              if (i < items.length) {
                state[sp - 2] = i + 1;
                state[++sp] = items[i];
              } else {
                sp -= 4;
                pc = arg;
              }
            }
            break;
          }
          case I.BUILD_TUPLE: {
            sp -= arg - 1;
            state[sp] = arg === 0 ? EMPTY_TUPLE : new PyTuple(state.slice(sp, sp + arg) as Obj[]);
            break;
          }
          case I.RETURN_VALUE: {
            if (frame.excTop >= 0 && unwindReturn(frame, sp, pc)) {
              pc = frame.pc;
              sp = frame.sp;
              break;
            }
            const v = state[sp] as Obj;
            if (frame === entry) {
              vmState.yielded = false;
              frame.sp = sp;
              vmState.frame = outerFrame;
              return v;
            }
            const parent = frame.parent!;
            const bad = returnToParent(frame, v);
            frame = parent;
            if (bad !== null) {
              ip = parent.ip;
              sp = parent.sp;
              throw bad;
            }
            continue outer; // reload the loop's locals from the parent

          }
          case I.RAISE_LAST:
          case I.RAISE_OBJ:
          case I.RAISE_FROM: {
            // Raised without a JS throw (V8 records a message and stack for every throw: ~1-10 µs)
            const exc = raiseOpException(frame, ops[ip], state, sp);
            const h = findHandler(exc, frame, ip, sp, entry);
            if (h === null) {
              escaping = exc;
              break outer;
            }
            frame = h;
            continue outer;
          }
          case I.YIELD_VALUE:
            frame.pc = pc;
            frame.sp = sp;
            vmState.yielded = true;
            vmState.frame = outerFrame;
            return state[sp] as Obj;
          case I.YIELD_FROM: {
            const send = state[sp--] as Obj;
            const it = state[sp] as Obj;
            const thr = injectYieldFrom;
            injectYieldFrom = null;
            const v = thr !== null ? resume(it, null, thr) : resume(it, send, null);
            if (resumeState.kind === ResumeKind.YIELD) {
              state[++sp] = v;
              frame.pc = ip; // run YIELD_FROM again on resumption
              frame.sp = sp;
              vmState.yielded = true;
              vmState.frame = outerFrame;
              return v;
            }
            state[sp] = v;
            if (thr !== null && (thr === GeneratorExit || (thr instanceof PyException && thr.type.isSubtypeOf(GeneratorExit)))) {
              throw makeRaiseObj(thr);
            }
            break;
          }
          case I.CALL_FUNCTION: {
            const nPos = arg & 0xff;
            const nKw = (arg >> 8) & 0xff;
            sp -= nPos + 2 * nKw;
            const f = state[sp] as Obj;
            if (--vmState.ticks < 0) vmPoll();
            let nf: Frame | null;
            if (nKw === 0 && f instanceof PyFunction && !f.code.isGenerator) nf = makeFrame(f, state, sp + 1, nPos, null);
            else if ((nf = callFunctionSlow(code, ip, state, sp, f, nPos, nKw)) === null) break;
            enterFrame();
            frame.pc = pc;
            frame.sp = sp;
            frame.ip = ip;
            nf.parent = frame;
            frame = nf;
            continue outer;
          }
          case I.CALL_METHOD: {
            const nPos = arg & 0xff;
            const nKw = (arg >> 8) & 0xff;
            sp -= nPos + 2 * nKw + 1;
            const f = state[sp] as Obj;
            if (--vmState.ticks < 0) vmPoll();
            let nf: Frame | null;
            if (nKw === 0 && f instanceof PyFunction && !f.code.isGenerator) {
              nf = state[sp + 1] === undefined ? makeFrame(f, state, sp + 2, nPos, null) : makeFrame(f, state, sp + 1, nPos + 1, null);
            } else if ((nf = callMethodSlow(code, ip, state, sp, f, nPos, nKw)) === null) {
              break;
            }
            enterFrame();
            frame.pc = pc;
            frame.sp = sp;
            frame.ip = ip;
            nf.parent = frame;
            frame = nf;
            continue outer;
          }
          case I.CALL_FUNCTION_VAR_KW:
          case I.CALL_METHOD_VAR_KW: {
            const isMethod = op === I.CALL_METHOD_VAR_KW;
            const nPos = arg & 0xff;
            const nKw = (arg >> 8) & 0xff;
            sp -= nPos + 2 * nKw + 1 + (isMethod ? 1 : 0);
            if (--vmState.ticks < 0) vmPoll();
            const nf = callVarKw(state, sp, isMethod, nPos, nKw);
            if (nf === null) break;
            enterFrame();
            frame.pc = pc;
            frame.sp = sp;
            frame.ip = ip;
            nf.parent = frame;
            frame = nf;
            continue outer;
          }
          case I.OP_ADD:
          case I.OP_IADD: {
            const b = state[sp--] as Obj;
            const a = state[sp] as Obj;
            if (typeof a === 'number' && typeof b === 'number') {
              const r = a + b;
              if (r <= MAX_SAFE && r >= -MAX_SAFE) {
                state[sp] = r;
                break;
              }
            }
            state[sp] = addOther(arg, a, b);
            break;
          }
          case I.OP_SUB:
          case I.OP_ISUB: {
            const b = state[sp--] as Obj;
            const a = state[sp] as Obj;
            if (typeof a === 'number' && typeof b === 'number') {
              const r = a - b;
              if (r <= MAX_SAFE && r >= -MAX_SAFE) {
                state[sp] = r;
                break;
              }
            }
            state[sp] = subOther(arg, a, b);
            break;
          }
          case I.OP_MUL: {
            const b = state[sp--] as Obj;
            const a = state[sp] as Obj;
            if (typeof a === 'number' && typeof b === 'number') {
              const r = a * b + 0; // + 0 turns -0 into 0
              if (r <= MAX_SAFE && r >= -MAX_SAFE) {
                state[sp] = r;
                break;
              }
            }
            state[sp] = mulOther(arg, a, b);
            break;
          }
          case I.OP_TRUEDIV: {
            const b = state[sp--] as Obj;
            state[sp] = trueDiv(arg, state[sp] as Obj, b);
            break;
          }
          case I.OP_FLOORDIV: {
            const b = state[sp--] as Obj;
            const a = state[sp] as Obj;
            // exact for int32 operands: the quotient's distance to an integer exceeds the rounding error
            if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b && b !== 0) {
              state[sp] = Math.floor(a / b) + 0;
              break;
            }
            state[sp] = binaryOp(arg, a, b);
            break;
          }
          case I.OP_MOD: {
            const b = state[sp--] as Obj;
            const a = state[sp] as Obj;
            if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
              // % on doubles is exact (fmod); Python's result takes the divisor's sign
              let r = a % b;
              if (r !== 0 && (r < 0) !== (b < 0)) r += b;
              state[sp] = r + 0;
              break;
            }
            state[sp] = binaryOp(arg, a, b);
            break;
          }
          case I.OP_AND: {
            const b = state[sp--] as Obj;
            const a = state[sp] as Obj;
            if (typeof a === 'number' && typeof b === 'number') {
              state[sp] = (a | 0) === a && (b | 0) === b ? a & b : bitOp(BinaryOp.AND, a, b);
              break;
            }
            state[sp] = binaryOp(arg, a, b);
            break;
          }
          case I.OP_OR: {
            const b = state[sp--] as Obj;
            const a = state[sp] as Obj;
            if (typeof a === 'number' && typeof b === 'number') {
              state[sp] = (a | 0) === a && (b | 0) === b ? a | b : bitOp(BinaryOp.OR, a, b);
              break;
            }
            state[sp] = binaryOp(arg, a, b);
            break;
          }
          case I.OP_XOR: {
            const b = state[sp--] as Obj;
            const a = state[sp] as Obj;
            if (typeof a === 'number' && typeof b === 'number') {
              state[sp] = (a | 0) === a && (b | 0) === b ? a ^ b : bitOp(BinaryOp.XOR, a, b);
              break;
            }
            state[sp] = binaryOp(arg, a, b);
            break;
          }
          case I.OP_LSHIFT: {
            const b = state[sp--] as Obj;
            const a = state[sp] as Obj;
            if (typeof a === 'number' && typeof b === 'number' && b >= 0 && b < 53) {
              const r = a * POW2[b] + 0; // exact: a power of two only moves the exponent
              if (r <= MAX_SAFE && r >= -MAX_SAFE) {
                state[sp] = r;
                break;
              }
            }
            state[sp] = binaryOp(arg, a, b);
            break;
          }
          case I.OP_RSHIFT: {
            const b = state[sp--] as Obj;
            const a = state[sp] as Obj;
            if (typeof a === 'number' && typeof b === 'number' && b >= 0 && b < 53) {
              state[sp] = (a | 0) === a && b < 32 ? a >> b : Math.floor(a / POW2[b]) + 0;
              break;
            }
            state[sp] = binaryOp(arg, a, b);
            break;
          }
          case I.OP_LT: {
            const b = state[sp--] as Obj;
            const a = state[sp] as Obj;
            if (typeof a === 'number' && typeof b === 'number') state[sp] = a < b;
            else if (isFloat(a) && isFloat(b)) state[sp] = (a as PyFloat).value < (b as PyFloat).value;
            else state[sp] = binaryOp(arg, a, b);
            break;
          }
          case I.OP_LE: {
            const b = state[sp--] as Obj;
            const a = state[sp] as Obj;
            if (typeof a === 'number' && typeof b === 'number') state[sp] = a <= b;
            else if (isFloat(a) && isFloat(b)) state[sp] = (a as PyFloat).value <= (b as PyFloat).value;
            else state[sp] = binaryOp(arg, a, b);
            break;
          }
          case I.OP_GT: {
            const b = state[sp--] as Obj;
            const a = state[sp] as Obj;
            if (typeof a === 'number' && typeof b === 'number') state[sp] = a > b;
            else if (isFloat(a) && isFloat(b)) state[sp] = (a as PyFloat).value > (b as PyFloat).value;
            else state[sp] = binaryOp(arg, a, b);
            break;
          }
          case I.OP_GE: {
            const b = state[sp--] as Obj;
            const a = state[sp] as Obj;
            if (typeof a === 'number' && typeof b === 'number') state[sp] = a >= b;
            else if (isFloat(a) && isFloat(b)) state[sp] = (a as PyFloat).value >= (b as PyFloat).value;
            else state[sp] = binaryOp(arg, a, b);
            break;
          }
          case I.OP_EQ: {
            const b = state[sp--] as Obj;
            const a = state[sp] as Obj;
            if ((typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string')) state[sp] = a === b;
            else if (a === None ? typeof b !== 'object' || !(b as PyObject).type.isUserClass : b === None && (typeof a !== 'object' || !(a as PyObject).type.isUserClass)) state[sp] = a === b; // a user __eq__/__ne__ still runs
            else state[sp] = binaryOp(arg, a, b);
            break;
          }
          case I.OP_NE: {
            const b = state[sp--] as Obj;
            const a = state[sp] as Obj;
            if ((typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string')) state[sp] = a !== b;
            else if (a === None ? typeof b !== 'object' || !(b as PyObject).type.isUserClass : b === None && (typeof a !== 'object' || !(a as PyObject).type.isUserClass)) state[sp] = a !== b; // a user __eq__/__ne__ still runs
            else state[sp] = binaryOp(arg, a, b);
            break;
          }
          case I.OP_IS: {
            const b = state[sp--] as Obj;
            state[sp] = state[sp] === b;
            break;
          }
          default:
            frame.pc = pc;
            sp = rareOp(frame, op, arg, ip, sp);
            pc = frame.pc;
            break;
        }
      }
    } catch (e) {
      // an exception thrown by JS code (a builtin, a slot): find its handler, else pass it on
      const exc = e instanceof PyException ? e : toPyException(e);
      const h = findHandler(exc, frame, ip, sp, entry);
      if (h === null) {
        vmState.frame = outerFrame;
        throw exc;
      }
      frame = h;
    }
  }
  // an exception raised by bytecode left the entry frame
  vmState.frame = outerFrame;
  throw escaping!;
}

/**
 * For compiled code's calls: a frame for f if it is a function (or a closure of one) with only
 * positional parameters, called with n positional arguments that fit them (missing ones have
 * defaults): the closure's cells and the defaults in place, jitOut.argTop set to where argument 0
 * goes (argument k at argTop - k); else null. The caller places the args, then runs makeCells if
 * the code has cells.
 */
function plainFrame(f: Obj, n: number): Frame | null {
  let fn: PyFunction;
  let cells: Obj[] | null = null;
  if (f instanceof PyFunction) fn = f;
  else if (f instanceof PyClosure) {
    fn = f.fun;
    cells = f.cells;
  } else return null;
  const c = fn.code;
  if (!c.plainArgs || c.isGenerator) return null;
  const nc = cells === null ? 0 : cells.length;
  const A = c.nPosArgs;
  const given = n + nc;
  const d0 = A - c.nDefPosArgs;
  if (given !== A && (given > A || given < d0)) return null;
  const nf = newFrame(c, fn.ctx);
  const st = nf.state;
  const top = c.nState - 1;
  for (let k = 0; k < nc; k++) st[top - k] = cells![k];
  if (given < A) fillDefaults(fn, st, given);
  jitOut.argTop = top - nc;
  return nf;
}

/** The cells a frame's code makes from its parameters (as makeFrame does), once the args are in place. */
function makeCells(nf: Frame): void {
  const cells = nf.code.cells;
  const st = nf.state;
  for (let i = 0; i < cells.length; i++) st[cells[i]] = new PyCell(st[cells[i]]);
}

/**
 * runFrame(entry, null) for the common case of compiled code (a generator resumed, a function
 * called from a builtin): straight into jitLoop, and runFrame only if some frame needs it.
 */
export function runFrameFast(entry: Frame): Obj {
  if (entry.code.jit === null) return runFrame(entry, null);
  const outerFrame = vmState.frame;
  const nf = jitLoop(entry, entry);
  if (nf !== null) {
    vmState.frame = outerFrame;
    const again = jitOut.again;
    jitOut.again = false;
    return runFrame(entry, null, nf, !again && nf.code.jit !== null);
  }
  vmState.frame = outerFrame;
  const done = jitOut.done;
  if (done === Sig.RAISE) {
    const e = jitOut.exc!;
    jitOut.exc = null;
    throw e;
  }
  const v = jitOut.value as Obj;
  jitOut.value = undefined;
  vmState.yielded = done === Sig.YIELD;
  return v;
}

/**
 * Run compiled frames (vmjit.ts) from frame: calls, returns and handlers between them stay in this
 * small loop. Returns the next frame for the interpreter (one without compiled code, or a
 * compiled one at a pc its code has no entry for), or null when entry itself returned, yielded
 * (jitOut.done = Sig.RETURN / Sig.YIELD, jitOut.value) or let an exception out (Sig.RAISE, jitOut.exc).
 */
function jitLoop(frame: Frame, entry: Frame): Frame | null {
  // Leave now and then (runFrame calls again at once): V8 re-optimizes a function on a later
  // call, and may never re-optimize a loop that runs for the whole program after a deopt.
  for (let budget = 4096; --budget > 0; ) {
    const jf = frame.code.jit;
    if (jf === null) return frame;
    vmState.frame = frame;
    const sig = jf(frame);
    if (sig === Sig.CALL) {
      frame = jitOut.frame!;
      jitOut.frame = null;
      continue;
    }
    let exc: PyException;
    if (sig === Sig.RETURN) {
      if (frame === entry) {
        jitOut.done = Sig.RETURN;
        return null;
      }
      const v = jitOut.value as Obj;
      jitOut.value = undefined;
      const parent = frame.parent!;
      const bad = returnToParent(frame, v);
      frame = parent;
      if (bad === null) continue;
      exc = bad;
      vmState.frame = parent;
    } else if (sig === Sig.YIELD) {
      jitOut.done = Sig.YIELD;
      return null;
    } else if (sig === Sig.RAISE) {
      exc = jitOut.exc!;
      jitOut.exc = null;
    } else {
      return frame; // Sig.INTERP
    }
    const h = findHandler(exc, frame, frame.ip, frame.sp, entry);
    if (h === null) {
      jitOut.done = Sig.RAISE;
      jitOut.exc = exc;
      return null;
    }
    frame = h;
  }
  jitOut.again = true;
  return frame;
}

/**
 * A jump's poll in the interpreter; true when the frame's code has just been compiled, so the loop
 * is to continue in the compiled form (at frame.pc = pc, a jump target: "on-stack replacement").
 */
function osr(frame: Frame, pc: number, sp: number): boolean {
  vmPoll();
  if (frame.code.jit === null) return false;
  frame.pc = pc;
  frame.sp = sp;
  return true;
}

/**
 * Find the handler for exc raised at instruction ip (stack top sp) of frame: in that frame, else
 * in its callers up to entry, adding traceback entries as frames unwind. Returns the frame to
 * resume, its pc/sp set to the handler, or null when exc leaves entry.
 */
function findHandler(exc: PyException, frame: Frame, ip: number, sp: number, entry: Frame): Frame | null {
  for (;;) {
    const fcode = frame.code;
    const op = fcode.ops[ip];
    if (exc.type.isSubtypeOf(StopIteration)) {
      if (op === I.FOR_ITER) {
        // a StopIteration from the iterator ends the loop
        frame.pc = fcode.args[ip];
        frame.sp = sp - 4;
        return frame;
      }
      if (op === I.YIELD_FROM) {
        // StopIteration from the delegate: its value is the result of `yield from`
        frame.state[sp] = exc.args.length > 0 ? exc.args[0] : None;
        frame.pc = ip + 1;
        frame.sp = sp;
        return frame;
      }
    }
    if (op !== I.END_FINALLY && op !== I.RAISE_LAST) addTraceback(exc, frame, ip);
    let t = frame.excTop;
    while (t >= 0 && frame.excHandler![t] <= ip) t--;
    frame.excTop = t;
    if (t >= 0) {
      let hsp = frame.excSp![t];
      frame.excPrev![t] = exc;
      frame.state[++hsp] = exc;
      frame.sp = hsp;
      frame.pc = frame.excHandler![t];
      vmState.curException = exc;
      return frame;
    }
    // no handler here: the frame is done
    frame.pc = -1;
    if (frame === entry) return null;
    vmState.depth--;
    frame = frame.parent!;
    ip = frame.ip;
    sp = frame.sp;
  }
}

/** Call a bytecode function from JS (a nested VM run); generator functions return a generator. */
export function callFunction(fn: PyFunction, args: Obj[], kw: KwArgs): Obj {
  const f = makeFrame(fn, args, 0, args.length, kw);
  if (fn.code.isGenerator) return new PyGenerator(f);
  enterFrame();
  try {
    return runFrameFast(f);
  } finally {
    vmState.depth--;
  }
}

/**
 * Run a function's body with LOAD_NAME/STORE_NAME/DELETE_NAME on `locals` (a class body, for
 * __build_class__). fn is a PyFunction or a PyClosure; returns what the body returns (the
 * __class__ cell, if the body has one).
 */
export function callFunctionWithLocals(fn: Obj, locals: PyDict): Obj {
  let f: Frame;
  if (fn instanceof PyClosure) f = makeFrame(fn.fun, fn.cells, 0, fn.cells.length, null);
  else if (fn instanceof PyFunction) f = makeFrame(fn, [], 0, 0, null);
  else return raiseTypeError(`'${typeOf(fn).name}' object isn't callable`);
  f.locals = locals;
  enterFrame();
  try {
    return runFrame(f, null);
  } finally {
    vmState.depth--;
  }
}

/** Run a compiled module's top-level code with the given globals and locals (module import, exec, eval). */
export function runModule(cm: CompiledModule, globals: PyDict, locals: PyDict = globals): Obj {
  const ctx: ModuleContext = { qstrs: cm.qstrs, consts: cm.consts, globals };
  const code = getCode(cm.rc, ctx);
  const f = makeModuleFrame(code, ctx, locals);
  enterFrame();
  try {
    return runFrame(f, null);
  } finally {
    vmState.depth--;
  }
}

/** Whether o is a bytecode function (for callable() etc.). */
export function isBytecodeFunction(o: Obj): boolean {
  return o instanceof PyFunction || o instanceof PyClosure;
}

export { PyFunction, PyGenerator };

// a thunk: read on the first compile, when every module of the import cycle has loaded
setJitHelpers(() => ({
  None,
  EMPTY_TUPLE,
  PyTuple,
  PyInstance,
  PyFunction,
  PyBuiltin,
  plainFrame,
  makeCells,
  PyException,
  PyFloat,
  float_type,
  unpackSequence,
  KeyError,
  IndexError,
  ZeroDivisionError,
  list_type,
  tuple_type,
  dict_type,
  POW2,
  vmState,
  jitOut,
  dest,
  builtinsDict,
  isTrue,
  iterNext,
  loadAttr,
  storeAttr,
  deleteAttr,
  getItem,
  setItem,
  delItem,
  binaryOp,
  unaryOp,
  typeOf,
  toPyException,
  newException,
  unboundLocal,
  nameError,
  vmPoll,
  enterFrame,
  makeFrame,
  callFunctionSlow,
  callMethodSlow,
  callVarKw,
  methodCacheFind,
  eqOther,
  methodCacheMiss,
  loadGlobalSlow,
  cacheStore,
  rareOp,
  unwindJump,
  unwindReturn,
  resume,
  resumeState,
  raiseOpException,
  addOther,
  subOther,
  mulOther,
  trueDiv,
  bitOp,
}));
