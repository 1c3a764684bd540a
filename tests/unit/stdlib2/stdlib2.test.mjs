// stdlib-B: collections (deque, namedtuple, OrderedDict), struct and io (StringIO, BytesIO, IOBase):
// src/py/modcollections.ts, objdeque.ts, objnamedtuple.ts, modstruct.ts, modio.ts, objstringio.ts.
// The JS API of the types, then Python programs run through execSource; reference outputs are
// CPython 3.11's or, where MicroPython differs, MicroPython's unix port's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execSource } from '../../../dist/py/execute.js';
import '../../../dist/py/modbuiltins.js';
import '../../../dist/py/modules.js';
import { newModule } from '../../../dist/py/objmodule.js';
import { PyException } from '../../../dist/py/objexcept.js';
import { setHal } from '../../../dist/py/mphal.js';
import { PyDeque, deque_type } from '../../../dist/py/objdeque.js';
import { ordereddict_type } from '../../../dist/py/modcollections.js';
import { PyStringIO, stringio_type, bytesio_type } from '../../../dist/py/objstringio.js';
import { PyBytes } from '../../../dist/py/objbytes.js';
import { dict_type } from '../../../dist/py/objdict.js';
import * as rt from '../../../dist/py/runtime.js';

let out = '';
setHal({
  stdout: (s) => {
    out += s;
  },
  stderr: (s) => {
    out += s;
  },
  readLine: () => null,
  readFile: () => null,
  stat: () => null,
  ticksMs: () => Date.now(),
});

/** Run a program; its printed output, or the exception's type and message. */
function run(src) {
  out = '';
  const g = newModule('__main__').globals;
  try {
    execSource(src, '<test>', g);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    return out + `!${e.type.name}: ${e.args.length > 0 ? rt.str(e.args[0]) : ''}\n`;
  }
  return out;
}

function pyErr(f) {
  try {
    f();
  } catch (e) {
    if (e instanceof PyException) return `${e.type.name}: ${e.args.length > 0 ? rt.str(e.args[0]) : ''}`;
    throw e;
  }
  return null;
}

// ---- deque ----

test('deque: ring buffer keeps the newest maxlen items, in order, across growth', () => {
  const d = new PyDeque(deque_type, 5, 0);
  for (let i = 0; i < 12; i++) d.append(i);
  assert.equal(d.n, 5);
  assert.deepEqual(rt.toArray(d), [7, 8, 9, 10, 11]);
  d.appendLeft(-1);
  assert.deepEqual(rt.toArray(d), [-1, 7, 8, 9, 10]);
  assert.equal(d.popLeft(), -1);
  assert.equal(d.pop(), 10);
  assert.deepEqual(rt.toArray(d), [7, 8, 9]);
  // growth from the initial capacity keeps order even when the ring has wrapped
  const big = new PyDeque(deque_type, 100, 0);
  for (let i = 0; i < 6; i++) big.append(i);
  big.popLeft();
  big.popLeft();
  for (let i = 6; i < 40; i++) big.append(i);
  big.appendLeft(1);
  assert.deepEqual(rt.toArray(big), [1, ...Array.from({ length: 38 }, (_, i) => i + 2)]);
  assert.equal(rt.getItem(big, -1), 39);
  assert.equal(rt.len(big), 39);
});

test('deque: overflow flag, empty pops and index errors raise MicroPython exceptions', () => {
  const d = new PyDeque(deque_type, 1, 1);
  d.append('a');
  assert.equal(pyErr(() => d.append('b')), 'IndexError: full');
  assert.equal(pyErr(() => d.appendLeft('b')), 'IndexError: full');
  d.pop();
  assert.equal(pyErr(() => d.pop()), 'IndexError: empty');
  assert.equal(pyErr(() => d.popLeft()), 'IndexError: empty');
  assert.equal(pyErr(() => rt.getItem(d, 0)), 'IndexError: deque index out of range');
  assert.equal(pyErr(() => rt.getItem(d, 'x')), 'TypeError: deque indices must be integers, not str');
  assert.equal(pyErr(() => rt.call(deque_type, [0])), 'TypeError: function missing 1 required positional arguments');
});

