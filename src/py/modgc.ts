// The `gc` module (MicroPython py/modgc.c): collect, enable, disable, isenabled, mem_free, mem_alloc,
// threshold. Python objects live on the JS engine's collector, so collect() cannot force anything;
// the numbers describe a MicroPython-style heap whose size is a setting (the port's -X heapsize=,
// via setHeapSize) and whose use is an estimate other parts of the core may feed (accountAlloc).
import { type Obj, None } from './obj.js';
import { PyBuiltin, checkArgs } from './objfun.js';
import { toSmallInt } from './runtime.js';
import { PyModule, newModule } from './objmodule.js';

/** MicroPython's allocation unit (MICROPY_BYTES_PER_GC_BLOCK on a 64-bit build). */
export const BYTES_PER_GC_BLOCK = 16;

export const gcState = {
  /** The heap size in bytes (MicroPython's unix default is 2 MB; the port sets -X heapsize). */
  heapSize: 2 * 1024 * 1024,
  /** Estimated bytes in use: a baseline for the interpreter's own objects plus what was accounted. */
  used: 1152,
  /** Peak of `used`, and the total ever allocated (micropython.mem_peak / mem_total). */
  peak: 1152,
  total: 1152,
  autoCollect: true,
  /** Allocation threshold in blocks, -1 for none (gc.threshold). */
  threshold: -1,
  /** Collections run (gc.collect's return value counts what it frees; we report 0). */
  collections: 0,
};

/** Set the heap size (bytes); called by the port for -X heapsize=. */
export function setHeapSize(bytes: number): void {
  gcState.heapSize = Math.max(bytes, 1024);
}

/** Record an allocation (positive) or a release (negative) of about `bytes` bytes. */
export function accountAlloc(bytes: number): void {
  const s = gcState;
  s.used = Math.max(0, Math.min(s.heapSize, s.used + bytes));
  if (bytes > 0) s.total += bytes;
  if (s.used > s.peak) s.peak = s.used;
}

export function memAlloc(): number {
  return Math.min(gcState.used, gcState.heapSize);
}

export function memFree(): number {
  return gcState.heapSize - memAlloc();
}

function fun0(name: string, f: () => Obj): PyBuiltin {
  return new PyBuiltin(name, (args, kw) => {
    if (args.length !== 0 || (kw !== null && kw.size > 0)) checkArgs(name, args, kw, 0, 0);
    return f();
  });
}

export function makeGcModule(): PyModule {
  const m = newModule('gc');
  const g = m.globals;
  const add = (f: PyBuiltin): void => g.set(f.name, f);
  add(
    fun0('collect', () => {
      gcState.collections++;
      return 0;
    }),
  );
  add(
    fun0('disable', () => {
      gcState.autoCollect = false;
      return None;
    }),
  );
  add(
    fun0('enable', () => {
      gcState.autoCollect = true;
      return None;
    }),
  );
  add(fun0('isenabled', () => gcState.autoCollect));
  add(fun0('mem_free', memFree));
  add(fun0('mem_alloc', memAlloc));
  add(
    new PyBuiltin('threshold', (args, kw) => {
      if (args.length > 1 || (kw !== null && kw.size > 0)) checkArgs('threshold', args, kw, 0, 1);
      if (args.length === 0) return gcState.threshold < 0 ? -1 : gcState.threshold * BYTES_PER_GC_BLOCK;
      const v = toSmallInt(args[0]);
      gcState.threshold = v < 0 ? -1 : Math.floor(v / BYTES_PER_GC_BLOCK);
      return None;
    }),
  );
  return m;
}
