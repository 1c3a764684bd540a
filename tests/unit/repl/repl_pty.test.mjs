// The `micropython` command's REPL on a real pseudo-terminal (driven by ptydrive.py and, for the
// raw REPL, by rawclient.py, which speaks the protocol as mpremote does). The transcripts are the
// bytes MicroPython's unix port prints for the same keys (checked against its binary), with the
// banner's first line ours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const bin = path.join(root, 'bin/micropython.mjs');
// REPL_TEST_BIN=/path/to/micropython runs the same transcripts against MicroPython's unix port
// (a manual check: its banner, sys.path and a few messages differ).
const cmd = process.env.REPL_TEST_BIN ? [process.env.REPL_TEST_BIN] : [process.execPath, bin];
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'mpts-repl-'));

let havePython = true;
try {
  execFileSync('python3', ['-c', 'import pty']);
} catch {
  havePython = false;
}
const opts = { skip: havePython ? false : 'python3 with pty is needed' };

/** Run the REPL with the steps given (see ptydrive.py); returns {out, status, error}. */
function drive(steps, args = [], env = {}) {
  const r = spawnSync('python3', [path.join(here, 'ptydrive.py'), '-', '--', ...cmd, ...args], {
    input: JSON.stringify(steps),
    env: { ...process.env, HOME: home, ...env },
    encoding: 'latin1',
    timeout: 60000,
  });
  const res = JSON.parse(r.stdout);
  assert.equal(res.error, null, res.error);
  return res;
}

const BANNER = process.env.REPL_TEST_BIN
  ? /^MicroPython v[^\r]*\r\r\nType "help\(\)" for more information\.\r\r\n/
  : /^MicroPython-ts v\d+\.\d+\.\d+ on \d{4}-\d\d-\d\d; Node\.js v[\d.]+ with \w+\r\r\nType "help\(\)" for more information\.\r\r\n/;

function body(res) {
  assert.match(res.out, BANNER);
  return res.out.replace(BANNER, '');
}

const P = { wait: '>>> ' };

test('expressions, _, a block with auto-indent, an error, Ctrl-D', opts, () => {
  const res = drive([P, { send: '1+2\r' }, P, { send: '_*2\r' }, P, { send: 'def f():\r' }, { wait: '... ' },
    { send: 'return 5\r' }, { wait: '... ' }, { send: '\r' }, { wait: '... ' }, { send: '\r' }, { wait: '... ' }, { send: '\r' },
    P, { send: 'f()\r' }, P, { send: '1/0\r' }, P, { send: '\x04' }]);
  assert.equal(body(res),
    '>>> 1+2\r\r\n3\r\n>>> _*2\r\r\n6\r\n>>> def f():\r\r\n...     return 5\r\r\n...     \r\r\n...     \r\r\n... \r\r\n' +
    '>>> f()\r\r\n5\r\n>>> 1/0\r\r\nTraceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\n' +
    'ZeroDivisionError: divide by zero\r\n>>> \r\r\n');
  assert.equal(res.status, 0);
});

test('backspace removes a whole auto-indent; an else at the outer level', opts, () => {
  const res = drive([P, { send: 'if 0:\r' }, { wait: '... ' }, { send: 'pass\r' }, { wait: '... ' },
    { send: '\x7felse:\r' }, { wait: '... ' }, { send: 'print("e")\r' }, { wait: '... ' }, { send: '\x7f\r' }, P, { send: '\x04' }]);
  assert.equal(body(res),
    '>>> if 0:\r\r\n...     pass\r\r\n...     \b\b\b\b\x1b[Kelse:\r\r\n...     print("e")\r\r\n...     \b\b\b\b\x1b[K\r\r\ne\r\n>>> \r\r\n');
});