test('deque from Python', () => {
  assert.equal(
    run(`
from collections import deque
d = deque(range(10), 4)
print(list(d), len(d), bool(d), d[0], d[-1])
d.extend('ab')
print(list(d))
try:
    deque((), -1)
except ValueError:
    print('ValueError')
print(bool(deque((), 3)))
`),
    "[6, 7, 8, 9] 4 True 6 9\n[8, 9, 'a', 'b']\nValueError\nFalse\n",
  );
});

// ---- namedtuple ----

test('namedtuple: fields, kwargs, repr, tuple behaviour, subclassing, _asdict', () => {
  assert.equal(
    run(`
from collections import namedtuple
T = namedtuple('T', 'a b')
t = T(1, b=2)
print(t, t.a, t.b, t[1], t == (1, 2), isinstance(t, tuple), t + (3,))
print(T(b=1, a=2), namedtuple('U', ['x'])(5), namedtuple('V', 'p,q')(1, 2))
print(t._asdict(), type(t._asdict()).__name__)
class S(T):
    def total(self):
        return self.a + self.b
s = S(3, 4)
print(s, s.total(), s.a)
print(namedtuple('E', [])())
`),
    "T(a=1, b=2) 1 2 2 True True (1, 2, 3)\nT(a=2, b=1) U(x=5) V(p=1, q=2)\nOrderedDict({'a': 1, 'b': 2}) OrderedDict\nS(a=3, b=4) 7 3\nE()\n",
  );
});

test('namedtuple: MicroPython messages', () => {
  const r = run(`
from collections import namedtuple
T = namedtuple('T', 'a b')
for f in (lambda: T(1), lambda: T(1, 2, 3), lambda: T(1, a=1), lambda: T(1, z=1), lambda: namedtuple('X', 5)):
    try:
        f()
    except TypeError as e:
        print(e)
try:
    T(1, 2).a = 0
except AttributeError as e:
    print(e)
`);
  assert.equal(
    r,
    [
      'T() takes 2 positional arguments but 1 were given',
      'T() takes 2 positional arguments but 3 were given',
      "function got multiple values for argument 'a'",
      "unexpected keyword argument 'z'",
      "object 'int' isn't a tuple or list",
      "can't set attribute",
      '',
    ].join('\n'),
  );
});

// ---- OrderedDict ----

test('OrderedDict: a dict subtype with order-sensitive equality and MicroPython repr', () => {
  assert.ok(ordereddict_type.isSubtypeOf(dict_type));
  assert.equal(
    run(`
from collections import OrderedDict
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict(y=2, x=1)
print(a, a == b, a != b, dict(a) == dict(b), a == OrderedDict(x=1, y=2))
print(isinstance(a, dict), a.copy(), a.popitem(), a)
`),
    "OrderedDict({'x': 1, 'y': 2}) False True True True\nTrue OrderedDict({'x': 1, 'y': 2}) ('y', 2) OrderedDict({'x': 1})\n",
  );
});

// ---- struct ----

test('struct: round trips of every typecode in every byte order', () => {
  const r = run(`
import struct
vals = {'b': -100, 'B': 250, 'h': -30000, 'H': 65000, 'i': -2**31, 'I': 2**32-1, 'l': -5, 'L': 7,
        'q': -2**63, 'Q': 2**64-1, 'f': 0.5, 'd': -1.25, 'e': 3.0, 'P': 12345}
ok = True
for order in ('', '@', '<', '>', '!'):
    for c, v in vals.items():
        b = struct.pack(order + c, v)
        if len(b) != struct.calcsize(order + c) or struct.unpack(order + c, b) != (v,):
            ok = False
            print('bad', order, c, b)
print(ok)
print(struct.pack('>hH', -2, 2), struct.pack('<q', 1), struct.calcsize('bQ'), struct.calcsize('<bQ'))
print(struct.unpack('<3B2h', b'foo\\x12\\x34\\xff\\xff'))
`);
  assert.equal(r, "True\nb'\\xff\\xfe\\x00\\x02' b'\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00' 16 9\n(102, 111, 111, 13330, -1)\n");
});

