// The strings API from JS: formatValue against CPython's format() (format_table.json), str.format,
// %, repr, comparison, hashing, code-point indexing and the bytes types' slots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { formatValue, strFormat, strModFormat } from '../../../dist/py/objstrformat.js';
import { str_type, strRepr, strCompare, strHash, hasSurrogates } from '../../../dist/py/objstr.js';
import { PyBytes, bytes_type, bytesRepr } from '../../../dist/py/objbytes.js';
import { PyByteArray, bytearray_type, memoryview_type } from '../../../dist/py/objarray.js';
import { newFloat } from '../../../dist/py/objfloat.js';
import { PyTuple } from '../../../dist/py/objtuple.js';
import { PyException } from '../../../dist/py/objexcept.js';
import '../../../dist/py/modbuiltins.js'; // loads objtype, which makes types callable
import * as rt from '../../../dist/py/runtime.js';

const table = JSON.parse(readFileSync(new URL('./format_table.json', import.meta.url), 'utf8'));

function value(kind, text) {
  if (kind === 'int') {
    const b = BigInt(text);
    return b >= -(2n ** 53n) + 1n && b <= 2n ** 53n - 1n ? Number(b) : b;
  }
  if (kind === 'float') return newFloat(Number(text === 'inf' ? Infinity : text === 'nan' ? NaN : text));
  return text;
}

function pyErrName(f) {
  try {
    f();
  } catch (e) {
    if (e instanceof PyException) return e.type.name;
    throw e;
  }
  return null;
}

// Where we follow MicroPython rather than CPython: precision on ints is ignored, not an error.
const MICROPYTHON_LENIENT = (kind, spec) => kind === 'int' && /^\d*\.\d+$/.test(spec);

test('formatValue matches CPython format() over a table of values and specs', () => {
  let checked = 0;
  for (const [kind, text, spec, [status, exp]] of table) {
    if (MICROPYTHON_LENIENT(kind, spec)) continue;
    const v = value(kind, text);
    if (status === 'ok') assert.equal(formatValue(v, spec), exp, `format(${kind} ${text}, '${spec}')`);
    else assert.equal(pyErrName(() => formatValue(v, spec)), exp, `format(${kind} ${text}, '${spec}') raises`);
    checked++;
  }
  assert.ok(checked > 800);
});

test('str.format fields, numbering, conversions, nesting', () => {
  const kw = new Map([['x', 1], ['w', 6]]);
  assert.equal(strFormat('{} {} {x}', ['a', 2], kw), 'a 2 1');
  assert.equal(strFormat('{1}{0}{1}', ['a', 'b'], null), 'bab');
  assert.equal(strFormat('{!r:>{w}}|{{}}', ['é'], kw), "   'é'|{}");
  assert.equal(strFormat('{0[1]}', [new PyTuple([5, 6])], null), '6');
  assert.equal(pyErrName(() => strFormat('{}{0}', [1, 2], null)), 'ValueError');
  assert.equal(pyErrName(() => strFormat('{', [], null)), 'ValueError');
  assert.equal(pyErrName(() => strFormat('{}', [], null)), 'IndexError');
  assert.equal(pyErrName(() => strFormat('{q}', [], null)), 'KeyError');
});

test('% formatting', () => {
  assert.equal(strModFormat('%s=%d %5.2f%%', new PyTuple(['a', 3, newFloat(1.005)])), 'a=3  1.00%');
  assert.equal(strModFormat('%-4s|%04x|%#o', new PyTuple(['ab', 255, 8])), 'ab  |00ff|0o10');
  assert.equal(strModFormat('%s', 'x'), 'x');
  assert.equal(pyErrName(() => strModFormat('%d %d', new PyTuple([1]))), 'TypeError');
  assert.equal(pyErrName(() => strModFormat('%d', new PyTuple([1, 2]))), 'TypeError');
  assert.equal(pyErrName(() => strModFormat('%q', 1)), 'ValueError');
});

test('repr quoting and escapes', () => {
  assert.equal(strRepr('abc'), "'abc'");
  assert.equal(strRepr("it's"), '"it\'s"');
  assert.equal(strRepr('a\'b"c'), "'a\\'b\"c'");
  assert.equal(strRepr('\n\t\r\\\x00\x7f'), "'\\n\\t\\r\\\\\\x00\\x7f'");
  assert.equal(strRepr('é😀\u200b\xa0\ud800'), "'é😀\\u200b\\xa0\\ud800'");
  assert.equal(bytesRepr(new Uint8Array([0, 39, 97, 255])), 'b"\\x00\'a\\xff"');
});

test('code-point comparison and hashing', () => {
  assert.ok(strCompare('😀', '\uffff') > 0);
  assert.ok(strCompare('\ue000', '\ud83d\ude00') < 0);
  assert.ok(strCompare('ab', 'abc') < 0);
  assert.equal(strCompare('x', 'x'), 0);
  assert.equal(strHash(''), 5381); // MicroPython's values
  assert.equal(strHash('a'), 46532);
  assert.equal(strHash('ab'), bytes_type.hash(new PyBytes(new Uint8Array([97, 98]))));
  assert.equal(hasSurrogates('a😀'), true);
  assert.equal(hasSurrogates('é'.repeat(40)), false);
});

test('str slots through the runtime: len, index, slice, iterate, ops', () => {
  const s = 'a😀b';
  assert.equal(rt.len(s), 3);
  assert.equal(rt.getItem(s, 1), '😀');
  assert.equal(rt.getItem(s, -1), 'b');
  assert.deepEqual(rt.toArray(s), ['a', '😀', 'b']);
  assert.equal(rt.binaryOp(27 /* ADD */, 'a', 'b'), 'ab');
  assert.equal(rt.binaryOp(29 /* MULTIPLY */, 3, 'ab'), 'ababab');
  assert.equal(rt.binaryOp(0 /* LESS */, 'a', 'b'), true);
  assert.equal(rt.contains('abc', 'bc'), true);
  assert.equal(pyErrName(() => rt.getItem('abc', 3)), 'IndexError');
  assert.equal(rt.callMethod('a,b', 'split', [',']).items.length, 2);
  assert.equal(rt.call(str_type, [newFloat(1.5)]), '1.5');
});

test('bytes, bytearray and memoryview slots', () => {
  const b = rt.call(bytes_type, ['hé', 'utf-8']);
  assert.deepEqual(Array.from(b.data), [104, 195, 169]);
  assert.equal(rt.getItem(b, 0), 104);
  assert.equal(rt.repr(b), "b'h\\xc3\\xa9'");
  const ba = rt.call(bytearray_type, [3]);
  assert.ok(ba instanceof PyByteArray);
  rt.setItem(ba, 0, 65);
  rt.callMethod(ba, 'append', [66]);
  assert.equal(rt.repr(ba), "bytearray(b'A\\x00\\x00B')");
  const mv = rt.call(memoryview_type, [ba]);
  rt.setItem(mv, 1, 67);
  assert.equal(rt.len(mv), 4);
  assert.deepEqual(Array.from(bytearray_type.buffer(ba)), [65, 67, 0, 66]);
  assert.equal(pyErrName(() => rt.setItem(rt.call(memoryview_type, [b]), 0, 1)), 'TypeError');
  assert.equal(pyErrName(() => rt.hash(ba)), 'TypeError');
  assert.equal(rt.callMethod(b, 'decode', []), 'hé');
  assert.equal(pyErrName(() => rt.callMethod(new PyBytes(new Uint8Array([255])), 'decode', [])), 'UnicodeError');
});
