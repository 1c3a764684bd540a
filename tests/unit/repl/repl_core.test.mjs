// The port-independent REPL (src/py/repl.ts): continuation rules, completion, and the friendly REPL,
// paste mode, raw REPL and raw-paste protocol driven byte by byte through a fake port.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { continueWithInput, autocomplete, Repl, PYEXEC_FORCED_EXIT } from '../../../dist/py/repl.js';
import { newModule } from '../../../dist/py/objmodule.js';
import { setHal } from '../../../dist/py/mphal.js';
import '../../../dist/py/execute.js';

test('continueWithInput follows py/repl.c', () => {
  const yes = ['if x:', 'for i in y:', 'while 1: pass', 'def f():', 'class A:', '@dec', 'try:', 'with a:', 'async def f():',
    'f(1,', 'x = [', 'd = {', "'''abc", '"""', 'x = 1 + \\', 'if x:\n    y', "s = '''a\nb"];
  const no = ['', 'x = 1', 'print(1)', 'iffy = 1', 'define = 2', 'if x:\n    y\n', "s = '('", 's = "[" ', "'''a'''", 'x = )', 'f(1)'];
  for (const s of yes) assert.equal(continueWithInput(s), true, JSON.stringify(s));
  for (const s of no) assert.equal(continueWithInput(s), false, JSON.stringify(s));
});

function mainWith(names) {
  const m = newModule('__main__');
  for (const [k, v] of Object.entries(names)) m.globals.set(k, v);
  return m;
}

test('autocomplete: one match, common prefix, list of several, attributes, import', () => {
  const sub = newModule('sub');
  sub.globals.set('alpha', 1);
  sub.globals.set('alpine', 2);
  sub.globals.set('beta', 3);
  const m = mainWith({ abc: 1, abd: 2, xylophone: 3, sub, _hidden: 4 });
  const printed = [];
  const print = (s) => printed.push(s);
  assert.equal(autocomplete('xy', m, print), 'lophone');
  assert.equal(autocomplete('print(xy', m, print), 'lophone');
  assert.equal(autocomplete('sub.b', m, print), 'eta');
  assert.equal(autocomplete('sub.a', m, print), 'lp');
  assert.equal(autocomplete('sub.zz', m, print), '');
  assert.equal(autocomplete('nothing.x', m, print), '');
  assert.equal(autocomplete('_h', m, print), 'idden');
  assert.equal(printed.length, 0);
  assert.equal(autocomplete('ab', m, print), null);
  assert.equal(printed.pop(), '\nabc             abd\n');
  // an empty word lists names not starting with an underscore
  assert.equal(autocomplete('', m, print), null);
  assert.equal(printed.pop(), '\nabc             abd             sub             xylophone\n');
  // "import " is offered for a first word nothing else matches
  assert.equal(autocomplete('imp', m, print), 'ort ');
  assert.equal(autocomplete('import sy', m, print), 's');
});

function fakePort() {
  const chunks = [];
  const port = {
    write: (s) => chunks.push(Buffer.from(s, 'utf8')),
    writeBytes: (b) => chunks.push(Buffer.from(b)),
    writeErr: (s) => chunks.push(Buffer.from('<err>' + s)),
    setInterrupt: () => null,
    banner: 'BANNER',
  };
  setHal({ stdout: port.write, stderr: port.writeErr, readLine: () => null, readFile: () => null, stat: () => null, ticksMs: () => 0 });
  return { port, take: () => Buffer.concat(chunks.splice(0)).toString('latin1') };
}

function feed(repl, s) {
  let r = 0;
  for (const b of Buffer.from(s, 'latin1')) {
    r = repl.processChar(b);
    if (r & PYEXEC_FORCED_EXIT) return r;
  }
  return r;
}

test('friendly REPL: banner, expression echo, _, blocks, errors, Ctrl-D exit', () => {
  const { port, take } = fakePort();
  const repl = new Repl(port, newModule('__main__'));
  repl.start();
  assert.equal(take(), 'BANNER\r\nType "help()" for more information.\r\n>>> ');
  feed(repl, '6*7\r');
  assert.equal(take(), '6*7\r\n42\n>>> ');
  feed(repl, '_ + 1\r');
  assert.equal(take(), '_ + 1\r\n43\n>>> ');
  // as in MicroPython, the auto-indent comes back once after an empty indented line
  feed(repl, 'for i in range(2):\rprint(i)\r\r\r\r');
  assert.equal(take(), 'for i in range(2):\r\n...     print(i)\r\n...     \r\n...     \r\n... \r\n0\n1\n>>> ');
  feed(repl, '1/0\r');
  assert.equal(take(), '1/0\r\nTraceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: divide by zero\n>>> ');
  feed(repl, 'x = (1,\r2)\r');
  assert.equal(take(), 'x = (1,\r\n... 2)\r\n>>> ');
  feed(repl, 'x\r');
  assert.equal(take(), 'x\r\n(1, 2)\n>>> ');
  feed(repl, 'abc\x03');
  assert.equal(take(), 'abc\r\n>>> ');
  assert.equal(feed(repl, '\x04'), PYEXEC_FORCED_EXIT);
  assert.equal(take(), '\r\n');
});