test('struct: MicroPython errors and truncation', () => {
  const r = run(`
import struct
for f, a in ((struct.calcsize, ('q1',)), (struct.unpack, ('<I', b'12')), (struct.pack_into, ('<I', bytearray(3), 0, 1)),
             (struct.pack, (1,)), (struct.pack, ('<I', 'x')), (struct.unpack_from, ('<b', b'1', -2))):
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__, e)
print(struct.pack('<B', 257), struct.pack('<h', -1), struct.pack('<2H', 1))
`);
  assert.equal(
    r,
    [
      'ValueError bad typecode',
      'ValueError buffer too small',
      'ValueError buffer too small',
      "TypeError can't convert 'int' object to str implicitly",
      "TypeError can't convert str to int",
      'ValueError buffer too small',
      "b'\\x01' b'\\xff\\xff' b'\\x01\\x00\\x00\\x00'",
      '',
    ].join('\n'),
  );
});

test('struct: half floats encode as MicroPython does', () => {
  const r = run(`
import struct
for v in (1.0, -2.5, 65504.0, 70000.0, 1e-6, 6e-8, float('inf'), float('nan')):
    print(struct.pack('<e', v))
print(struct.unpack('<e', b'\\x01\\x00'), struct.unpack('>e', b'\\x7b\\xff'))
`);
  assert.equal(
    r,
    "b'\\x00<'\nb'\\x00\\xc1'\nb'\\xff{'\nb'F|'\nb'\\x11\\x00'\nb'\\x01\\x00'\nb'\\x00|'\nb'\\x00~'\n(5.960464477539063e-08,) (65504.0,)\n",
  );
});

// ---- io ----

test('StringIO/BytesIO: JS API', () => {
  const s = rt.call(stringio_type, ['h\u00e9llo\nworld']);
  assert.ok(s instanceof PyStringIO);
  assert.equal(rt.callMethod(s, 'read', [2]), 'h\u00e9');
  assert.equal(rt.callMethod(s, 'tell', []), 3); // bytes, as MicroPython
  assert.equal(rt.callMethod(s, 'readline', []), 'llo\n');
  assert.equal(rt.iterNext(s), 'world');
  assert.equal(rt.iterNext(s), undefined);
  const b = rt.call(bytesio_type, []);
  assert.equal(rt.callMethod(b, 'write', ['\u00e9']), 2);
  const v = rt.callMethod(b, 'getvalue', []);
  assert.ok(v instanceof PyBytes);
  assert.deepEqual(Array.from(v.data), [0xc3, 0xa9]);
  assert.match(rt.repr(b), /^<io\.BytesIO 0x[0-9a-f]+>$/);
});

test('io from Python: seek/tell/write forms, closed streams, with, IOBase subclass', () => {
  const r = run(`
import io
b = io.BytesIO(b'abc')
print(b.seek(5), b.write(b'Z'), b.getvalue())
b.write(b'xyz', 1, 1)
b.write(b'xyz', 2)
print(b.getvalue(), b.seek(-100, 1), b.read(2))
try:
    b.seek(-1)
except OSError as e:
    print('OSError', e.args[0])
with io.StringIO('q') as s:
    print(s.read())
try:
    s.getvalue()
except ValueError as e:
    print(e)
class W(io.IOBase):
    def write(self, b):
        return len(b)
print(isinstance(W(), io.IOBase), io.open is open)
out = io.StringIO()
print('a', 'b', file=out)
print(repr(out.getvalue()))
`);
  assert.equal(
    r,
    "5 1 b'abc\\x00\\x00Z'\nb'abc\\x00\\x00Zyxy' 0 b'ab'\nOSError 22\nq\nI/O operation on closed file\nTrue True\n'a b\\n'\n",
  );
});
