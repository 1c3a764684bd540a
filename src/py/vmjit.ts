// The VM's second tier: a hot code object's decoded instructions turned into one JS function
// (`new Function`), run by the same frame loop as the interpreter (vm.ts runFrame).
//
// Why: the interpreter pays a dispatch (two array loads and a switch) per instruction, and its
// one big switch mixes the type feedback of every Python function into the same JS sites, so
// V8 optimizes it for nobody. A function of its own per code object has straight-line code
// between jump targets, operands as constants, and type feedback for its own sites only.
//
// It changes nothing else: whenever control leaves the generated function, the value stack,
// locals, pc, sp and exception blocks are in the Frame exactly as the interpreter keeps them
// (inside a basic block some stack items, and in loop-heavy code the locals, live in JS
// variables meanwhile), so a frame can move between the tiers at any jump target, call return
// or handler (the labels of the generated switch), Python→Python calls still return to a
// trampoline (vm.ts jitLoop; no JS recursion), and generators, tracebacks and handlers work the
// same. The generated function returns a signal (Sig) for jitLoop to act on: run a callee
// frame, return, yield, raise, or "carry on in the interpreter" (a pc it has no label for).
//
// Tier-up counts frame entries and vmPoll samples (see JIT_THRESHOLD). Code with an opcode the
// generator does not handle, or too long, stays on the interpreter. Where `new Function` is not allowed
// (a strict CSP), everything stays on the interpreter.
import type { Obj } from './obj.js';
import { BinaryOp, UnaryOp } from './obj.js';
import { I, type Code } from './vmdecode.js';
import type { Frame } from './vmframe.js';
import type { PyException } from './objexcept.js';

/** What a compiled function asks runFrame to do when it returns. */
export const enum Sig {
  /** Run jitOut.frame (a callee, linked to this frame; this frame's pc is the return point). */
  CALL,
  /** This frame returned jitOut.value (frame.sp is set). */
  RETURN,
  /** This frame yielded jitOut.value (frame.pc/sp are set for resumption). */
  YIELD,
  /** jitOut.exc was raised at instruction frame.ip (frame.sp set). */
  RAISE,
  /** Carry on at frame.pc/frame.sp in the interpreter. */
  INTERP,
}

export type JitFn = (frame: Frame) => Sig;

/** The values a compiled function hands back with its signal (one object: no allocation per call). */
export const jitOut = {
  value: undefined as Obj | undefined,
  frame: null as Frame | null,
  exc: null as PyException | null,
  /** How jitLoop's entry frame ended (Sig.RETURN, YIELD or RAISE). */
  done: 0 as Sig,
  /** Set when jitLoop returns a frame only to be called again (see jitLoop). */
  again: false,
  /** Set by plainFrame: the state index of the new frame's first argument (the next ones below). */
  argTop: 0,
};
// Give `value` its most general field representation now (it holds ints, floats and objects):
// a later widening would deoptimize the long-running jitLoop, and V8 may not re-optimize it.
jitOut.value = 0;
jitOut.value = undefined;

/**
 * Hotness (code.hot) at which code is compiled: each interpreted entry of a frame (a call, a
 * return into it) counts 1, each vmPoll sample taken while it runs (every POLL_TICKS jumps and
 * calls: loops) counts JIT_SAMPLE. So a function is compiled after ~1000 calls, a loop after a
 * few hundred iterations.
 */
export const JIT_THRESHOLD = 1000;
export const JIT_SAMPLE = 400;
/** Longer code stays on the interpreter (compile time and size grow with it, the gain does not). */
const MAX_INSTRUCTIONS = 4000;

let compiled = 0;

/** Whether `new Function` works here (not under a CSP that forbids it); settled on first use. */
let canEval: boolean | null = null;

/** The helpers generated code calls, given once by vm.ts (names are the generated code's own). */
let helperThunk: (() => Record<string, unknown>) | null = null;
let helpers: Record<string, unknown> | null = null;
let helperNames = '';
export function setJitHelpers(h: () => Record<string, unknown>): void {
  helperThunk = h;
}

/** Compile code if the generator handles all of it; sets code.jit (null = stays interpreted). */
export function jitCompile(code: Code): void {
  code.hot = -1; // never try again
  if (helperThunk === null || code.ops.length - 1 > MAX_INSTRUCTIONS) return;
  if (helpers === null) {
    helpers = helperThunk();
    helperNames = Object.keys(helpers).join(', ');
  }
  if (canEval === null) {
    try {
      canEval = new Function('return 1')() === 1;
    } catch {
      canEval = false;
    }
  }
  if (!canEval) return;
  const gen = generate(code);
  if (gen === null) return;
  const src = gen.src;
  try {
    // the sourceURL names the Python function in JS profiles and stack traces
    const url = `py-jit/${code.name.replace(/[^\w.<>-]/g, '_')}-${++compiled}`;
    const body = `const { ${helperNames} } = H;\n${src}\n//# sourceURL=${url}`;
    const dump = (globalThis as { __jitDump?: Map<string, string> }).__jitDump;
    if (dump !== undefined) dump.set(url, body);
    const factory = new Function('H', 'C', 'L', body);
    code.jit = factory(helpers, code, gen.labels) as JitFn;
  } catch {
    code.jit = null; // a generator bug must not stop the program: the interpreter runs it
  }
}