test('friendly REPL: Ctrl-D ends a block; Ctrl-C cancels it; Ctrl-B prints the banner; sys.exit', () => {
  const { port, take } = fakePort();
  const repl = new Repl(port, newModule('__main__'));
  repl.start();
  take();
  feed(repl, 'if 1:\rprint("a")\r\x7f\x04');
  assert.equal(take(), 'if 1:\r\n...     print("a")\r\n...     \b\b\b\b\x1b[Ka\n>>> ');
  feed(repl, 'if 1:\r\x03');
  assert.equal(take(), 'if 1:\r\n...     \r\n>>> ');
  feed(repl, '\x02');
  assert.equal(take(), '\r\nBANNER\r\nType "help()" for more information.\r\n>>> ');
  assert.equal(feed(repl, 'import sys; sys.exit(7)\r'), PYEXEC_FORCED_EXIT | 7);
});

test('paste mode: echo with === prompts, runs as a file on Ctrl-D, Ctrl-C cancels', () => {
  const { port, take } = fakePort();
  const repl = new Repl(port, newModule('__main__'));
  repl.start();
  take();
  feed(repl, '\x05');
  assert.equal(take(), '\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ');
  feed(repl, 'def f():\r    return 3\r\rprint(f())\r1+1\r\x04');
  assert.equal(take(), 'def f():\r\n===     return 3\r\n=== \r\n=== print(f())\r\n=== 1+1\r\n=== \r\n3\n>>> ');
  feed(repl, '\x05x = 1\x03');
  assert.equal(take(), '\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== x = 1\r\n>>> ');
});

test('raw REPL: greeting, OK, output, two EOF markers, errors between them, Ctrl-B back', () => {
  const { port, take } = fakePort();
  const repl = new Repl(port, newModule('__main__'));
  repl.start();
  take();
  feed(repl, '\x01');
  assert.equal(take(), '\r\nraw REPL; CTRL-B to exit\r\n>');
  feed(repl, 'print(1)\rprint(2)\x04');
  assert.equal(take(), 'OK1\n2\n\x04\x04>');
  feed(repl, 'x = 1\r\r1/0\x04');
  assert.equal(take(), 'OK\x04Traceback (most recent call last):\n  File "<stdin>", line 3, in <module>\nZeroDivisionError: divide by zero\n\x04>');
  feed(repl, 'garbage\x03print(x)\x04'); // Ctrl-C clears the buffer
  assert.equal(take(), 'OK1\n\x04\x04>');
  feed(repl, 'junk\x01'); // Ctrl-A again: greeting again
  assert.equal(take(), 'raw REPL; CTRL-B to exit\r\n>');
  feed(repl, '\x02');
  assert.equal(take(), '\r\nBANNER\r\nType "help()" for more information.\r\n>>> ');
  feed(repl, '\x01');
  take();
  assert.equal(feed(repl, '\x04'), PYEXEC_FORCED_EXIT); // soft reset: the unix port exits
  assert.equal(take(), 'OK\r\n');
});

test('raw-paste: handshake, window of 128 with 0x01 increments, end acknowledged, 20 KB source', () => {
  const { port, take } = fakePort();
  const repl = new Repl(port, newModule('__main__'));
  repl.start(true);
  assert.equal(take(), 'raw REPL; CTRL-B to exit\r\n>');
  feed(repl, '\x05A\x01');
  assert.equal(take(), 'R\x01\x80\x00\x01');
  let src = '';
  for (let i = 0; i < 1500; i++) src += `v${i} = ${i} * 2\n`;
  src += 'print(v1499, len(globals()) > 1500)\n';
  assert.ok(src.length > 20000);
  let ones = 0;
  for (let i = 0; i < src.length; i++) {
    repl.processChar(src.charCodeAt(i));
    const got = take();
    if (got !== '') {
      assert.equal(got, '\x01');
      assert.equal((i + 1) % 128, 0);
      ones++;
    }
  }
  assert.equal(ones, Math.floor(src.length / 128));
  feed(repl, '\x04');
  assert.equal(take(), '\x04' + '2998 True\n' + '\x04\x04>');
  // an unsupported raw-paste command
  feed(repl, '\x05B\x01');
  assert.equal(take(), 'R\x00>');
  // a syntax error, and Ctrl-C during the paste
  feed(repl, '\x05A\x01');
  take();
  feed(repl, 'x = (\x04');
  assert.match(take(), /^\x04\x04Traceback \(most recent call last\):\n  File "<stdin>", line \d+\nSyntaxError: [^\n]*\n\x04>$/);
  feed(repl, '\x05A\x01');
  take();
  feed(repl, 'print(1)\x03');
  assert.equal(take(), '\x04\x04KeyboardInterrupt: \n\x04>');
});

test('raw REPL: SystemExit leaves with its status', () => {
  const { port } = fakePort();
  const repl = new Repl(port, newModule('__main__'));
  repl.start(true);
  assert.equal(feed(repl, 'raise SystemExit(5)\x04'), PYEXEC_FORCED_EXIT | 5);
});
