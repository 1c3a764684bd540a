// Unit tests of array.array's TS API (objarray.ts, arraycodes.ts) and of `import array` end to end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const { PyArray, array_type, newMemoryView, bufferTypeCode, bytearray_type } = await import('../../../dist/py/objarray.js');
const { typeCodeOf, BYTE_CODE } = await import('../../../dist/py/arraycodes.js');
const rt = await import('../../../dist/py/runtime.js');
const { PyList } = await import('../../../dist/py/objlist.js');
const { PyException } = await import('../../../dist/py/objexcept.js');

const mk = (code, items) => array_type.makeNew(array_type, [code, new PyList(items)], null);
const empty = (code) => array_type.makeNew(array_type, [code], null);
const pyErr = (fn) => {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof PyException, `a Python exception, not ${e}`);
    return `${e.type.name}: ${rt.str(e)}`;
  }
  assert.fail('no exception');
};

test('typecodes: sizes and bad codes', () => {
  const sizes = { b: 1, B: 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, f: 4, d: 8, P: 8, O: 8 };
  for (const [c, n] of Object.entries(sizes)) assert.equal(typeCodeOf(c).size, n, c);
  assert.equal(pyErr(() => typeCodeOf('X')), 'ValueError: bad typecode');
  assert.equal(pyErr(() => typeCodeOf('')), 'ValueError: bad typecode');
  assert.equal(pyErr(() => typeCodeOf(1)), "TypeError: can't convert 'int' object to str implicitly");
});

test('construction, repr, items and wrapping', () => {
  const a = mk('h', [1, -2, 70000]);
  assert.ok(a instanceof PyArray);
  assert.equal(rt.repr(a), "array('h', [1, -2, 4464])");
  assert.equal(rt.len(a), 3);
  assert.equal(rt.getItem(a, -1), 4464);
  assert.equal(rt.repr(mk('Q', [-1])), "array('Q', [18446744073709551615])");
  assert.equal(rt.repr(mk('q', [2n ** 63n - 1n])), "array('q', [9223372036854775807])");
  assert.equal(typeof rt.getItem(mk('q', [5]), 0), 'number', 'small 64-bit values come back as JS numbers');
  assert.equal(rt.repr(empty('d')), "array('d')");
  assert.equal(pyErr(() => rt.getItem(a, 3)), 'IndexError: array index out of range');
  assert.equal(pyErr(() => rt.getItem(a, 'x')), 'TypeError: array indices must be integers, not str');
});

test('append grows the typed storage; a failed append leaves the length', () => {
  const a = empty('i');
  for (let i = 0; i < 100; i++) rt.callMethod(a, 'append', [i]);
  assert.equal(a.len, 100);
  assert.equal(rt.getItem(a, 99), 99);
  assert.ok(a.items instanceof Int32Array);
  pyErr(() => rt.callMethod(a, 'append', ['x']));
  assert.equal(a.len, 100);
});

test('buffer: bytes of the items; memoryview indexes by item', () => {
  const a = mk('i', [1, 2]);
  assert.deepEqual([...array_type.buffer(a)], [1, 0, 0, 0, 2, 0, 0, 0]);
  const m = newMemoryView(a);
  assert.equal(bufferTypeCode(m).code, 'i');
  assert.equal(rt.len(m), 2);
  assert.equal(rt.loadAttr(m, 'itemsize'), 4);
  rt.setItem(m, 1, -5);
  assert.equal(rt.getItem(a, 1), -5);
  rt.callMethod(a, 'append', [9]);
  assert.equal(rt.len(m), 2, 'a view keeps its length when the array grows');
  assert.equal(bufferTypeCode(bytearray_type.makeNew(bytearray_type, [], null)), BYTE_CODE);
});

test('comparisons follow MicroPython', () => {
  assert.equal(rt.eq(mk('b', [1]), mk('B', [1])), true);
  assert.equal(rt.eq(mk('i', [1]), new PyList([1])), false);
  assert.match(pyErr(() => rt.eq(mk('h', []), mk('i', []))), /^NotImplementedError/);
  assert.match(pyErr(() => rt.eq(mk('f', []), mk('f', []))), /^NotImplementedError/);
});

test('import array end to end', () => {
  const bin = fileURLToPath(new URL('../../../bin/micropython.mjs', import.meta.url));
  const out = execFileSync(process.execPath, [bin, '-c', "from array import array\na = array('H', [1, 2])\na += array('H', [3])\nprint(a, list(memoryview(a)[1:]), bytes(a[:1]))"], { encoding: 'utf8' });
  assert.equal(out, "array('H', [1, 2, 3]) [2, 3] b'\\x01\\x00'\n");
});