/** Opcodes passed to rareOp unchanged (they neither jump nor end the frame). */
const RARE = new Set<number>([
  I.LOAD_NAME,
  I.LOAD_SUPER_METHOD,
  I.LOAD_BUILD_CLASS,
  I.STORE_NAME,
  I.STORE_GLOBAL,
  I.DELETE_DEREF,
  I.DELETE_NAME,
  I.DELETE_GLOBAL,
  I.SETUP_WITH,
  I.WITH_CLEANUP,
  I.SETUP_EXCEPT,
  I.SETUP_FINALLY,
  I.GET_ITER,
  I.GET_ITER_STACK,
  I.BUILD_LIST,
  I.BUILD_MAP,
  I.STORE_MAP,
  I.BUILD_SET,
  I.BUILD_SLICE,
  I.STORE_COMP,
  I.UNPACK_EX,
  I.MAKE_FUNCTION,
  I.MAKE_FUNCTION_DEFARGS,
  I.MAKE_CLOSURE,
  I.MAKE_CLOSURE_DEFARGS,
  I.IMPORT_NAME,
  I.IMPORT_FROM,
  I.IMPORT_STAR,
  I.BINARY_OP,
  I.OP_POW,
  I.OP_IN,
]);

const CMP_OPS = new Map<number, string>([
  [I.OP_LT, '<'],
  [I.OP_LE, '<='],
  [I.OP_GT, '>'],
  [I.OP_GE, '>='],
]);
const BIT_OPS = new Map<number, [string, number]>([
  [I.OP_AND, ['&', BinaryOp.AND]],
  [I.OP_OR, ['|', BinaryOp.OR]],
  [I.OP_XOR, ['^', BinaryOp.XOR]],
]);

/** Instructions findHandler treats by kind (or that set frame.ip themselves): ip is set exactly for them, and again after them. */
const EXACT_IP = new Set<number>([
  I.FOR_ITER,
  I.YIELD_FROM,
  I.END_FINALLY,
  I.RAISE_LAST,
  I.RAISE_OBJ,
  I.RAISE_FROM,
  I.CALL_FUNCTION,
  I.CALL_METHOD,
  I.CALL_FUNCTION_VAR_KW,
  I.CALL_METHOD_VAR_KW,
]);

/** Entries of a LOAD_METHOD site's polymorphic inline cache (vm.ts methodCacheMiss fills it). */
const PIC_SIZE = 4;

/** Opcodes that cannot raise: no `ip = i` bookkeeping before them. */
const SAFE = new Set<number>([
  I.LOAD_CONST_FALSE,
  I.LOAD_CONST_NONE,
  I.LOAD_CONST_TRUE,
  I.LOAD_CONST_SMALL_INT,
  I.LOAD_CONST_STRING,
  I.LOAD_CONST_OBJ,
  I.LOAD_NULL,
  I.STORE_FAST,
  I.DUP_TOP,
  I.DUP_TOP_TWO,
  I.ROT_THREE,
  I.POP_TOP,
  I.ROT_TWO,
  I.OP_IS,
  I.BUILD_TUPLE,
]);

/**
 * The JS source of code's function, or null if it uses an opcode handled only by the interpreter.
 *
 * Within a basic block the value stack is virtual: the items pushed since the block began live in
 * JS locals r0, r1, ... (item k above the runtime sp in rk) or are constants, so `a.x - b.x` never
 * touches the state array and V8 sees the types flow. The items are written back to state
 * ("flushed") before anything that reads the frame's stack (calls, rareOp, returns, handlers)
 * and at every label, where the stack is all in state and `sp` is exact, as the interpreter
 * expects. An exception thrown inside a block loses only unflushed items, which lie above any
 * handler's saved sp (handlers are set up by rareOp, after a flush).
 */
