// The VM's second tier: a hot code object's decoded instructions turned into one JS function
// (`new Function`), run by the same frame loop as the interpreter (vm.ts runFrame).
//
// Why: the interpreter pays a dispatch (two array loads and a switch) per instruction, and its
// one big switch mixes the type feedback of every Python function into the same JS sites, so
// V8 optimizes it for nobody. A function of its own per code object has straight-line code
// between jump targets, operands as constants, and type feedback for its own sites only.
//
// It changes nothing else: the value stack, locals, pc, sp and exception blocks stay in the
// Frame exactly as the interpreter keeps them, so a frame can move between the tiers at any
// jump target, call return or handler (the labels of the generated switch), Python→Python calls
// still return to runFrame (no JS recursion), and generators, tracebacks and handlers work the
// same. The generated function returns a signal (Sig) for runFrame to act on: run a callee
// frame, return, yield, raise, or "carry on in the interpreter" (a pc it has no label for).
//
// Tier-up is sampled: vmPoll (every POLL_TICKS jumps and calls) charges the running frame's
// code, and code sampled JIT_THRESHOLD times is compiled. Code with an opcode the generator
// does not handle, or too long, stays on the interpreter. Where `new Function` is not allowed
// (a strict CSP), everything stays on the interpreter.
import type { Obj } from './obj.js';
import { BinaryOp } from './obj.js';
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
};

/** Samples (vmPoll ticks spent in a code object) before it is compiled. */
export const JIT_THRESHOLD = 2;
/** Longer code stays on the interpreter (compile time and size grow with it, the gain does not). */
const MAX_INSTRUCTIONS = 4000;

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
  const src = generate(code);
  if (src === null) return;
  try {
    const factory = new Function('H', 'C', `const { ${helperNames} } = H;\n${src}`);
    code.jit = factory(helpers, code) as JitFn;
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
  I.DELETE_FAST,
  I.DELETE_DEREF,
  I.DELETE_NAME,
  I.DELETE_GLOBAL,
  I.DUP_TOP_TWO,
  I.ROT_THREE,
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
  I.UNPACK_SEQUENCE,
  I.UNPACK_EX,
  I.MAKE_FUNCTION,
  I.MAKE_FUNCTION_DEFARGS,
  I.MAKE_CLOSURE,
  I.MAKE_CLOSURE_DEFARGS,
  I.IMPORT_NAME,
  I.IMPORT_FROM,
  I.IMPORT_STAR,
  I.UNARY_OP,
  I.BINARY_OP,
  I.OP_POW,
  I.OP_IN,
]);

