// Generators and coroutines (MicroPython py/objgenerator.c, and mp_resume of py/runtime.c).
// A generator owns a suspended VM frame; resuming re-enters that frame in the VM loop and runs it
// until its next yield or its end. `async def` functions are generators too (as in MicroPython:
// `await x` compiles to `yield from x`).
import { type Obj, type PyObject, PyType, None } from './obj.js';
import {
  PyException,
  StopIteration,
  GeneratorExit,
  RuntimeError,
  newException,
  raiseTypeError,
  raiseValueError,
} from './objexcept.js';
import { builtin } from './objfun.js';
import { id, typeOf, loadMethod, call, toPyException, isInstance } from './runtime.js';
import type { Frame } from './vmframe.js';
import { runFrame, runFrameFast, vmState, makeRaiseObj, enterFrame } from './vm.js';

/** How a resumption ended (MicroPython's mp_vm_return_kind_t, less EXCEPTION: exceptions are thrown). */
export const enum ResumeKind {
  NORMAL = 0,
  YIELD = 1,
}

/** Set by resume(): whether the value it returned was yielded or returned. */
export const resumeState = { kind: ResumeKind.NORMAL as ResumeKind };

export const generator_type: PyType = new PyType({
  name: 'generator',
  makeNew: (type) => raiseTypeError(`cannot create '${type.name}' instances`),
  getIter: (self) => self,
  iterNext: (self) => {
    const v = genResume(self as PyGenerator, None, null);
    if (resumeState.kind === ResumeKind.YIELD) return v;
    vmState.stopIterationValue = v;
    return undefined;
  },
  repr: (self) => `<generator object '${(self as PyGenerator).frame.code.name}' at 0x${id(self).toString(16)}>`,
});

export class PyGenerator implements PyObject {
  type: PyType = generator_type;
  running = false;
  /** An exception to raise at the next resumption (pend_throw), or None. */
  pending: Obj = None;
  constructor(public readonly frame: Frame) {}
}

function stopIteration(value: Obj): PyException {
  return new PyException(StopIteration, value === None ? [] : [value]);
}

/**
 * Resume a generator with a value sent in, or an exception thrown in (thr, a class or instance).
 * Returns the yielded or returned value, and sets resumeState.kind; exceptions propagate.
 */
export function genResume(g: PyGenerator, send: Obj, thr: Obj | null): Obj {
  const f = g.frame;
  if (f.pc < 0) {
    resumeState.kind = ResumeKind.NORMAL;
    return None;
  }
  if (g.running) raiseValueError('generator already executing');
  if (g.pending !== None) {
    thr = g.pending;
    g.pending = None;
  }
  if (f.sp < 0) {
    if (send !== None) raiseTypeError("can't send non-None value to a just-started generator");
  } else {
    f.state[f.sp] = send;
  }
  g.running = true;
  enterFrame();
  let v: Obj;
  try {
    v = thr === null ? runFrameFast(f) : runFrame(f, thr);
  } catch (e) {
    vmState.depth--;
    g.running = false;
    f.pc = -1;
    const exc = toPyException(e);
    if (exc.type.isSubtypeOf(StopIteration)) throw newException(RuntimeError, 'generator raised StopIteration');
    throw exc;
  }
  vmState.depth--;
  g.running = false;
  if (vmState.yielded) {
    resumeState.kind = ResumeKind.YIELD;
  } else {
    f.pc = -1;
    resumeState.kind = ResumeKind.NORMAL;
  }
  return v;
}

const dest: (Obj | undefined)[] = [undefined, undefined];

function methodMaybe(o: Obj, name: string): boolean {
  try {
    loadMethod(o, name, dest);
    return true;
  } catch (e) {
    if (e instanceof PyException && e.type.name === 'AttributeError') return false;
    throw e;
  }
}

function callDest(args: Obj[]): Obj {
  const f = dest[0] as Obj;
  const self = dest[1];
  return self === undefined ? call(f, args) : call(f, [self, ...args]);
}

/**
 * `yield from` / `await` delegation (mp_resume): resume any iterator-like object.
 * Returns the value and sets resumeState.kind; exceptions propagate.
 */