function generate(code: Code): { src: string; labels: Int32Array } | null {
  const ops = code.ops;
  const args = code.args;
  const n = ops.length - 1; // ops[n] is the decoder's sentinel
  const q = (i: number): string => JSON.stringify(code.qstrs[i]);

  // labels: where a frame can enter this function (pc 0, jump targets, handlers, call returns...)
  const label = new Uint8Array(n + 1);
  label[0] = 1;
  for (let i = 0; i < n; i++) {
    const op = ops[i];
    switch (op) {
      case I.JUMP:
      case I.POP_JUMP_IF_TRUE:
      case I.POP_JUMP_IF_FALSE:
      case I.JUMP_IF_TRUE_OR_POP:
      case I.JUMP_IF_FALSE_OR_POP:
      case I.FOR_ITER:
      case I.SETUP_EXCEPT:
      case I.SETUP_FINALLY:
      case I.SETUP_WITH:
      case I.POP_EXCEPT_JUMP:
      case I.UNWIND_JUMP:
        label[args[i]] = 1;
        label[i + 1] = 1;
        break;
      case I.CALL_FUNCTION:
      case I.CALL_METHOD:
      case I.CALL_FUNCTION_VAR_KW:
      case I.CALL_METHOD_VAR_KW:
      case I.YIELD_VALUE:
      case I.END_FINALLY:
      case I.RETURN_VALUE:
      case I.RAISE_LAST:
      case I.RAISE_OBJ:
      case I.RAISE_FROM:
        label[i + 1] = 1;
        break;
      case I.YIELD_FROM:
        // resumed at itself (it runs again for each value the delegate yields); a StopIteration
        // from the delegate continues after it (findHandler)
        label[i] = 1;
        label[i + 1] = 1;
        break;
      default:
        if (op === 255) return null;
    }
  }

  // Fast locals live in JS variables l<index> for the whole activation: loaded from state on entry,
  // written back (`sync`, only those the code stores) wherever control leaves the function other
  // than by returning: a call, a yield, a raise, a handback to the interpreter.
  // That pays in loops (no array store and write barrier per assignment; V8 may keep floats
  // unboxed) and costs a write-back and a reload around every call, so it is used where a rough
  // cost model says so: local accesses against calls, each weighted 8^(loop depth), a call
  // counting half the number of locals (nbody's advance() gains, closures' run() would lose).
  const depth = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const op = ops[i];
    const isJump = op === I.JUMP || op === I.POP_JUMP_IF_TRUE || op === I.POP_JUMP_IF_FALSE;
    if (isJump && args[i] <= i) for (let j = args[i]; j <= i; j++) if (depth[j] < 6) depth[j]++;
  }
  const fast = new Set<number>();
  const stored = new Set<number>();
  let gain = 0;
  let calls = 0;
  for (let i = 0; i < n; i++) {
    const op = ops[i];
    const w = depth[i] === 0 ? 0 : 8 ** depth[i];
    if (op === I.LOAD_FAST || op === I.STORE_FAST || op === I.DELETE_FAST) {
      fast.add(args[i]);
      gain += w;
    }
    if (op === I.STORE_FAST || op === I.DELETE_FAST) stored.add(args[i]);
    if (op === I.CALL_FUNCTION || op === I.CALL_METHOD || op === I.CALL_FUNCTION_VAR_KW || op === I.CALL_METHOD_VAR_KW || op === I.YIELD_VALUE || op === I.YIELD_FROM) calls += w;
  }
  const useVars = gain > 0 && gain > (calls * (fast.size + stored.size)) / 2;
  if (!useVars) {
    fast.clear();
    stored.clear();
  }
  // parameters never deleted are always bound: their loads need no unbound-local check
  const boundParam = new Set<number>();
  for (let k = 0; k < code.nPosArgs + code.nKwonlyArgs; k++) boundParam.add(code.nState - 1 - k);
  for (let i = 0; i < n; i++) if (ops[i] === I.DELETE_FAST || ops[i] === I.DELETE_DEREF) boundParam.delete(args[i]);
  for (const c of code.cells) boundParam.delete(c);
  let sync = '';
  for (const k of stored) sync += `state[${k}] = l${k}; `;
  const local = (k: number): string => (useVars ? `l${k}` : `state[${k}]`);

  // labels are numbered densely (the switch becomes a jump table); L maps a pc to its label or -1
  const L = new Int32Array(n + 1).fill(-1);
  let nLabels = 0;
  for (let i = 0; i <= n; i++) if (label[i] || i === n) L[i] = nLabels++;
  const go = (target: number): string => `lab = ${L[target]}; continue;`;
  const goDyn = 'lab = L[frame.pc]; continue;';

  // closure variables of the generated function (inline caches)
  const decls: string[] = [];
  // the virtual stack: JS expressions for the items above sp (a constant, or rk for item k)
  const vs: string[] = [];
  let maxRegs = 0;
  const out: string[] = [];
  let pops = 0; // items of the current instruction taken from state (below the virtual ones)
  const pop = (): string => (vs.length > 0 ? vs.pop()! : `state[sp - ${pops++}]`);
  /** The register for a new item (pushed by the code emitted next). */
  const reg = (): string => {
    const k = vs.length;
    if (k + 1 > maxRegs) maxRegs = k + 1;
    return `r${k}`;
  };
  const push = (e: string): void => {
    vs.push(e);
  };
  /** Code that drops the state items popped by this instruction (after its operands are read). */
  const dropPops = (): string => {
    const d = pops;
    pops = 0;
    return d === 0 ? '' : `sp -= ${d}; `;
  };
  /** Code that writes the virtual items to state. */
  const flush = (): string => {
    if (vs.length === 0) return '';
    let c = '';
    for (let k = 0; k < vs.length; k++) c += `state[sp + ${k + 1}] = ${vs[k]}; `;
    c += `sp += ${vs.length}; `;
    vs.length = 0;
    return c;
  };
  /** Load an operand into a const (operands are read before anything else happens). */
  const operands = (...names: string[]): string => {
    // names are given top first (b before a), as popped
    let c = '';
    for (const nm of names) c += `const ${nm} = ${pop()}; `;
    return c + dropPops();
  };

  const raise = (e: string): string => `{ ${sync}frame.ip = ip; frame.sp = sp; jitOut.exc = ${e}; return ${Sig.RAISE}; }`;
  const poll = 'if (--vmState.ticks < 0) vmPoll();';
  // a call's new frame nf goes to jitLoop to run; this frame resumes at next
  const enterCall = (i: number, next: number): string =>
    `enterFrame(); frame.pc = ${next}; frame.sp = sp; frame.ip = ${i}; nf.parent = frame; jitOut.frame = nf; ${sync}return ${Sig.CALL};`;

  const lines = code.lines;
  let ipLine = -1;
  let ipExact = false;
  for (let i = 0; i < n; i++) {
    const op = ops[i];
    const arg = args[i];
    const next = i + 1;
    if (label[i]) {
      out.push(flush());
      out.push(`case ${L[i]}:`);
      ipLine = -1;
    }
    // `ip` (for tracebacks and handlers) is set where it can matter: an instruction that may raise
    // on a new line, or whose kind findHandler looks at. Within a block (no label inside) an older ip
    // of the same line gives the same traceback line and the same handler (handlers are labels).
    if (!SAFE.has(op) && (lines[i] !== ipLine || EXACT_IP.has(op) || ipExact)) {
      out.push(`ip = ${i};`);
      ipLine = lines[i];
      ipExact = EXACT_IP.has(op);
    }
    let s: string;
    switch (op) {
      case I.LOAD_CONST_FALSE:
        push('false');
        s = '';
        break;
      case I.LOAD_CONST_NONE:
        push('None');
        s = '';
        break;
      case I.LOAD_CONST_TRUE:
        push('true');
        s = '';
        break;
      case I.LOAD_CONST_SMALL_INT:
        push(arg < 0 ? `(${arg})` : `${arg}`);
        s = '';
        break;
      case I.LOAD_CONST_STRING:
        push(q(arg));
        s = '';
        break;
      case I.LOAD_CONST_OBJ:
        push(`C.consts[${arg}]`);
        s = '';
        break;
      case I.LOAD_NULL:
        push('undefined');
        s = '';
        break;
      case I.LOAD_FAST: {
        const r = reg();
        s = boundParam.has(arg) ? `${r} = ${local(arg)};` : `${r} = ${local(arg)}; if (${r} === undefined) unboundLocal();`;
        push(r);
        break;
      }
      case I.LOAD_DEREF: {
        const r = reg();
        s = `${r} = state[${arg}].value; if (${r} === undefined) unboundLocal();`;
        push(r);
        break;
      }
      case I.LOAD_GLOBAL: {
        // cached per site while neither the globals nor the builtins dict has changed (PyDict.stamp);
        // the cache is a closure array [globals, stamp, builtins stamp, value], refilled by loadGlobalSlow
        const r = reg();
        decls.push(`const g${i} = [null, -1, -1, undefined];`);
        s = `${r} = g${i}[0] === Gd && g${i}[1] === Gd.stamp && g${i}[2] === builtinsDict.stamp ? g${i}[3] : loadGlobalSlow(g${i}, Gd, ${q(arg)});`;
        push(r);
        break;
      }
      case I.LOAD_ATTR: {
        const pre = operands('o');
        const r = reg();
        s =
          `{ ${pre}let v; ` +
          `if (o instanceof PyInstance) { const a = o.attrs; v = a !== null ? a[${q(arg)}] : o.dict.map.get(${q(arg)}); } ` +
          `if (v === undefined) v = loadAttr(o, ${q(arg)}); ${r} = v; }`;
        push(r);
        break;
      }
      case I.LOAD_METHOD: {
        const pre = operands('o');
        const r1 = reg();
        push(r1);
        const r2 = reg();
        push(r2);
        // a polymorphic cache (self.task.run() meets several classes): entry 0 checked here, the
        // others and the refill in methodCacheMiss; the closure array holds (type, version, method) x PIC_SIZE
        decls.push(`const m${i} = [${new Array(PIC_SIZE).fill('null, 0, undefined').join(', ')}];`);
        s =
          `{ ${pre}const t = typeof o === 'object' ? o.type : typeOf(o); ` +
          `const m = m${i}[0] === t && m${i}[1] === t.version ? m${i}[2] : methodCacheFind(m${i}, t); ` +
          `if (m !== undefined && (!(o instanceof PyInstance) || (o.attrs !== null ? o.attrs[${q(arg)}] : o.dict.map.get(${q(arg)})) === undefined)) { ${r1} = m; ${r2} = o; } ` +
          `else { methodCacheMiss(m${i}, C, ${i}, o, t, ${q(arg)}); ${r1} = dest[0]; ${r2} = dest[1]; } }`;
        break;
      }
      case I.LOAD_SUBSCR: {
        const pre = operands('index', 'o');
        const r = reg();
        s =
          `{ ${pre}let v; ` +
          `if (typeof o === 'object' && o.type === list_type && typeof index === 'number') { ` +
          `const items = o.items; const k = index < 0 ? index + items.length : index; ` +
          `if (k >= 0 && k < items.length) v = items[k]; else ${raise("newException(IndexError, 'list index out of range')")} } ` +
          `else if (typeof o === 'object' && o.type === dict_type) { v = o.get(index); if (v === undefined) ${raise('new PyException(KeyError, [index])')} } ` +
          `else v = getItem(o, index); ${r} = v; }`;
        push(r);
        break;
      }
      case I.STORE_FAST:
        s = `${local(arg)} = ${pop()}; ${dropPops()}`;
        break;
      case I.DELETE_FAST:
        s = `if (${local(arg)} === undefined) unboundLocal(); ${local(arg)} = undefined;`;
        break;
      case I.STORE_DEREF:
        s = `state[${arg}].value = ${pop()}; ${dropPops()}`;
        break;
      case I.STORE_ATTR: {
        const pre = operands('o', 'v');
        s =
          `{ ${pre}` +
          `if (v !== undefined && o instanceof PyInstance && ((C.icType[${i}] === o.type && C.icVer[${i}] === o.type.version) || cacheStore(C, ${i}, o.type))) { const a = o.attrs; if (a !== null) a[${q(arg)}] = v; else o.dict.set(${q(arg)}, v); } ` +
          `else if (v === undefined) deleteAttr(o, ${q(arg)}); else storeAttr(o, ${q(arg)}, v); }`;
        break;
      }
      case I.STORE_SUBSCR: {
        const pre = operands('index', 'o', 'v');
        s =
          `{ ${pre}` +
          `if (v === undefined) delItem(o, index); ` +
          `else if (typeof index === 'number' && typeof o === 'object' && o.type === list_type && index >= 0 && index < o.items.length) o.items[index] = v; ` +
          `else setItem(o, index, v); }`;
        break;
      }
      case I.DUP_TOP: {
        const e = pop();
        const pre = dropPops();
        // the item is re-pushed where it was (its register, or state read into one)
        if (e.startsWith('state[')) {
          const r = reg();
          s = `${r} = ${e}; ${pre}`;
          push(r);
          const r2 = reg();
          s += `${r2} = ${r};`;
          push(r2);
        } else {
          push(e);
          if (/^r\d+$/.test(e)) {
            const r2 = reg();
            s = `${r2} = ${e};`;
            push(r2);
          } else {
            s = '';
            push(e);
          }
        }
        break;
      }
      case I.POP_TOP: {
        const e = pop();
        s = e.startsWith('state[') ? dropPops() : '';
        pops = 0;
        break;
      }
      case I.ROT_TWO: {
        const pre = operands('b', 'a');
        const r1 = reg();
        push(r1);
        const r2 = reg();
        push(r2);
        s = `{ ${pre}${r1} = b; ${r2} = a; }`;
        break;
      }
      case I.DUP_TOP_TWO: {
        // (a b) -> (a b a b): the counter and limit of a `for i in range(...)` loop
        const pre = operands('b', 'a');
        const rs: string[] = [];
        for (let k = 0; k < 4; k++) {
          rs.push(reg());
          push(rs[k]);
        }
        s = `{ ${pre}${rs[0]} = a; ${rs[1]} = b; ${rs[2]} = a; ${rs[3]} = b; }`;
        break;
      }
      case I.ROT_THREE: {
        // (a b c) -> (c a b)
        const pre = operands('c', 'b', 'a');
        const rs: string[] = [];
        for (let k = 0; k < 3; k++) {
          rs.push(reg());
          push(rs[k]);
        }
        s = `{ ${pre}${rs[0]} = c; ${rs[1]} = a; ${rs[2]} = b; }`;
        break;
      }
      case I.JUMP:
        s = `${flush()}${poll} ${go(arg)}`;
        vs.length = 0;
        break;
      case I.POP_JUMP_IF_TRUE:
      case I.POP_JUMP_IF_FALSE: {
        const pre = operands('c');
        const test = op === I.POP_JUMP_IF_TRUE ? '(c === true || (c !== false && isTrue(c)))' : '(c === false || (c !== true && !isTrue(c)))';
        s = `{ ${pre}${flush()}${poll} if ${test} { ${go(arg)} } }`;
        break;
      }
      case I.JUMP_IF_TRUE_OR_POP:
        s = `${flush()}if (isTrue(state[sp])) { ${go(arg)} } sp--;`;
        break;
      case I.JUMP_IF_FALSE_OR_POP:
        s = `${flush()}if (!isTrue(state[sp])) { ${go(arg)} } sp--;`;
        break;
      case I.POP_EXCEPT_JUMP:
        s = `${flush()}frame.excTop--; vmState.curException = null; ${go(arg)}`;
        break;
      case I.UNWIND_JUMP:
        s = `${flush()}frame.pc = ${next}; sp = rareOp(frame, ${op}, ${arg}, ${i}, sp); ${goDyn}`;
        break;
      case I.END_FINALLY:
        s =
          `{ ${flush()}frame.excTop--; vmState.curException = null; const t = state[sp]; ` +
          `if (t === None) sp--; ` +
          `else if (typeof t === 'number') { sp--; ` +
          `if (t < 0) { if (frame.excTop >= 0 && unwindReturn(frame, sp, ${next})) { sp = frame.sp; ${goDyn} } ` +
          `frame.sp = sp; jitOut.value = state[sp]; return ${Sig.RETURN}; } ` +
          `state[++sp] = t; unwindJump(frame, sp, ${next}); sp = frame.sp; ${goDyn} } ` +
          `else ${raise('t')} }`;
        break;
      case I.FOR_ITER: {
        const f = flush();
        const r = reg();
        s =
          `{ ${f}const s0 = state[sp - 3]; let v; ` +
          `if (s0 === undefined) { v = iterNext(state[sp - 2]); if (v === undefined) { sp -= 4; ${go(arg)} } } ` +
          `else if (state[sp] === 2) { v = s0.cur; if (v === s0.end) { sp -= 4; ${go(arg)} } s0.cur = v + s0.step; } ` +
          `else { const items = s0.items; const k = state[sp - 2]; if (k < items.length) { state[sp - 2] = k + 1; v = items[k]; } else { sp -= 4; ${go(arg)} } } ` +
          `${r} = v; }`;
        push(r);
        break;
      }
      case I.BUILD_TUPLE: {
        if (arg === 0) {
          push('EMPTY_TUPLE');
          s = '';
          break;
        }
        const items: string[] = [];
        for (let k = 0; k < arg; k++) items.push(pop());
        items.reverse();
        const pre = dropPops();
        const r = reg();
        s = `{ const t = new PyTuple([${items.join(', ')}]); ${pre}${r} = t; }`;
        push(r);
        break;
      }
      case I.UNPACK_SEQUENCE: {
        const pre = operands('seq');
        // an exact tuple or list of the right length inline; else unpackSequence's checks and
        // messages, into a fresh array (iterating may run this same code again)
        let fast = '';
        let slow = '';
        for (let k = 0; k < arg; k++) {
          const r = reg();
          fast += `${r} = items[${arg - 1 - k}]; `;
          slow += `${r} = u[${k}]; `;
          push(r);
        }
        s =
          `{ ${pre}const items = typeof seq === 'object' && (seq.type === tuple_type || seq.type === list_type) ? seq.items : null; ` +
          `if (items !== null && items.length === ${arg}) { ${fast}} else { const u = []; unpackSequence(seq, ${arg}, u, 0); ${slow}} }`;
        break;
      }
      case I.RETURN_VALUE:
        s =
          flush() +
          (code.nExcStack > 0 ? `if (frame.excTop >= 0 && unwindReturn(frame, sp, ${next})) { sp = frame.sp; ${goDyn} } ` : '') +
          `frame.sp = sp; jitOut.value = state[sp]; return ${Sig.RETURN};`;
        vs.length = 0;
        break;
      case I.RAISE_LAST:
      case I.RAISE_OBJ:
      case I.RAISE_FROM:
        s = flush() + raise(`raiseOpException(frame, ${op}, state, sp)`);
        break;
      case I.YIELD_FROM:
        // as the interpreter's YIELD_FROM without an exception thrown in (runFrame interprets that one)
        s =
          `{ ${flush()}const send = state[sp--]; const v = resume(state[sp], send, null); ` +
          `if (resumeState.kind === 1) { ${sync}state[++sp] = v; frame.pc = ${i}; frame.sp = sp; jitOut.value = v; return ${Sig.YIELD}; } ` +
          'state[sp] = v; }';
        break;
      case I.YIELD_VALUE:
        s = `${flush()}${sync}frame.pc = ${next}; frame.sp = sp; jitOut.value = state[sp]; return ${Sig.YIELD};`;
        break;
      case I.CALL_FUNCTION:
      case I.CALL_METHOD: {
        const nPos = arg & 0xff;
        const nKw = (arg >> 8) & 0xff;
        const isMethod = op === I.CALL_METHOD;
        if (nKw === 0) {
          // operands read into consts; a builtin is called straight from them (no state traffic),
          // anything else goes to state as the interpreter has it
          const n1 = nPos + 1 + (isMethod ? 1 : 0);
          const items: string[] = [];
          for (let k = 0; k < n1; k++) items.push(pop());
          items.reverse();
          let c = '{ ';
          for (let k = 0; k < n1; k++) c += `const c${k} = ${items[k]}; `;
          c += dropPops() + flush() + poll + ' ';
          const argList = (from: number): string => items.map((_, k) => `c${k}`).slice(from).join(', ');
          const bargs = isMethod ? `c1 === undefined ? [${argList(2)}] : [${argList(1)}]` : `[${argList(1)}]`;
          c += `if (c0 instanceof PyBuiltin) { state[sp + 1] = c0.fn(${bargs}, null); sp += 1; } `;
          // a plain function or closure taking exactly these positional args: plainFrame makes its
          // frame and the args go straight in (no copy through this frame's stack, no binding)
          const placeFrom = (first: number): string => {
            let p = '';
            for (let k = first; k < n1; k++) p += `st[t - ${k - first}] = c${k}; `;
            return p;
          };
          c += 'else { ';
          if (isMethod) {
            c +=
              `let nf = c1 !== undefined ? plainFrame(c0, ${nPos + 1}) : plainFrame(c0, ${nPos}); ` +
              `if (nf !== null) { const st = nf.state; const t = jitOut.argTop; if (c1 !== undefined) { ${placeFrom(1)}} else { ${placeFrom(2)}} if (nf.code.cells.length !== 0) makeCells(nf); } `;
          } else {
            c += `let nf = plainFrame(c0, ${nPos}); if (nf !== null) { const st = nf.state; const t = jitOut.argTop; ${placeFrom(1)}if (nf.code.cells.length !== 0) makeCells(nf); } `;
          }
          c += 'sp += 1; if (nf === null) { ';
          for (let k = 0; k < n1; k++) c += `state[sp + ${k}] = c${k}; `;
          c += `nf = ${isMethod ? 'callMethodSlow' : 'callFunctionSlow'}(C, ${i}, state, sp, c0, ${nPos}, 0); } `;
          c += `if (nf !== null) { ${enterCall(i, next)} } } }`;
          s = c;
          break;
        }
        // keyword args: the generic call
        s =
          `{ ${flush()}sp -= ${nPos + 2 * nKw + (isMethod ? 1 : 0)}; const f = state[sp]; ${poll} ` +
          `const nf = ${isMethod ? 'callMethodSlow' : 'callFunctionSlow'}(C, ${i}, state, sp, f, ${nPos}, ${nKw}); ` +
          `if (nf !== null) { ${enterCall(i, next)} } }`;
        break;
      }
      case I.CALL_FUNCTION_VAR_KW:
      case I.CALL_METHOD_VAR_KW: {
        const isMethod = op === I.CALL_METHOD_VAR_KW;
        const nPos = arg & 0xff;
        const nKw = (arg >> 8) & 0xff;
        s =
          `{ ${flush()}sp -= ${nPos + 2 * nKw + 1 + (isMethod ? 1 : 0)}; ${poll} ` +
          `const nf = callVarKw(state, sp, ${isMethod}, ${nPos}, ${nKw}); ` +
          `if (nf !== null) { ${enterCall(i, next)} } }`;
        break;
      }
      case I.OP_ADD:
      case I.OP_IADD:
      case I.OP_SUB:
      case I.OP_ISUB:
      case I.OP_MUL: {
        const base = op === I.OP_IADD ? I.OP_ADD : op === I.OP_ISUB ? I.OP_SUB : op;
        const js = base === I.OP_ADD ? '+' : base === I.OP_SUB ? '-' : '*';
        const other = base === I.OP_ADD ? 'addOther' : base === I.OP_SUB ? 'subOther' : 'mulOther';
        const pre = operands('b', 'a');
        const r = reg();
        // two small ints, then two floats inline; the rest in addOther & co.
        s =
          `{ ${pre}let v; ` +
          `if (typeof a === 'number' && typeof b === 'number' && (v = a ${js} b${base === I.OP_MUL ? ' + 0' : ''}) <= 9007199254740991 && v >= -9007199254740991) { } ` +
          `else if (typeof a === 'object' && a.type === float_type && typeof b === 'object' && b.type === float_type) v = new PyFloat(a.value ${js} b.value); ` +
          `else v = ${other}(${arg}, a, b); ${r} = v; }`;
        push(r);
        break;
      }
      case I.OP_TRUEDIV: {
        const pre = operands('b', 'a');
        const r = reg();
        s =
          `{ ${pre}let v; ` +
          `if (typeof a === 'object' && a.type === float_type && typeof b === 'object' && b.type === float_type && b.value !== 0) v = new PyFloat(a.value / b.value); ` +
          `else v = trueDiv(${arg}, a, b); ${r} = v; }`;
        push(r);
        break;
      }
      case I.OP_FLOORDIV: {
        const pre = operands('b', 'a');
        const r = reg();
        // int // 0 raised without a JS throw (try/except ZeroDivisionError is a common idiom)
        s =
          `{ ${pre}if (b === 0 && typeof a === 'number') ${raise("newException(ZeroDivisionError, 'divide by zero')")} ` +
          `${r} = typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b ? Math.floor(a / b) + 0 : binaryOp(${arg}, a, b); }`;
        push(r);
        break;
      }
      case I.OP_MOD: {
        const pre = operands('b', 'a');
        const r = reg();
        s =
          `{ ${pre}let v; ` +
          `if (b === 0 && typeof a === 'number') ${raise("newException(ZeroDivisionError, 'divide by zero')")} ` +
          `if (typeof a === 'number' && typeof b === 'number') { v = a % b; if (v !== 0 && (v < 0) !== (b < 0)) v += b; v += 0; } ` +
          `else v = binaryOp(${arg}, a, b); ${r} = v; }`;
        push(r);
        break;
      }
      case I.OP_AND:
      case I.OP_OR:
      case I.OP_XOR: {
        const [js, bop] = BIT_OPS.get(op)!;
        const pre = operands('b', 'a');
        const r = reg();
        s = `{ ${pre}${r} = typeof a === 'number' && typeof b === 'number' ? ((a | 0) === a && (b | 0) === b ? a ${js} b : bitOp(${bop}, a, b)) : binaryOp(${arg}, a, b); }`;
        push(r);
        break;
      }
      case I.OP_LSHIFT: {
        const pre = operands('b', 'a');
        const r = reg();
        s =
          `{ ${pre}let v; ` +
          `if (typeof a === 'number' && typeof b === 'number' && b >= 0 && b < 53) { v = a * POW2[b] + 0; if (!(v <= 9007199254740991 && v >= -9007199254740991)) v = binaryOp(${arg}, a, b); } ` +
          `else v = binaryOp(${arg}, a, b); ${r} = v; }`;
        push(r);
        break;
      }
      case I.OP_RSHIFT: {
        const pre = operands('b', 'a');
        const r = reg();
        s = `{ ${pre}${r} = typeof a === 'number' && typeof b === 'number' && b >= 0 && b < 53 ? ((a | 0) === a && b < 32 ? a >> b : Math.floor(a / POW2[b]) + 0) : binaryOp(${arg}, a, b); }`;
        push(r);
        break;
      }
      case I.OP_LT:
      case I.OP_LE:
      case I.OP_GT:
      case I.OP_GE: {
        const js = CMP_OPS.get(op)!;
        const pre = operands('b', 'a');
        const r = reg();
        s =
          `{ ${pre}` +
          `if (typeof a === 'number' && typeof b === 'number') ${r} = a ${js} b; ` +
          `else if (typeof a === 'object' && a.type === float_type && typeof b === 'object' && b.type === float_type) ${r} = a.value ${js} b.value; ` +
          `else ${r} = binaryOp(${arg}, a, b); }`;
        push(r);
        break;
      }
      case I.OP_EQ:
      case I.OP_NE: {
        const js = op === I.OP_EQ ? '===' : '!==';
        const pre = operands('b', 'a');
        const r = reg();
        s = `{ ${pre}${r} = (typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string') ? a ${js} b : eqOther(${arg}, a, b); }`;
        push(r);
        break;
      }
      case I.UNARY_OP: {
        // `not x` (and `is not`, `not in`) and -x inline, as the interpreter's rareOp has them
        const pre = operands('v');
        const r = reg();
        if (arg === UnaryOp.NOT) s = `{ ${pre}${r} = v === false || (v !== true && !isTrue(v)); }`;
        else if (arg === UnaryOp.NEGATIVE)
          s =
            `{ ${pre}if (typeof v === 'number' && v !== 0) ${r} = -v; ` +
            `else if (typeof v === 'object' && v.type === float_type) ${r} = new PyFloat(-v.value); else ${r} = unaryOp(${arg}, v); }`;
        else s = `{ ${pre}${r} = unaryOp(${arg}, v); }`;
        push(r);
        break;
      }
      case I.OP_IS: {
        const pre = operands('b', 'a');
        const r = reg();
        s = `{ ${pre}${r} = a === b; }`;
        push(r);
        break;
      }
      default:
        if (!RARE.has(op)) return null;
        s = `${flush()}frame.pc = ${next}; sp = rareOp(frame, ${op}, ${arg}, ${i}, sp);`;
    }
    out.push(s);
  }
  let regs = '';
  for (let k = 0; k < maxRegs; k++) regs += `${k ? ', ' : ''}r${k}`;
  const src = [
    ...decls,
    'return function jit(frame) {',
    'const state = frame.state;',
    ...[...fast].map((k) => `let l${k} = state[${k}];`),
    'const Gd = frame.globals;',
    `let lab = L[frame.pc], sp = frame.sp, ip = frame.pc${regs ? `, ${regs}` : ''};`,
    'try { for (;;) { switch (lab) {',
    ...out,
    flush(),
    `case ${L[n]}: ${sync}frame.pc = ${n}; frame.sp = sp; return ${Sig.INTERP};`,
    // a pc with no label (frame.pc holds it): the interpreter carries on there
    `default: ${sync}frame.sp = sp; return ${Sig.INTERP};`,
    '} } } catch (e) {',
    `${sync}frame.ip = ip; frame.sp = sp; jitOut.exc = e instanceof PyException ? e : toPyException(e); return ${Sig.RAISE};`,
    '} };',
  ].join('\n');
  return { src, labels: L };
}
