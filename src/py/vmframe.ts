// VM frames and argument binding (MicroPython py/bc.c mp_setup_code_state, and the code state of py/bc.h).
//
// Frame layout: one JS array `state` of nState slots, as MicroPython's code_state->state:
//   state[0 ..]                 the value stack, growing up; sp is the index of the top item (-1 = empty)
//   state[nState-1-i]           local i (so locals sit at the top end, the stack at the bottom)
// undefined in a slot is MicroPython's MP_OBJ_NULL (an unbound local, or LOAD_NULL's marker).
// The exception-block stack is three parallel arrays (handler index, saved sp, finally flag, the
// exception being handled) allocated only for code that has try/with blocks.
// All VM state lives here (pc, sp, blocks), never in JS locals that could not be saved: that is what
// lets generators resume by re-entering their frame, and what a suspending VM will rely on.
import type { Obj } from './obj.js';
import { PyDict } from './objdict.js';
import { PyTuple, EMPTY_TUPLE } from './objtuple.js';
import { PyCell } from './objcell.js';
import { raiseTypeError, type PyException } from './objexcept.js';
import { ScopeFlag } from './bc.js';
import type { Code } from './vmdecode.js';
import type { PyFunction, ModuleContext } from './objfunbc.js';
import type { KwArgs } from './obj.js';

export class Frame {
  code: Code;
  ctx: ModuleContext;
  globals: PyDict;
  /** LOAD_NAME/STORE_NAME dictionary: the module's globals, a class body's namespace, exec()'s locals. */
  locals: PyDict;
  state: (Obj | undefined)[];
  /** Index of the next instruction to run; -1 once the frame has finished. */
  pc: number;
  /** Index of the instruction being run (the call instruction, while a callee runs). */
  ip: number;
  sp: number;
  parent: Frame | null;
  excTop: number;
  excHandler: Int32Array | null;
  excSp: Int32Array | null;
  excFinally: Uint8Array | null;
  excPrev: (PyException | null)[] | null;
  /**
   * For the frame of a user class's __init__ run by the VM loop on `Cls(...)`: the new instance,
   * which RETURN_VALUE pushes in place of __init__'s (None) result; undefined for other frames.
   */
  initSelf: Obj | undefined;

  constructor(code: Code, ctx: ModuleContext, locals: PyDict) {
    this.code = code;
    this.ctx = ctx;
    this.globals = ctx.globals;
    this.locals = locals;
    // filled with push (not new Array(n)) so that V8 keeps the array packed: no hole checks on reads
    const nState = code.nState;
    const state: (Obj | undefined)[] = [];
    for (let i = 0; i < nState; i++) state.push(undefined);
    this.state = state;
    this.pc = 0;
    this.ip = 0;
    this.sp = -1;
    this.parent = null;
    this.initSelf = undefined;
    this.excTop = -1;
    const n = code.nExcStack;
    if (n > 0) {
      this.excHandler = new Int32Array(n);
      this.excSp = new Int32Array(n);
      this.excFinally = new Uint8Array(n);
      this.excPrev = new Array(n).fill(null);
    } else {
      this.excHandler = null;
      this.excSp = null;
      this.excFinally = null;
      this.excPrev = null;
    }
  }
}

// MicroPython's unix port reports errors in detail (MICROPY_ERROR_REPORTING_DETAILED): the name is given.
function posArgsMismatch(name: string, expected: number, given: number): never {
  return raiseTypeError(`${name}() takes ${expected} positional arguments but ${given} were given`);
}

/**
 * A frame for calling fn with positional args src[start .. start+n) and keyword args kw,
 * with MicroPython's argument binding and messages. Throws TypeError on a mismatch.
 */
export function makeFrame(fn: PyFunction, src: ArrayLike<Obj | undefined>, start: number, n: number, kw: KwArgs): Frame {
  const code = fn.code;
  const f = newFrame(code, fn.ctx);
  const state = f.state;
  const nState = code.nState;

  // simplest and commonest case: exactly the positional parameters, nothing else
  if (n === code.nPosArgs && code.simpleArgs && (kw === null || kw.size === 0)) {
    for (let i = 0; i < n; i++) state[nState - 1 - i] = src[start + i];
    return f;
  }
  const A = code.nPosArgs;
  if (code.plainArgs && n <= A && n >= A - code.nDefPosArgs && (kw === null || kw.size === 0)) {
    // positional args, the missing last ones from the defaults (lambda x, i=i: ...)
    for (let i = 0; i < n; i++) state[nState - 1 - i] = src[start + i];
    if (n < A) fillDefaults(fn, state, n);
  } else {
    bindArgs(fn, state, src, start, n, kw);
  }
  const cells = code.cells;
  for (let i = 0; i < cells.length; i++) state[cells[i]] = new PyCell(state[cells[i]]);
  return f;
}

/**
 * A frame for calling a closure: its cells are the function's leading positional parameters, then
 * positional args src[start .. start+n).
 */
export function makeClosureFrame(fn: PyFunction, cells: Obj[], src: ArrayLike<Obj | undefined>, start: number, n: number): Frame {
  const code = fn.code;
  const nc = cells.length;
  if (code.simpleArgs && n + nc === code.nPosArgs) {
    const f = newFrame(code, fn.ctx);
    const state = f.state;
    const top = code.nState - 1;
    for (let i = 0; i < nc; i++) state[top - i] = cells[i];
    for (let i = 0; i < n; i++) state[top - nc - i] = src[start + i];
    return f;
  }
  const all = new Array<Obj | undefined>(nc + n);
  for (let i = 0; i < nc; i++) all[i] = cells[i];
  for (let i = 0; i < n; i++) all[nc + i] = src[start + i];
  return makeFrame(fn, all, 0, nc + n, null);
}

