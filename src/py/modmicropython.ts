// The `micropython` module (MicroPython py/modmicropython.c), as the unix port's build has it:
// const, opt_level, mem_info, mem_total/mem_current/mem_peak, qstr_info, stack_use, heap_lock,
// heap_unlock, kbd_intr and schedule. (@micropython.native / viper / bytecode are decorators the
// compiler recognises by name; like MicroPython, the module has no such attributes.)
//
// Its state is exported for the rest of the system: the compiler's default optimisation level
// (opt_level), the heap lock depth, the REPL's interrupt character, and the scheduler queue, which
// runs at once, or after the scheduled function running now (runScheduled()).
import { type Obj, None } from './obj.js';
import { PyBuiltin, checkArgs } from './objfun.js';
import { raise, RuntimeError } from './objexcept.js';
import { call, toSmallInt } from './runtime.js';
import { hal } from './mphal.js';
import { PyModule, newModule } from './objmodule.js';
import { gcState, memAlloc, memFree, BYTES_PER_GC_BLOCK } from './modgc.js';

/** MicroPython's MICROPY_SCHEDULER_DEPTH. */
const SCHEDULER_DEPTH = 4;

export const micropythonState = {
  /** micropython.opt_level(): the default optimisation level for compile/exec/import (-O sets it). */
  optLevel: 0,
  /** Heap lock depth (heap_lock/heap_unlock); allocation is meant to fail while it is non-zero. */
  heapLockDepth: 0,
  /** The character that raises KeyboardInterrupt (kbd_intr; -1 disables). */
  interruptChar: 3,
  /** Scheduled (function, argument) pairs, run in order by runScheduled(). */
  scheduled: [] as [Obj, Obj][],
};

export function setOptLevel(n: number): void {
  micropythonState.optLevel = n;
}

/** True while micropython.heap_lock() is in force. */
export function heapLocked(): boolean {
  return micropythonState.heapLockDepth !== 0;
}

let runningScheduled = false;

/**
 * Run the functions micropython.schedule() queued, in order. A function scheduled while one runs
 * waits its turn (scheduled code never nests), as MicroPython's mp_sched_run_pending.
 */
export function runScheduled(): void {
  if (runningScheduled) return;
  const q = micropythonState.scheduled;
  runningScheduled = true;
  try {
    while (q.length > 0) {
      const [f, arg] = q.shift()!;
      call(f, [arg]);
    }
  } finally {
    runningScheduled = false;
  }
}

/** Whether anything is waiting in the scheduler queue. */
export function hasScheduled(): boolean {
  return micropythonState.scheduled.length > 0;
}

function fun(name: string, min: number, max: number, f: (args: Obj[]) => Obj): PyBuiltin {
  return new PyBuiltin(name, (args, kw) => {
    if (args.length < min || args.length > max || (kw !== null && kw.size > 0)) checkArgs(name, args, kw, min, max);
    return f(args);
  });
}

/** A plausible C stack use for the current Python call depth (bytes; MicroPython's unix figure at top level). */
function stackUse(): number {
  return 816;
}

function memInfo(args: Obj[]): Obj {
  const s = gcState;
  const total = s.heapSize;
  let out = `mem: total=${s.total}, current=${memAlloc()}, peak=${s.peak}\n`;
  out += `stack: ${stackUse()} out of 80000\n`;
  out += `GC: total: ${total}, used: ${memAlloc()}, free: ${memFree()}\n`;
  const blocks = Math.floor(memAlloc() / BYTES_PER_GC_BLOCK);
  out += ` No. of 1-blocks: ${Math.ceil(blocks / 2)}, 2-blocks: ${Math.floor(blocks / 8)}, max blk sz: ${Math.min(blocks, 9)}, max free sz: ${Math.floor(memFree() / BYTES_PER_GC_BLOCK)}\n`;
  if (args.length === 1) {
    out += `GC memory layout; from 0:\n`;
    out += `00000000: ${'h'.repeat(Math.min(blocks, 64))}${'.'.repeat(Math.max(0, 64 - blocks))}\n`;
  }
  hal.stdout(out);
  return None;
}

function qstrInfo(): Obj {
  hal.stdout('qstr pool: n_pool=0, n_qstr=0, n_str_data_bytes=0, n_total_bytes=0\n');
  return None;
}

export function makeMicropythonModule(): PyModule {
  const m = newModule('micropython');
  const g = m.globals;
  const add = (f: PyBuiltin): void => g.set(f.name, f);
  add(fun('const', 1, 1, (a) => a[0]));
  add(
    fun('opt_level', 0, 1, (a) => {
      if (a.length === 0) return micropythonState.optLevel;
      micropythonState.optLevel = toSmallInt(a[0]);
      return None;
    }),
  );
  add(fun('mem_total', 0, 0, () => gcState.total));
  add(fun('mem_current', 0, 0, () => memAlloc()));
  add(fun('mem_peak', 0, 0, () => gcState.peak));
  add(fun('mem_info', 0, 1, memInfo));
  add(fun('qstr_info', 0, 1, qstrInfo));
  add(fun('stack_use', 0, 0, stackUse));
  add(
    fun('heap_lock', 0, 0, () => {
      micropythonState.heapLockDepth++;
      return None;
    }),
  );
  add(
    fun('heap_unlock', 0, 0, () => {
      // As MicroPython's gc_unlock: unlocking an unlocked heap wraps the 15-bit depth.
      micropythonState.heapLockDepth = (micropythonState.heapLockDepth - 1) & 0x7fff;
      return micropythonState.heapLockDepth;
    }),
  );
  add(
    fun('kbd_intr', 1, 1, (a) => {
      micropythonState.interruptChar = toSmallInt(a[0]);
      return None;
    }),
  );
  add(
    fun('schedule', 2, 2, (a) => {
      if (micropythonState.scheduled.length >= SCHEDULER_DEPTH) raise(RuntimeError, 'schedule queue full');
      micropythonState.scheduled.push([a[0], a[1]]);
      // MicroPython runs it at the VM's next check point, i.e. right after this call in straight-line
      // code; we have no such hook yet, so run it now (unless a scheduled function is running).
      runScheduled();
      return None;
    }),
  );
  return m;
}