test('tab completion: a single match, a common prefix, a list, module members, import', opts, () => {
  const res = drive([P, { send: 'abc=1\r' }, P, { send: 'abd=2\r' }, P, { send: 'import sys\r' }, P,
    { send: 'ab\t' }, { wait: '>>> ab' }, { send: '\x03' }, P,
    { send: 'sys.st\t' }, { sleep: 0.2 }, { send: '\t' }, { sleep: 0.2 }, { send: '\x03' }, P,
    { send: 'sys.pa\t' }, { sleep: 0.2 }, { send: '\r' }, P,
    { send: 'imp\t' }, { sleep: 0.2 }, { send: '\x03' }, P, { send: '\x04' }]);
  assert.equal(body(res),
    '>>> abc=1\r\r\n>>> abd=2\r\r\n>>> import sys\r\r\n' +
    '>>> ab\r\nabc             abd\r\n>>> ab\r\r\n' +
    '>>> sys.std\r\nstderr          stdin           stdout\r\n>>> sys.std\r\r\n' +
    ">>> sys.path\r\r\n" + res.out.match(/>>> sys\.path\r\r\n(\[[^\r]*\]\r\n)/)[1] +
    '>>> import \r\r\n>>> \r\r\n');
});

test('history: up arrow recalls the previous line, and the history file keeps it', opts, () => {
  fs.rmSync(path.join(home, '.micropython.history'), { force: true });
  const res = drive([P, { send: 'x = 40\r' }, P, { send: 'x + 2\r' }, P, { send: '\x1b[A' }, { wait: 'x + 2' },
    { send: '\x1b[A\x1b[B\r' }, P, { send: '\x04' }]);
  assert.equal(body(res), '>>> x = 40\r\r\n>>> x + 2\r\r\n42\r\n>>> x + 2\x1b[5Dx = 40\x1b[6D\x1b[Kx + 2\r\r\n42\r\n>>> \r\r\n');
  assert.equal(fs.readFileSync(path.join(home, '.micropython.history'), 'utf8'), 'x = 40\nx + 2\n');
  const again = drive([P, { send: '\x1b[A' }, { wait: 'x + 2' }, { send: '\r' }, P, { send: '\x04' }]);
  assert.match(again.out, />>> x \+ 2\r\r\n/); // recalled from the file by a new process
});

test('Ctrl-C interrupts a running loop, and the REPL keeps its state', opts, () => {
  const res = drive([P, { send: 'n = 0\r' }, P, { send: 'while True: n += 1\r' }, { wait: '... ' }, { send: '\r' },
    { sleep: 0.5 }, { send: '\x03' }, P, { send: 'n > 0\r' }, P, { send: '\x04' }]);
  assert.equal(body(res),
    '>>> n = 0\r\r\n>>> while True: n += 1\r\r\n... \r\r\n^CTraceback (most recent call last):\r\n' +
    '  File "<stdin>", line 1, in <module>\r\nKeyboardInterrupt: \r\n>>> n > 0\r\r\nTrue\r\n>>> \r\r\n');
});

test('input() at the REPL: a line, and Ctrl-C in it', opts, () => {
  const res = drive([P, { send: 'input("? ")\r' }, { wait: '? ' }, { send: 'hi there\r' }, P,
    { send: 'input()\r' }, { sleep: 0.3 }, { send: 'ab\x03' }, P, { send: '\x04' }]);
  assert.equal(body(res),
    ">>> input(\"? \")\r\r\n? hi there\r\r\n'hi there'\r\n>>> input()\r\r\nabTraceback (most recent call last):\r\n" +
    '  File "<stdin>", line 1, in <module>\r\nKeyboardInterrupt: \r\n>>> \r\r\n');
});

test('paste mode runs the pasted text as a file; Ctrl-C cancels it', opts, () => {
  const res = drive([P, { send: '\x05' }, { wait: '=== ' }, { send: 'def g():\r    return 7\r\rprint(g())\r\x04' }, P,
    { send: '\x05' }, { wait: '=== ' }, { send: 'oops\x03' }, P, { send: '\x04' }]);
  assert.equal(body(res),
    '>>> \r\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\r\n=== def g():\r\r\n===     return 7\r\r\n=== \r\r\n' +
    '=== print(g())\r\r\n=== \r\r\n7\r\n>>> \r\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\r\n=== oops\r\r\n>>> \r\r\n');
});

test('sys.exit() leaves with its status; Ctrl-B prints the banner again', opts, () => {
  const res = drive([P, { send: '\x02' }, { wait: 'information.\r\r\n>>> ' }, { send: 'import sys; sys.exit(3)\r' }]);
  assert.match(body(res), /^>>> \r\r\nMicroPython-ts v[^\r]*\r\r\nType "help\(\)" for more information\.\r\r\n>>> import sys; sys\.exit\(3\)\r\r\n$/);
  assert.equal(res.status, 3);
});