export function resume(o: Obj, send: Obj | null, thr: Obj | null): Obj {
  if (o instanceof PyGenerator) return genResume(o, send === null ? None : send, thr);
  const t = typeOf(o);
  if (thr === null && t.iterNext !== null && send === None) {
    vmState.stopIterationValue = None;
    const v = t.iterNext(o);
    if (v !== undefined) {
      resumeState.kind = ResumeKind.YIELD;
      return v;
    }
    resumeState.kind = ResumeKind.NORMAL;
    const r = vmState.stopIterationValue;
    vmState.stopIterationValue = None;
    return r;
  }
  if (thr === null) {
    if (send === None && methodMaybe(o, '__next__')) {
      const v = callDest([]);
      resumeState.kind = ResumeKind.YIELD;
      return v;
    }
    loadMethod(o, 'send', dest);
    const v = callDest([send === null ? None : send]);
    resumeState.kind = ResumeKind.YIELD;
    return v;
  }
  if (isInstance(thr, GeneratorExit) || thr === GeneratorExit) {
    if (methodMaybe(o, 'close')) {
      const v = callDest([]);
      resumeState.kind = ResumeKind.NORMAL;
      return v;
    }
  } else if (methodMaybe(o, 'throw')) {
    const v = callDest([thr]);
    resumeState.kind = ResumeKind.YIELD;
    return v;
  }
  const exc = makeRaiseObj(thr);
  if (exc.type.isSubtypeOf(StopIteration)) throw newException(RuntimeError, 'generator raised StopIteration');
  throw exc;
}

/** The generator a method was called on: args[0], which must be there and be a generator. */
function checkGen(args: Obj[]): PyGenerator {
  if (args.length === 0) raiseTypeError('function takes 1 positional arguments but 0 were given');
  const o = args[0];
  if (!(o instanceof PyGenerator)) raiseTypeError(`argument should be a 'generator' not a '${typeOf(o).name}'`);
  return o;
}

function resumeAndRaise(g: PyGenerator, send: Obj, thr: Obj | null): Obj {
  const v = genResume(g, send, thr);
  if (resumeState.kind === ResumeKind.YIELD) return v;
  throw stopIteration(v);
}

generator_type.locals.set(
  'send',
  builtin('send', (args) => {
    if (args.length !== 2) raiseTypeError(`function takes 2 positional arguments but ${args.length} were given`);
    return resumeAndRaise(checkGen(args), args[1], null);
  }),
);
generator_type.locals.set(
  'throw',
  builtin('throw', (args) => {
    if (args.length < 2 || args.length > 4) raiseTypeError(`function expected at most 4 arguments, got ${args.length}`);
    let exc = args[1];
    if (args.length > 2 && args[2] !== None) exc = args[2];
    return resumeAndRaise(checkGen(args), None, exc);
  }),
);
generator_type.locals.set(
  'close',
  builtin('close', (args) => {
    if (args.length !== 1) raiseTypeError(`function takes 1 positional arguments but ${args.length} were given`);
    const g = checkGen(args);
    try {
      genResume(g, None, newException(GeneratorExit));
    } catch (e) {
      if (e instanceof PyException && e.type.isSubtypeOf(GeneratorExit)) return None;
      throw e;
    }
    if (resumeState.kind === ResumeKind.YIELD) throw newException(RuntimeError, 'generator ignored GeneratorExit');
    return None;
  }),
);
generator_type.locals.set(
  '__next__',
  builtin('__next__', (args) => {
    if (args.length !== 1) raiseTypeError(`function takes 1 positional arguments but ${args.length} were given`);
    return resumeAndRaise(checkGen(args), None, null);
  }),
);
generator_type.locals.set(
  'pend_throw',
  builtin('pend_throw', (args) => {
    // MicroPython extension: the exception is raised on the next resumption
    if (args.length !== 2) raiseTypeError(`function takes 2 positional arguments but ${args.length} were given`);
    const g = checkGen(args);
    if (g.running) raiseValueError('generator already executing');
    const prev = g.pending;
    g.pending = args[1];
    return prev;
  }),
);