/** Binary operators with a two-small-int fast path: the JS expression, and whether it can leave the safe range. */
const INT_OPS = new Map<number, [string, boolean]>([
  [I.OP_ADD, ['a + b', true]],
  [I.OP_SUB, ['a - b', true]],
  [I.OP_MUL, ['a * b + 0', true]],
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

/** The JS source of code's function, or null if it uses an opcode handled only by the interpreter. */
function generate(code: Code): string | null {
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
        label[i + 1] = 1;
        break;
      case I.YIELD_FROM:
        return null; // its resumption protocol lives in runFrame
      default:
        if (op === 255) return null;
    }
  }

  const out: string[] = [];
  out.push(
    'return function jit(frame) {',
    'const state = frame.state;',
    'const G = frame.globals.map;',
    'let pc = frame.pc, sp = frame.sp, ip = pc;',
    'try { for (;;) { switch (pc) {',
  );
  // The raise of an exception object without a JS throw (as the interpreter does).
  const raise = (e: string): string => `{ frame.ip = ip; frame.sp = sp; jitOut.exc = ${e}; return ${Sig.RAISE}; }`;
  const poll = 'if (--vmState.ticks < 0) vmPoll();';

  for (let i = 0; i < n; i++) {
    const op = ops[i];
    const arg = args[i];
    const next = i + 1;
    if (label[i]) out.push(`case ${i}:`);
    out.push(`ip = ${i};`);
    let s: string;
    switch (op) {
      case I.LOAD_CONST_FALSE:
        s = 'state[++sp] = false;';
        break;
      case I.LOAD_CONST_NONE:
        s = 'state[++sp] = None;';
        break;
      case I.LOAD_CONST_TRUE:
        s = 'state[++sp] = true;';
        break;
      case I.LOAD_CONST_SMALL_INT:
        s = `state[++sp] = ${arg};`;
        break;
      case I.LOAD_CONST_STRING:
        s = `state[++sp] = ${q(arg)};`;
        break;
      case I.LOAD_CONST_OBJ:
        s = `state[++sp] = C.consts[${arg}];`;
        break;
      case I.LOAD_NULL:
        s = 'state[++sp] = undefined;';
        break;
      case I.LOAD_FAST:
        s = `{ const v = state[${arg}]; if (v === undefined) unboundLocal(); state[++sp] = v; }`;
        break;
      case I.LOAD_DEREF:
        s = `{ const v = state[${arg}].value; if (v === undefined) unboundLocal(); state[++sp] = v; }`;
        break;
      case I.LOAD_GLOBAL:
        s = `{ let v = G.get(${q(arg)}); if (v === undefined) { v = builtinsDict.map.get(${q(arg)}); if (v === undefined) nameError(${q(arg)}); } state[++sp] = v; }`;
        break;
      case I.LOAD_ATTR:
        s =
          `{ const o = state[sp]; let v; ` +
          `if (o instanceof PyInstance && (v = o.dict.map.get(${q(arg)})) !== undefined) state[sp] = v; ` +
          `else state[sp] = loadAttr(o, ${q(arg)}); }`;
        break;
      case I.LOAD_METHOD:
        s =
          `{ const o = state[sp]; const t = typeof o === 'object' ? o.type : typeOf(o); ` +
          `if (C.icType[${i}] === t && C.icVer[${i}] === t.version && (!(o instanceof PyInstance) || o.dict.map.get(${q(arg)}) === undefined)) { state[sp] = C.icVal[${i}]; state[++sp] = o; } ` +
          `else { loadMethodCached(C, ${i}, o, t, ${q(arg)}); state[sp] = dest[0]; state[++sp] = dest[1]; } }`;
        break;
      case I.LOAD_SUBSCR:
        s =
          `{ const index = state[sp--]; const o = state[sp]; ` +
          `if (typeof o === 'object' && o.type === list_type && typeof index === 'number') { ` +
          `const items = o.items; const k = index < 0 ? index + items.length : index; ` +
          `if (k >= 0 && k < items.length) state[sp] = items[k]; else ${raise("newException(IndexError, 'list index out of range')")} } ` +
          `else if (typeof o === 'object' && o.type === dict_type) { const v = o.get(index); if (v !== undefined) state[sp] = v; else ${raise('new PyException(KeyError, [index])')} } ` +
          `else state[sp] = getItem(o, index); }`;
        break;
      case I.STORE_FAST:
        s = `state[${arg}] = state[sp--];`;
        break;
      case I.STORE_DEREF:
        s = `state[${arg}].value = state[sp--];`;
        break;
      case I.STORE_ATTR:
        s =
          `{ const o = state[sp]; const v = state[sp - 1]; sp -= 2; ` +
          `if (v !== undefined && o instanceof PyInstance && ((C.icType[${i}] === o.type && C.icVer[${i}] === o.type.version) || cacheStore(C, ${i}, o.type))) o.dict.set(${q(arg)}, v); ` +
          `else if (v === undefined) deleteAttr(o, ${q(arg)}); else storeAttr(o, ${q(arg)}, v); }`;
        break;
      case I.STORE_SUBSCR:
        s =
          `{ const o = state[sp - 1]; const index = state[sp]; const v = state[sp - 2]; sp -= 3; ` +
          `if (v === undefined) delItem(o, index); ` +
          `else if (typeof index === 'number' && typeof o === 'object' && o.type === list_type && index >= 0 && index < o.items.length) o.items[index] = v; ` +
          `else setItem(o, index, v); }`;
        break;
      case I.DUP_TOP:
        s = 'state[sp + 1] = state[sp]; sp++;';
        break;
      case I.POP_TOP:
        s = 'sp--;';
        break;
      case I.ROT_TWO:
        s = '{ const t = state[sp]; state[sp] = state[sp - 1]; state[sp - 1] = t; }';
        break;
      case I.JUMP:
        s = `${poll} pc = ${arg}; continue;`;
        break;
      case I.POP_JUMP_IF_TRUE:
        s = `{ const v = state[sp--]; ${poll} if (v === true || (v !== false && isTrue(v))) { pc = ${arg}; continue; } }`;
        break;
      case I.POP_JUMP_IF_FALSE:
        s = `{ const v = state[sp--]; ${poll} if (v === false || (v !== true && !isTrue(v))) { pc = ${arg}; continue; } }`;
        break;
      case I.JUMP_IF_TRUE_OR_POP:
        s = `if (isTrue(state[sp])) { pc = ${arg}; continue; } sp--;`;
        break;
      case I.JUMP_IF_FALSE_OR_POP:
        s = `if (!isTrue(state[sp])) { pc = ${arg}; continue; } sp--;`;
        break;
      case I.POP_EXCEPT_JUMP:
        s = `frame.excTop--; vmState.curException = null; pc = ${arg}; continue;`;
        break;
      case I.UNWIND_JUMP:
        s = `frame.pc = ${next}; sp = rareOp(frame, ${op}, ${arg}, ${i}, sp); pc = frame.pc; continue;`;
        break;
      case I.END_FINALLY:
        s =
          `{ frame.excTop--; vmState.curException = null; const t = state[sp]; ` +
          `if (t === None) sp--; ` +
          `else if (typeof t === 'number') { sp--; ` +
          `if (t < 0) { if (frame.excTop >= 0 && unwindReturn(frame, sp, ${next})) { pc = frame.pc; sp = frame.sp; continue; } ` +
          `frame.sp = sp; jitOut.value = state[sp]; return ${Sig.RETURN}; } ` +
          `state[++sp] = t; unwindJump(frame, sp, ${next}); pc = frame.pc; sp = frame.sp; continue; } ` +
          `else ${raise('t')} }`;
        break;
      case I.FOR_ITER:
        s =
          `{ const s0 = state[sp - 3]; ` +
          `if (s0 === undefined) { const v = iterNext(state[sp - 2]); if (v === undefined) { sp -= 4; pc = ${arg}; continue; } state[++sp] = v; } ` +
          `else if (state[sp] === 2) { const v = s0.cur; if (v === s0.end) { sp -= 4; pc = ${arg}; continue; } s0.cur = v + s0.step; state[++sp] = v; } ` +
          `else { const items = s0.items; const k = state[sp - 2]; if (k < items.length) { state[sp - 2] = k + 1; state[++sp] = items[k]; } else { sp -= 4; pc = ${arg}; continue; } } }`;
        break;
      case I.BUILD_TUPLE:
        s = arg === 0 ? 'state[++sp] = EMPTY_TUPLE;' : `sp -= ${arg - 1}; state[sp] = new PyTuple(state.slice(sp, sp + ${arg}));`;
        break;
      case I.RETURN_VALUE:
        s =
          `if (frame.excTop >= 0 && unwindReturn(frame, sp, ${next})) { pc = frame.pc; sp = frame.sp; continue; } ` +
          `frame.sp = sp; jitOut.value = state[sp]; return ${Sig.RETURN};`;
        break;
      case I.RAISE_LAST:
      case I.RAISE_OBJ:
      case I.RAISE_FROM:
        s = raise(`raiseOpException(frame, ${op}, state, sp)`);
        break;
      case I.YIELD_VALUE:
        s = `frame.pc = ${next}; frame.sp = sp; jitOut.value = state[sp]; return ${Sig.YIELD};`;
        break;
      case I.CALL_FUNCTION:
      case I.CALL_METHOD: {
        const nPos = arg & 0xff;
        const nKw = (arg >> 8) & 0xff;
        const isMethod = op === I.CALL_METHOD;
        const fast =
          nKw !== 0
            ? 'null'
            : isMethod
              ? `state[sp + 1] === undefined ? makeFrame(f, state, sp + 2, ${nPos}, null) : makeFrame(f, state, sp + 1, ${nPos + 1}, null)`
              : `makeFrame(f, state, sp + 1, ${nPos}, null)`;
        s =
          `{ sp -= ${nPos + 2 * nKw + (isMethod ? 1 : 0)}; const f = state[sp]; ${poll} ` +
          `const nf = ${nKw === 0 ? `f instanceof PyFunction && !f.code.isGenerator ? ${fast} : ` : ''}${isMethod ? 'callMethodSlow' : 'callFunctionSlow'}(C, ${i}, state, sp, f, ${nPos}, ${nKw}); ` +
          `if (nf !== null) { enterFrame(); frame.pc = ${next}; frame.sp = sp; frame.ip = ${i}; nf.parent = frame; jitOut.frame = nf; return ${Sig.CALL}; } }`;
        break;
      }
      case I.CALL_FUNCTION_VAR_KW:
      case I.CALL_METHOD_VAR_KW: {
        const isMethod = op === I.CALL_METHOD_VAR_KW;
        const nPos = arg & 0xff;
        const nKw = (arg >> 8) & 0xff;
        s =
          `{ sp -= ${nPos + 2 * nKw + 1 + (isMethod ? 1 : 0)}; ${poll} ` +
          `const nf = callVarKw(state, sp, ${isMethod}, ${nPos}, ${nKw}); ` +
          `if (nf !== null) { enterFrame(); frame.pc = ${next}; frame.sp = sp; frame.ip = ${i}; nf.parent = frame; jitOut.frame = nf; return ${Sig.CALL}; } }`;
        break;
      }
      case I.OP_ADD:
      case I.OP_IADD:
      case I.OP_SUB:
      case I.OP_ISUB:
      case I.OP_MUL: {
        const base = op === I.OP_IADD ? I.OP_ADD : op === I.OP_ISUB ? I.OP_SUB : op;
        const [expr] = INT_OPS.get(base)!;
        const other = base === I.OP_ADD ? 'addOther' : base === I.OP_SUB ? 'subOther' : 'mulOther';
        s =
          `{ const b = state[sp--]; const a = state[sp]; ` +
          `if (typeof a === 'number' && typeof b === 'number') { const r = ${expr}; state[sp] = r <= 9007199254740991 && r >= -9007199254740991 ? r : ${other}(${arg}, a, b); } ` +
          `else state[sp] = ${other}(${arg}, a, b); }`;
        break;
      }
      case I.OP_TRUEDIV:
        s = `{ const b = state[sp--]; state[sp] = trueDiv(${arg}, state[sp], b); }`;
        break;
      case I.OP_FLOORDIV:
        s =
          `{ const b = state[sp--]; const a = state[sp]; ` +
          `state[sp] = typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b && b !== 0 ? Math.floor(a / b) + 0 : binaryOp(${arg}, a, b); }`;
        break;
      case I.OP_MOD:
        s =
          `{ const b = state[sp--]; const a = state[sp]; ` +
          `if (typeof a === 'number' && typeof b === 'number' && b !== 0) { let r = a % b; if (r !== 0 && (r < 0) !== (b < 0)) r += b; state[sp] = r + 0; } ` +
          `else state[sp] = binaryOp(${arg}, a, b); }`;
        break;
      case I.OP_AND:
      case I.OP_OR:
      case I.OP_XOR: {
        const [js, bop] = BIT_OPS.get(op)!;
        s =
          `{ const b = state[sp--]; const a = state[sp]; ` +
          `state[sp] = typeof a === 'number' && typeof b === 'number' ? ((a | 0) === a && (b | 0) === b ? a ${js} b : bitOp(${bop}, a, b)) : binaryOp(${arg}, a, b); }`;
        break;
      }
      case I.OP_LSHIFT:
        s =
          `{ const b = state[sp--]; const a = state[sp]; let r; ` +
          `state[sp] = typeof a === 'number' && typeof b === 'number' && b >= 0 && b < 53 && (r = a * POW2[b] + 0) <= 9007199254740991 && r >= -9007199254740991 ? r : binaryOp(${arg}, a, b); }`;
        break;
      case I.OP_RSHIFT:
        s =
          `{ const b = state[sp--]; const a = state[sp]; ` +
          `state[sp] = typeof a === 'number' && typeof b === 'number' && b >= 0 && b < 53 ? ((a | 0) === a && b < 32 ? a >> b : Math.floor(a / POW2[b]) + 0) : binaryOp(${arg}, a, b); }`;
        break;
      case I.OP_LT:
      case I.OP_LE:
      case I.OP_GT:
      case I.OP_GE: {
        const js = CMP_OPS.get(op)!;
        s =
          `{ const b = state[sp--]; const a = state[sp]; ` +
          `if (typeof a === 'number' && typeof b === 'number') state[sp] = a ${js} b; ` +
          `else if (isFloat(a) && isFloat(b)) state[sp] = a.value ${js} b.value; ` +
          `else state[sp] = binaryOp(${arg}, a, b); }`;
        break;
      }
      case I.OP_EQ:
      case I.OP_NE: {
        const js = op === I.OP_EQ ? '===' : '!==';
        s =
          `{ const b = state[sp--]; const a = state[sp]; ` +
          `if ((typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string')) state[sp] = a ${js} b; ` +
          `else if (a === None ? typeof b !== 'object' || !b.type.isUserClass : b === None && (typeof a !== 'object' || !a.type.isUserClass)) state[sp] = a ${js} b; ` +
          `else state[sp] = binaryOp(${arg}, a, b); }`;
        break;
      }
      case I.OP_IS:
        s = '{ const b = state[sp--]; state[sp] = state[sp] === b; }';
        break;
      default:
        if (!RARE.has(op)) return null;
        s = `frame.pc = ${next}; sp = rareOp(frame, ${op}, ${arg}, ${i}, sp);`;
    }
    out.push(s);
  }
  out.push(
    `case ${n}: frame.pc = ${n}; frame.sp = sp; return ${Sig.INTERP};`,
    `default: frame.pc = pc; frame.sp = sp; return ${Sig.INTERP};`,
    '} } } catch (e) {',
    `frame.ip = ip; frame.sp = sp; jitOut.exc = e instanceof PyException ? e : toPyException(e); return ${Sig.RAISE};`,
    '} };',
  );
  return out.join('\n');
}