test('-i runs the file, then the REPL sees its globals', opts, () => {
  const file = path.join(home, 'script.py');
  fs.writeFileSync(file, 'answer = 6 * 7\nprint("ran")\n');
  const res = drive([P, { send: 'answer\r' }, P, { send: '\x04' }], ['-i', file]);
  assert.match(res.out, /^ran\r\nMicroPython-ts v/);
  assert.match(res.out, />>> answer\r\r\n42\r\n>>> \r\r\n$/);
});

test('raw REPL on the terminal: the bytes of pyexec.c', opts, () => {
  const res = drive([P, { send: '\x01' }, { wait: '>' }, { send: 'print(1)\nprint(2)\r\n1/0\x04' }, { wait: '\x04>' },
    { send: '\x05A\x01' }, { wait: '\x01' }, { send: 'for i in range(3):\n  print(i)\n\x04' }, { wait: '\x04>' },
    { send: '\x05B\x01' }, { wait: 'R\x00>' }, { send: '\x02' }, P, { send: '\x01\x04' }]);
  const out = body(res);
  assert.equal(out.replace(/MicroPython-ts v[^\r]*\r\r\nType[^\r]*\r\r\n/, 'BANNER\r\r\n'),
    '>>> \r\r\nraw REPL; CTRL-B to exit\r\r\n>OK1\r\n2\r\n\x04Traceback (most recent call last):\r\n  File "<stdin>", line 4, in <module>\r\n' +
    'ZeroDivisionError: divide by zero\r\n\x04>R\x01\x80\x00\x01\x04' + '0\r\n1\r\n2\r\n\x04\x04>R\x00>\r\r\nBANNER\r\r\n>>> \r\r\nraw REPL; CTRL-B to exit\r\r\n>OK\r\r\n');
  assert.equal(res.status, 0);
});

test('an mpremote-style client: raw-paste with flow control (a 24 KB program), plain raw, errors', opts, () => {
  let big = '';
  for (let i = 0; i < 2000; i++) big += `x${i} = ${i}\n`;
  big += 'print(x1999 + x1)\n';
  const jobs = [
    { code: "print('hello')\nprint(1+1)" },
    { code: '1/0' },
    { code: big },
    { code: "print('raw')", paste: false },
    { code: "import sys\nprint(x5, end='')\nsys.exit(0) if 0 else None\ninput_ok = 1" },
    { code: 'print("é")' },
  ];
  const jobsFile = path.join(home, 'jobs.json');
  fs.writeFileSync(jobsFile, JSON.stringify(jobs));
  const r = spawnSync('python3', [path.join(here, 'rawclient.py'), jobsFile, '--', ...cmd], {
    env: { ...process.env, HOME: home }, encoding: 'utf8', timeout: 60000,
  });
  const res = JSON.parse(r.stdout);
  assert.equal(res.error, undefined, res.error);
  const rs = res.results;
  assert.deepEqual(rs[0], { out: 'hello\n2\n', err: '', windows: 1, mode: 'paste' });
  assert.deepEqual(rs[1], { out: '', err: 'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: divide by zero\n', windows: 1, mode: 'paste' });
  assert.ok(big.length > 20000);
  // the window is 128 bytes: one 0x01 at the start, then one per 128 bytes taken
  // (the last 0x01 may come after the client has sent everything, then it is not counted)
  const n = Math.floor(big.length / 128);
  assert.ok(rs[2].windows === n || rs[2].windows === n + 1, String(rs[2].windows));
  assert.deepEqual(rs[2], { out: '2000\n', err: '', windows: rs[2].windows, mode: 'paste' });
  assert.deepEqual(rs[3], { out: 'raw\n', err: '', windows: 0, mode: 'raw' });
  assert.deepEqual(rs[4], { out: '5', err: '', windows: 1, mode: 'paste' });
  assert.deepEqual(rs[5], { out: 'é\n', err: '', windows: 1, mode: 'paste' });
  assert.equal(res.status, 0);
});

test('piped stdin runs as a file without prompts', () => {
  const r = spawnSync(process.execPath, [bin], { input: 'x = 5\nx\nprint(x * 2)\n', encoding: 'utf8', env: { ...process.env, HOME: home } });
  assert.equal(r.stdout, '10\n');
  assert.equal(r.status, 0);
});
