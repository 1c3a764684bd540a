// stdlib-A: math, cmath, gc, micropython and errno (src/py/modmath.ts, modcmath.ts, modgc.ts,
// modmicropython.ts, src/extmod/moderrno.ts) and the module registry (src/py/modules.ts).
// Reference values are CPython 3.11's (glibc libm) and MicroPython's unix port's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as m from '../../../dist/py/modmath.js';
import { execSource } from '../../../dist/py/execute.js';
import '../../../dist/py/modbuiltins.js';
import '../../../dist/py/modules.js';
import { importModule } from '../../../dist/py/builtinimport.js';
import { newModule } from '../../../dist/py/objmodule.js';
import { PyException } from '../../../dist/py/objexcept.js';
import { PyFloat } from '../../../dist/py/objfloat.js';
import { setHeapSize, gcState } from '../../../dist/py/modgc.js';
import { micropythonState, runScheduled } from '../../../dist/py/modmicropython.js';
import { errnoName, ERRNO_CODES } from '../../../dist/extmod/moderrno.js';

const BIN = fileURLToPath(new URL('../../../bin/micropython.mjs', import.meta.url));

function py(src) {
  const r = spawnSync(process.execPath, [BIN, '-c', src], { encoding: 'utf8' });
  return r.stdout + r.stderr;
}

function relClose(a, b, tol) {
  if (Number.isNaN(b)) return Number.isNaN(a);
  if (b === 0) return Math.abs(a) <= tol;
  return Math.abs(a - b) / Math.abs(b) <= tol;
}

test('frexp, ldexp and copysign are exact, including subnormals and signed zeros', () => {
  assert.deepEqual(m.frexp(8), [0.5, 4]);
  assert.deepEqual(m.frexp(-3), [-0.75, 2]);
  assert.deepEqual(m.frexp(5e-324), [0.5, -1073]);
  assert.deepEqual(m.frexp(2.5e-310), [0.7190772539449313, -1028]);
  assert.deepEqual(m.frexp(Infinity), [Infinity, 0]);
  assert.ok(Object.is(m.frexp(-0)[0], -0));
  assert.equal(m.ldexp(1, -1074), 5e-324);
  assert.equal(m.ldexp(3, -1075), 1e-323); // round half to even once, not twice
  assert.equal(m.ldexp(0.75, 1024), 1.348269851146737e308);
  assert.equal(m.ldexp(1, 1025), Infinity);
  assert.equal(m.ldexp(-1, 5000), -Infinity);
  assert.ok(Object.is(m.ldexp(-1, -5000), -0));
  for (const x of [1, 0.1, 123.456, 1e300, 5e-324, 1.5e-310]) {
    const [f, e] = m.frexp(x);
    assert.equal(m.ldexp(f, e), x);
  }
  assert.equal(m.copysign(2, -0), -2);
  assert.equal(m.copysign(-2, 0), 2);
  assert.equal(m.copysign(1, -NaN), -1);
  assert.equal(m.copysign(1, NaN), 1);
});

test('erf, erfc, gamma and lgamma agree with glibc', () => {
  const ref = [
    ['erf', 0.5, 0.5204998778130465], ['erf', -2.25, -0.9985372834133188], ['erf', 3.7, 0.9999998328489421],
    ['erfc', 1.5, 0.033894853524689274], ['erfc', 3.7, 1.6715105790914596e-7], ['erfc', 10, 2.088487583762545e-45],
    ['erfc', -0.5, 1.5204998778130465], ['erfc', 0.3, 0.6713732405408726],
    ['gamma', 0.5, 1.7724538509055159], ['gamma', 5, 24], ['gamma', -2.25, -1.7428148657282527],
    ['gamma', 10, 362880], ['gamma', 55.5, 1.7080962807994106e72], ['gamma', 1e-9, 999999999.4227841],
    ['lgamma', 0.5, 0.5723649429247004], ['lgamma', 100, 359.1342053695754], ['lgamma', -7.5, -8.404537371451598],
    ['lgamma', 3.7, 1.4280723266653883],
  ];
  for (const [f, x, want] of ref) assert.ok(relClose(m[f](x), want, 1e-13), `${f}(${x}) = ${m[f](x)}, want ${want}`);
  assert.ok(Number.isNaN(m.gamma(0)) || m.gamma(0) === Infinity);
  assert.equal(m.lgamma(1), 0);
  assert.equal(m.lgamma(2), 0);
  assert.equal(m.lgamma(-3), Infinity);
  assert.equal(m.erf(Infinity), 1);
  assert.equal(m.erfc(-Infinity), 2);
});

test('getFloat accepts numbers and __float__, else TypeError', () => {
  assert.equal(m.getFloat(3), 3);
  assert.equal(m.getFloat(true), 1);
  assert.equal(m.getFloat(2n ** 2000n), Infinity);
  assert.throws(() => m.getFloat('x'), (e) => e instanceof PyException && e.type.name === 'TypeError');
});

