// Worker of api_fuzz.test.mjs: calls every built-in callable with hostile arguments through
// runtime.call and records every call that lets a non-Python (JS) error escape.
//
// Progress is published in a SharedArrayBuffer (call counter + text of the current call) so the
// parent can name a call that hangs and terminate the worker.
import { parentPort, workerData } from 'node:worker_threads';
import * as rt from '../../../dist/py/runtime.js';
import { PyType, None } from '../../../dist/py/obj.js';
import { PyException } from '../../../dist/py/objexcept.js';
import { PyDict } from '../../../dist/py/objdict.js';
import { setHal } from '../../../dist/py/mphal.js';
import { execSource } from '../../../dist/py/execute.js';
import { builtinsDict } from '../../../dist/py/modbuiltins.js';
import { importModule, builtinModuleNames } from '../../../dist/py/builtinimport.js';
import '../../../dist/py/modules.js';

const { seed, shared, perTarget, only } = workerData;
const counter = new Int32Array(shared, 0, 2); // [calls started, description length]
const descBytes = new Uint8Array(shared, 8);
const enc = new TextEncoder();

setHal({
  stdout: () => {},
  stderr: () => {},
  readLine: () => null,
  readFile: () => null,
  stat: () => null,
  ticksMs: () => 0,
});

// mulberry32
function rng(s) {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(seed);
const pick = (arr) => arr[Math.floor(rand() * arr.length)];

// ---- the hostile values, made by Python code so that they are the real objects ----
const PRELUDE = `
class U:
    pass
class Evil:
    def __eq__(s, o): raise ValueError('eq')
    def __ne__(s, o): raise ValueError('ne')
    def __lt__(s, o): raise ValueError('lt')
    def __le__(s, o): raise ValueError('le')
    def __gt__(s, o): raise ValueError('gt')
    def __ge__(s, o): raise ValueError('ge')
    def __hash__(s): raise ValueError('hash')
    def __len__(s): raise ValueError('len')
    def __index__(s): raise ValueError('index')
    def __int__(s): raise ValueError('int')
    def __float__(s): raise ValueError('float')
    def __iter__(s): raise ValueError('iter')
    def __next__(s): raise ValueError('next')
    def __bool__(s): raise ValueError('bool')
    def __repr__(s): raise ValueError('repr')
    def __str__(s): raise ValueError('str')
    def __getitem__(s, i): raise ValueError('getitem')
    def __contains__(s, i): raise ValueError('contains')
    def __call__(s, *a): raise ValueError('call')
    def __add__(s, o): raise ValueError('add')
    def __radd__(s, o): raise ValueError('radd')
    def __mul__(s, o): raise ValueError('mul')
    def __rmul__(s, o): raise ValueError('rmul')
    def __abs__(s): raise ValueError('abs')
    def __neg__(s): raise ValueError('neg')
    def __enter__(s): raise ValueError('enter')
class BadRet:
    def __eq__(s, o): return 'x'
    def __lt__(s, o): return None
    def __hash__(s): return 1.5
    def __len__(s): return 'x'
    def __index__(s): return 'x'
    def __int__(s): return 'x'
    def __float__(s): return 'x'
    def __iter__(s): return 5
    def __bool__(s): return 3
    def __repr__(s): return 5
    def __str__(s): return None
    def __getitem__(s, i): return s
    def __call__(s, *a): return NotImplemented
    def __neg__(s): return NotImplemented
class Stop:
    def __iter__(s): return s
    def __next__(s): raise StopIteration
    def __len__(s): return -1
    def __index__(s): return 2**100
def gen():
    yield 1
    raise KeyError('gen')
class IntSub(int):
    pass
class StrSub(str):
    pass
class ListSub(list):
    pass
class DictSub(dict):
    pass
class ExcSub(Exception):
    pass
_d = {1: 2, 'a': [3]}
values = [
    None, 0, -1, 2**64, -2**100, 1.5, float('nan'), float('inf'), -0.0, True, 1j,
    '', 'abc', '\\U0001F600', 'a' * 50000, b'\\xff', b'', bytearray(b'ab'), memoryview(b'xy'),
    [], [1, [2]], (), (1, 'a'), {}, _d, set(), {1, 'b'}, frozenset([2]),
    range(10**20), range(5), slice(None), slice(1, 2, 0), U(), Evil(), BadRet(), Stop(), gen(),
    IntSub(7), StrSub('s'), ListSub([1]), DictSub(a=1), ExcSub('e'), ValueError, int, object(),
    _d.keys(), _d.items(), iter([1, 2]), print, len, lambda *a, **k: None, Ellipsis, NotImplemented,
]
# receivers for the methods of each built-in type, by type name
receivers = [
    5, 2**70, 1.5, 2j, True, 'abc', b'ab', bytearray(b'ab'), memoryview(bytearray(b'ab')),
    [3, 1, 2], (1, 2), {1: 2}, {1, 2}, frozenset([1]), range(1, 9, 2), slice(1, 2, 3),
    _d.keys(), _d.values(), _d.items(), ValueError('x'), OSError(2, 'n'), StopIteration(3), object(), int,
    iter([1]), iter((1,)), iter('ab'), iter({1: 2}), iter(range(3)), iter(b'a'), iter({1}),
    enumerate([1]), zip([1]), map(abs, [1]), filter(None, [1]), reversed([1]), gen(), IntSub(3), StrSub('q'),
    ListSub([2]), DictSub(b=2), ExcSub('f'),
]
`;

const g = new PyDict();
g.set('__name__', '__fuzz__');
execSource(PRELUDE, '<fuzz prelude>', g, 'exec');
const pool = rt.toArray(g.get('values'));
const receivers = rt.toArray(g.get('receivers'));

// Values that are effectively unbounded when consumed: not passed to consumers.
const HUGE_RANGE = pool.find((v) => rt.typeName(v) === 'range' && rt.repr(v).includes('100000000000000000000'));
const LONG_STR = pool.find((v) => typeof v === 'string' && v.length === 50000);

// Callables that must not get unbounded iterables or may block; matched on "name" or "type.name".
const CONSUMERS = new Set(`list tuple set frozenset sorted sum min max all any dict bytes bytearray str enumerate
  list.extend list.__init__ bytearray.extend set.update set.union set.intersection set.difference set.issubset
  set.issuperset set.isdisjoint set.symmetric_difference set.intersection_update set.difference_update
  set.symmetric_difference_update frozenset.union frozenset.intersection frozenset.difference frozenset.issubset
  frozenset.issuperset frozenset.isdisjoint frozenset.symmetric_difference dict.update dict.fromkeys
  str.join bytes.join bytearray.join deque deque.extend deque.extendleft array array.extend OrderedDict
  OrderedDict.update OrderedDict.fromkeys namedtuple tuple.__new__ zip map filter reversed iter next
  bytes.fromhex`.split(/\s+/));
// Never called: they block or exit.
const SKIP = new Set(['input', 'help', 'exit', 'quit', 'sys.exit', 'micropython.heap_lock', 'gc.disable']);

function describe(v) {
  if (v === HUGE_RANGE) return 'range(10**20)';
  if (v === LONG_STR) return "'a'*50000";
  try {
    const r = rt.repr(v);
    return r.length > 60 ? `${r.slice(0, 57)}...` : r;
  } catch {
    return `<${rt.typeName(v)}>`;
  }
}

// ---- the targets ----
const targets = []; // { name, fn, self? }
const seenTypes = new Set();

function addType(t, qual) {
  if (seenTypes.has(t)) return;
  seenTypes.add(t);
  targets.push({ name: qual, fn: t });
  for (const [mname, m] of t.locals) {
    if (!rt.isCallable(m) || m instanceof PyType) continue;
    const name = `${qual}.${mname}`;
    // bound to every receiver of this type (or a subtype), plus unbound with hostile selves
    const selves = receivers.filter((r) => rt.typeOf(r).isSubtypeOf(t));
    for (const s of selves) {
      let bound;
      try {
        bound = rt.loadAttr(s, mname);
      } catch (e) {
        if (!(e instanceof PyException)) leak(`getattr(${describe(s)}, '${mname}')`, e);
        continue;
      }
      targets.push({ name, fn: bound, self: describe(s) });
    }
    targets.push({ name, fn: m, unbound: true });
  }
}

for (const [k, v] of builtinsDict.entries()) {
  if (typeof k !== 'string' || k.startsWith('__') && k !== '__build_class__' && k !== '__import__') continue;
  if (v instanceof PyType) addType(v, k);
  else if (rt.isCallable(v)) targets.push({ name: k, fn: v });
}
for (const r of receivers) addType(rt.typeOf(r), rt.typeName(r));
for (const modName of builtinModuleNames()) {
  let mod;
  try {
    mod = importModule(modName);
  } catch (e) {
    if (!(e instanceof PyException)) leak(`import ${modName}`, e);
    continue;
  }
  for (const [k, v] of mod.globals.entries()) {
    if (typeof k !== 'string' || k.startsWith('__')) continue;
    if (v instanceof PyType) addType(v, k === v.name ? `${modName}.${k}` : `${modName}.${k}`);
    else if (rt.isCallable(v)) targets.push({ name: `${modName}.${k}`, fn: v });
  }
}

// ---- calling ----
const leaks = new Map(); // signature -> example
let calls = 0;

// A JS stack overflow or an engine allocation limit is turned into RuntimeError/MemoryError by
// runtime.toPyException where the VM catches it: that is the designed path, not a leak.
let mapped = 0;
function leak(desc, e) {
  if (!(e instanceof PyException) && e instanceof Error && !rt.toPyException(e).args.some((a) => typeof a === 'string' && a.startsWith('internal error'))) {
    mapped++;
    return;
  }
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const sig = `${desc.replace(/\(.*/, '')} | ${msg.replace(/\d+/g, 'N').slice(0, 120)}`;
  if (!leaks.has(sig)) leaks.set(sig, { call: desc, error: msg, stack: e instanceof Error ? (e.stack ?? '').split('\n').slice(1, 4).join('\n') : '' });
}

function setDesc(s) {
  const b = enc.encode(s.slice(0, 1000));
  descBytes.set(b);
  Atomics.store(counter, 1, b.length);
  Atomics.add(counter, 0, 1);
}

function tryCall(t, args, kw) {
  const shortName = t.name.replace(/^[a-z_]+\.(?=[A-Za-z_]+\.)/, '');
  const consumer = CONSUMERS.has(t.name) || CONSUMERS.has(shortName) || CONSUMERS.has(t.name.split('.').pop());
  if (consumer && (args.includes(HUGE_RANGE) || (kw && [...kw.values()].includes(HUGE_RANGE)))) return;
  const argText = args.map(describe).join(', ') + (kw ? `${args.length ? ', ' : ''}${[...kw].map(([k, v]) => `${k}=${describe(v)}`).join(', ')}` : '');
  const desc = `${t.unbound ? '' : t.self !== undefined ? `(${t.self}).` : ''}${t.name}(${argText})`;
  setDesc(desc);
  calls++;
  try {
    const r = rt.call(t.fn, args, kw);
    if (r === undefined || r === null) leak(desc, new Error(`returned JS ${r}`));
    // using the result must be safe too
    else if (r !== None) {
      rt.repr(r);
      if (typeof r === 'object' && rt.typeOf(r).iterNext !== null && !consumer) {
        for (let i = 0; i < 3 && rt.iterNext(r) !== undefined; i++);
      }
    }
  } catch (e) {
    if (!(e instanceof PyException)) leak(desc, e);
  }
}

const KW_NAMES = ['key', 'reverse', 'default', 'start', 'sep', 'end', 'base', 'step', 'x', 'self', 'maxlen'];
const onlyRe = only ? new RegExp(only) : null;
for (const t of targets) {
  if (SKIP.has(t.name) || (onlyRe && !onlyRe.test(t.name))) continue;
  const firstPool = t.unbound ? pool.concat(receivers) : pool;
  tryCall(t, [], null);
  for (const a of firstPool) tryCall(t, [a], null);
  for (let i = 0; i < perTarget; i++) tryCall(t, [pick(firstPool), pick(pool)], null);
  for (let i = 0; i < perTarget; i++) tryCall(t, [pick(firstPool), pick(pool), pick(pool)], null);
  for (let i = 0; i < Math.max(2, perTarget >> 2); i++) {
    const n = Math.floor(rand() * 3);
    const args = [];
    for (let j = 0; j < n; j++) args.push(pick(j === 0 ? firstPool : pool));
    tryCall(t, args, new Map([[pick(KW_NAMES), pick(pool)]]));
  }
}

// ---- operators and protocols on every pair of values (in-place operators are left out: they
// would grow the shared values from call to call) ----
function tryOp(desc, f, consumes) {
  if (consumes) return;
  setDesc(desc);
  calls++;
  try {
    const r = f();
    if (r === null || (r === undefined && !desc.startsWith('next'))) leak(desc, new Error(`returned JS ${r}`));
  } catch (e) {
    if (!(e instanceof PyException)) leak(desc, e);
  }
}
if (!onlyRe || onlyRe.test('ops')) {
  const lhs = pool.concat(receivers);
  const OPS = [0, 1, 2, 3, 4, 5, 6, 8, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36];
  for (const a of lhs) {
    const da = describe(a);
    for (const u of [0, 1, 2, 3, 4, 5, 6, 7]) tryOp(`unaryOp ${u} (${da})`, () => rt.unaryOp(u, a));
    tryOp(`repr(${da})`, () => rt.repr(a));
    tryOp(`str(${da})`, () => rt.str(a));
    tryOp(`hash(${da})`, () => rt.hash(a));
    tryOp(`len(${da})`, () => rt.len(a));
    tryOp(`bool(${da})`, () => rt.isTrue(a));
    tryOp(`next(iter(${da}))`, () => {
      const it = rt.getIter(a);
      for (let i = 0; i < 3 && rt.iterNext(it) !== undefined; i++);
      return None;
    });
    for (const b of pool) {
      const db = describe(b);
      const huge = a === HUGE_RANGE || b === HUGE_RANGE;
      for (const op of OPS) tryOp(`binaryOp ${op} (${da}, ${db})`, () => rt.binaryOp(op, a, b), huge && op >= 22);
      tryOp(`(${da})[${db}]`, () => rt.getItem(a, b));
      tryOp(`${db} in (${da})`, () => rt.contains(a, b), huge);
      tryOp(`getattr(${da}, ${db})`, () => (typeof b === 'string' ? rt.getAttr(a, b) ?? None : None));
    }
  }
}

parentPort.postMessage({ done: true, calls, mapped, targets: targets.length, leaks: [...leaks.values()] });