/**
 * A fresh frame for a function's code: a pooled one when there is one. A pooled frame was
 * released by releaseFrame (state all undefined, no blocks open); only the fields a call sets differ.
 */
export function newFrame(code: Code, ctx: ModuleContext): Frame {
  const pool = code.pool;
  if (pool.length === 0) return new Frame(code, ctx, ctx.globals);
  const f = pool.pop()!;
  f.ctx = ctx;
  f.globals = ctx.globals;
  f.locals = ctx.globals;
  return f;
}

/** Frames kept per code object: enough for recursion a few levels deep to allocate nothing. */
const POOL_MAX = 16;

/**
 * Give a frame that has returned (to a frame of the same VM run; never an entry frame, which its
 * caller may still read, nor a generator's) back to its code's pool for reuse.
 */
export function releaseFrame(f: Frame): void {
  const code = f.code;
  const state = f.state;
  for (let i = 0; i < state.length; i++) state[i] = undefined;
  const prev = f.excPrev;
  if (prev !== null) for (let i = 0; i < prev.length; i++) prev[i] = null;
  const pool = code.pool;
  if (pool.length < POOL_MAX) {
    f.pc = 0;
    f.ip = 0;
    f.sp = -1;
    f.parent = null;
    f.initSelf = undefined;
    f.excTop = -1;
    pool.push(f);
  }
}

/** Positional parameters from..nPosArgs-1 of fn's frame state set from its default values. */
export function fillDefaults(fn: PyFunction, state: (Obj | undefined)[], from: number): void {
  const code = fn.code;
  const top = code.nState - 1;
  const A = code.nPosArgs;
  const d0 = A - code.nDefPosArgs;
  const defaults = fn.defaults;
  for (let i = from; i < A; i++) state[top - i] = defaults[i - d0];
}

function bindArgs(fn: PyFunction, state: (Obj | undefined)[], src: ArrayLike<Obj | undefined>, start: number, nArgs: number, kw: KwArgs): void {
  const code = fn.code;
  const nState = code.nState;
  const A = code.nPosArgs;
  const K = code.nKwonlyArgs;
  const D = code.nDefPosArgs;
  const flags = code.scopeFlags;
  const defaults = fn.defaults;
  const nKw = kw === null ? 0 : kw.size;
  let varIdx = nState - 1 - A - K;

  if (nArgs > A) {
    if ((flags & ScopeFlag.VARARGS) === 0) posArgsMismatch(code.name, A, nArgs);
    const extra: Obj[] = new Array(nArgs - A);
    for (let i = A; i < nArgs; i++) extra[i - A] = src[start + i] as Obj;
    state[varIdx--] = new PyTuple(extra);
    nArgs = A;
  } else {
    if ((flags & ScopeFlag.VARARGS) !== 0) state[varIdx--] = EMPTY_TUPLE;
    if (nKw === 0 && (flags & ScopeFlag.DEFKWARGS) === 0) {
      if (nArgs >= A - D) {
        fillDefaults(fn, state, nArgs);
      } else {
        posArgsMismatch(code.name, A - D, nArgs);
      }
    }
  }
  for (let i = 0; i < nArgs; i++) state[nState - 1 - i] = src[start + i];

  if (nKw !== 0 || (flags & ScopeFlag.DEFKWARGS) !== 0) {
    let dict: PyDict | null = null;
    if ((flags & ScopeFlag.VARKEYWORDS) !== 0) {
      dict = new PyDict();
      state[varIdx] = dict;
    }
    if (kw !== null) {
      const names = code.argNames;
      for (const [name, value] of kw) {
        let j = 0;
        for (; j < A + K; j++) if (names[j] === name) break;
        if (j < A + K) {
          if (state[nState - 1 - j] !== undefined) raiseTypeError(`function got multiple values for argument '${name}'`);
          state[nState - 1 - j] = value;
          continue;
        }
        if (dict === null) raiseTypeError(`unexpected keyword argument '${name}'`);
        if (dict.get(name) !== undefined) raiseTypeError(`function got multiple values for argument '${name}'`);
        dict.set(name, value);
      }
    }
    // defaults for the last D positional parameters
    for (let i = 0; i < D; i++) {
      const idx = nState - A + i; // local A-1-i
      if (state[idx] === undefined) state[idx] = defaults[D - 1 - i];
    }
    // every mandatory positional parameter must be bound
    for (let idx = nState - A + D; idx < nState; idx++) {
      if (state[idx] === undefined) raiseTypeError(`function missing required positional argument #${nState - 1 - idx}`);
    }
    // keyword-only parameters: given, or a default, or an error
    for (let i = 0; i < K; i++) {
      const idx = nState - 1 - A - i;
      if (state[idx] === undefined) {
        const name = code.argNames[A + i];
        const d = fn.kwDefaults !== null ? fn.kwDefaults.get(name) : undefined;
        if (d === undefined) raiseTypeError(`function missing required keyword argument '${name}'`);
        state[idx] = d;
      }
    }
  } else {
    if (K !== 0) raiseTypeError('function missing keyword-only argument');
    if ((flags & ScopeFlag.VARKEYWORDS) !== 0) state[varIdx] = new PyDict();
  }
}

/** A frame for a module body or exec()'d code: no arguments, LOAD_NAME on locals. */
export function makeModuleFrame(code: Code, ctx: ModuleContext, locals: PyDict): Frame {
  const f = new Frame(code, ctx, locals);
  const cells = code.cells;
  for (let i = 0; i < cells.length; i++) f.state[cells[i]] = new PyCell(f.state[cells[i]]);
  return f;
}