test('the registry provides the modules, each created once', () => {
  for (const name of ['math', 'cmath', 'gc', 'micropython', 'errno']) {
    const a = importModule(name);
    assert.equal(a.name, name);
    assert.equal(importModule(name), a);
  }
  const math = importModule('math');
  for (const n of ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'ceil', 'copysign', 'cos', 'cosh',
    'degrees', 'e', 'erf', 'erfc', 'exp', 'expm1', 'fabs', 'factorial', 'floor', 'fmod', 'frexp', 'gamma', 'inf',
    'isclose', 'isfinite', 'isinf', 'isnan', 'ldexp', 'lgamma', 'log', 'log10', 'log2', 'modf', 'nan', 'pi', 'pow',
    'radians', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'tau', 'trunc']) {
    assert.ok(math.globals.get(n) !== undefined, n);
  }
  assert.ok(math.globals.get('pi') instanceof PyFloat);
});

test('math through the interpreter: MicroPython errors and int results', () => {
  const g = newModule('__main__').globals;
  execSource('import math\nr = [math.floor(1e25), math.ceil(-0.5), math.trunc(2.9), math.factorial(20)]', '<t>', g);
  assert.equal(String(g.get('r').items.map(String)), '10000000000000000905969664,0,2,2432902008176640000');
  assert.equal(py('import math\ntry: math.exp(1000)\nexcept ValueError as e: print(e)'), 'math domain error\n');
  assert.equal(py('import math\ntry: math.log(2, 1)\nexcept ZeroDivisionError as e: print(e)'), 'divide by zero\n');
  assert.equal(py('import math\ntry: math.ceil(math.nan)\nexcept ValueError as e: print(e)'), "can't convert NaN to int\n");
  assert.equal(py('import math\nprint(math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(-1, math.inf))'), '1.0 1.0 1.0\n');
  assert.equal(py('import math\nprint(math.modf(-3.0), math.modf(math.inf), math.frexp(0.0))'), '(-0.0, -3.0) (0.0, inf) (0.0, 0)\n');
  assert.equal(py('import math\ntry: math.sqrt()\nexcept TypeError as e: print(e)'), 'function takes 1 positional arguments but 0 were given\n');
  assert.equal(py('import math\ntry: math.isclose(1, 2, 3)\nexcept TypeError as e: print(e)'), 'extra positional arguments given\n');
  assert.equal(py('import math\nclass F:\n def __float__(self): return 0.25\nprint(math.sqrt(F()))'), '0.5\n');
});

test('cmath formulas as MicroPython', () => {
  assert.equal(py('import cmath\nprint(cmath.sqrt(-1), cmath.log(1j), cmath.polar(3+4j))'),
    '(6.123233995736766e-17+1j) 1.5707963267948966j (5.0, 0.9272952180016122)\n');
  assert.equal(py('import cmath\ntry: cmath.exp([])\nexcept TypeError as e: print(e)'), "can't convert list to complex\n");
});

test('gc: figures follow the heap size setting', () => {
  const old = gcState.heapSize;
  setHeapSize(100 * 1024);
  const gc = importModule('gc');
  const call = (n) => gc.globals.get(n).fn([], null);
  assert.equal(call('mem_free') + call('mem_alloc'), 100 * 1024);
  setHeapSize(old);
  assert.equal(py('import gc\ngc.threshold(1)\nprint(gc.threshold(), gc.isenabled())\ngc.disable()\nprint(gc.isenabled())'), '0 True\nFalse\n');
});

test('micropython: state, heap lock depth and the scheduler', () => {
  assert.equal(py('import micropython\nmicropython.heap_lock()\nprint(micropython.heap_unlock(), micropython.heap_unlock())'), '0 32767\n');
  assert.equal(py('import micropython\ndef f(x):\n print("in", x)\n micropython.schedule(print, x + 1)\n print("out", x)\nmicropython.schedule(f, 1)\nprint("done")'),
    'in 1\nout 1\n2\ndone\n');
  assert.equal(micropythonState.scheduled.length, 0);
  runScheduled();
  assert.equal(py('import micropython\nmicropython.mem_info()').split('\n')[0].startsWith('mem: total='), true);
});

test('errno: codes, names and the fixed errorcode dict', () => {
  assert.equal(ERRNO_CODES.length, 22);
  assert.equal(errnoName(2), 'ENOENT');
  assert.equal(errnoName(9999), undefined);
  assert.equal(py('import errno\nprint(errno.EAGAIN, errno.errorcode[110], type(errno.errorcode))'), "11 ETIMEDOUT <class 'dict'>\n");
  assert.equal(py('import errno\ntry: errno.errorcode[1] = 2\nexcept TypeError: print("fixed")\nd = errno.errorcode.copy()\nd[1] = 2\nprint(d[1])'), 'fixed\n2\n');
});
