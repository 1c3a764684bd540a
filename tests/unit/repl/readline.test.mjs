// The line editor (src/py/readline.ts) fed bytes directly: what it returns and the exact bytes it
// writes, which are those of MicroPython's shared/readline/readline.c.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readline, cursorBack, HISTORY_SIZE } from '../../../dist/py/readline.js';

function make(completer = null, history = []) {
  const out = [];
  const rl = new Readline((s) => out.push(s), completer, history);
  return { rl, out, take: () => out.splice(0).join('') };
}

/** Feed a string of keys; returns the last non-negative result (or -1). */
function feed(rl, keys) {
  let r = -1;
  for (const ch of Buffer.from(keys, 'latin1')) {
    r = rl.processChar(ch);
    if (r >= 0) return r;
  }
  return r;
}

test('typing echoes, Enter returns 0 with the line and writes CR LF', () => {
  const { rl, take } = make();
  rl.init('', '>>> ');
  assert.equal(take(), '>>> ');
  assert.equal(feed(rl, 'abc'), -1);
  assert.equal(take(), 'abc');
  assert.equal(feed(rl, '\r'), 0);
  assert.equal(take(), '\r\n');
  assert.equal(rl.line, 'abc');
});

test('CR LF counts as one newline only when it repeats the same character', () => {
  const { rl } = make();
  rl.init('', '');
  feed(rl, 'x');
  assert.equal(feed(rl, '\r'), 0);
  rl.init('', '');
  // a lone LF right after a CR is swallowed (process_nl)
  assert.equal(rl.processChar(10), -1);
  assert.equal(feed(rl, 'y\n'), 0);
  assert.equal(rl.line, 'y');
});

test('Ctrl-A..Ctrl-E on an empty line are returned; Ctrl-C always', () => {
  for (const c of [1, 2, 3, 4, 5]) {
    const { rl } = make();
    rl.init('', '>>> ');
    assert.equal(rl.processChar(c), c);
  }
  const { rl } = make();
  rl.init('', '');
  feed(rl, 'ab');
  assert.equal(rl.processChar(3), 3);
  assert.equal(rl.processChar(4), -1); // delete at cursor on a non-empty line
});

test('left, home, insert in the middle, end redraw as readline.c does', () => {
  const { rl, take } = make();
  rl.init('', '');
  feed(rl, 'abcd');
  take();
  feed(rl, '\x1b[D');
  assert.equal(take(), '\b');
  feed(rl, 'X');
  assert.equal(take(), 'Xd\b');
  assert.equal(rl.line, 'abcXd');
  feed(rl, '\x01'); // Ctrl-A on a non-empty line: home
  assert.equal(take(), '\b\b\b\b');
  feed(rl, '\x05'); // Ctrl-E: end
  assert.equal(take(), 'abcXd');
  feed(rl, '\x1b[H'); // Home
  assert.equal(take(), '\b\b\b\b\x1b[5D'.slice(4)); // 5 steps: ESC [ 5 D
  assert.equal(rl.cursor, 0);
});

test('cursorBack uses backspaces up to 4, then ESC [ n D', () => {
  assert.equal(cursorBack(1), '\b');
  assert.equal(cursorBack(4), '\b\b\b\b');
  assert.equal(cursorBack(12), '\x1b[12D');
  assert.equal(cursorBack(0), '');
});

test('backspace, delete, Ctrl-K, Ctrl-U, Ctrl-W', () => {
  const { rl, take } = make();
  rl.init('', '');
  feed(rl, 'hello world');
  take();
  feed(rl, '\x7f');
  assert.equal(take(), '\b\x1b[K');
  assert.equal(rl.line, 'hello worl');
  feed(rl, '\x17'); // Ctrl-W: kill word back
  assert.equal(rl.line, 'hello ');
  feed(rl, '\x01\x1b[3~'); // home, delete
  assert.equal(rl.line, 'ello ');
  feed(rl, '\x06\x0b'); // right, kill to end
  assert.equal(rl.line, 'e');
  feed(rl, '\x15'); // kill to start
  assert.equal(rl.line, '');
});

test('word moves with Alt-B/Alt-F and Ctrl-Left/Ctrl-Right', () => {
  const { rl } = make();
  rl.init('', '');
  feed(rl, 'foo bar baz');
  feed(rl, '\x1bb');
  assert.equal(rl.cursor, 8);
  feed(rl, '\x1b[1;5D');
  assert.equal(rl.cursor, 4);
  feed(rl, '\x1bf');
  assert.equal(rl.cursor, 7);
  feed(rl, '\x1b[1;5C');
  assert.equal(rl.cursor, 11);
});

test('history: up/down walk it, duplicates of the newest and empty lines are not added', () => {
  const history = [];
  const { rl, take } = make(null, history);
  for (const l of ['one', 'two', 'two', '']) {
    rl.init('', '>>> ');
    feed(rl, l + '\r');
  }
  assert.deepEqual(history, ['two', 'one']);
  rl.init('', '>>> ');
  take();
  feed(rl, '\x1b[A');
  assert.equal(rl.line, 'two');
  assert.equal(take(), 'two');
  feed(rl, '\x10'); // Ctrl-P
  assert.equal(rl.line, 'one');
  assert.equal(take(), '\b\b\bone');
  feed(rl, '\x1b[A'); // no older entry: nothing happens
  assert.equal(rl.line, 'one');
  feed(rl, '\x1b[B\x0e'); // down, Ctrl-N: back to the empty line
  assert.equal(rl.line, '');
  for (let i = 0; i < HISTORY_SIZE + 5; i++) rl.pushHistory('l' + i);
  assert.equal(history.length, HISTORY_SIZE);
});

test('auto-indent after a colon, one more level after each, dropped by backspace in one step', () => {
  const { rl, take } = make();
  rl.init('', '>>> ');
  feed(rl, 'if x:\r');
  take();
  rl.init(rl.line + '\n', '... ');
  assert.equal(take(), '...     ');
  assert.equal(rl.line, 'if x:\n    ');
  feed(rl, 'for y in z:\r');
  rl.init(rl.line + '\n', '... ');
  assert.equal(rl.line.endsWith('\n        '), true);
  take();
  feed(rl, '\x7f');
  assert.equal(take(), '\b\b\b\b\x1b[K');
  assert.equal(rl.current(), '    ');
});

test('a space right after the auto-indent leaves one space; a tab keeps the indent', () => {
  const { rl } = make();
  rl.init('', '');
  feed(rl, 'def f():\r');
  rl.init(rl.line + '\n', '');
  feed(rl, ' ');
  assert.equal(rl.current(), ' ');
  const b = make();
  b.rl.init('', '');
  feed(b.rl, 'def f():\r');
  b.rl.init(b.rl.line + '\n', '');
  feed(b.rl, '\t');
  assert.equal(b.rl.current(), '    ');
});

test('no auto-indent after two blank indented lines', () => {
  const { rl } = make();
  rl.init('', '');
  feed(rl, 'def f():\r');
  rl.init(rl.line + '\n', '');
  feed(rl, 'return 1\r');
  rl.init(rl.line + '\n', '');
  assert.equal(rl.current(), '    ');
  feed(rl, '\r');
  rl.init(rl.line + '\n', '');
  assert.equal(rl.current(), '    ');
  feed(rl, '\r');
  rl.init(rl.line + '\n', '');
  assert.equal(rl.current(), '');
});

test('tab: completer inserts one match; several redraw the prompt; after a space inserts 4 spaces', () => {
  const calls = [];
  const completer = (line, print) => {
    calls.push(line);
    if (line === 'pr') return 'int';
    print('\nabc             abd\n');
    return null;
  };
  const { rl, take } = make(completer);
  rl.init('', '>>> ');
  feed(rl, 'pr\t');
  assert.equal(rl.line, 'print');
  take();
  feed(rl, '(ab\t');
  assert.equal(take(), '(ab\nabc             abd\n>>> print(ab');
  assert.deepEqual(calls, ['pr', 'print(ab']);
  feed(rl, ' \t');
  assert.equal(rl.line, 'print(ab     ');
});

test('UTF-8 input is assembled into one character', () => {
  const { rl, take } = make();
  rl.init('', '');
  feed(rl, Buffer.from('é€', 'utf8').toString('latin1'));
  assert.equal(rl.line, 'é€');
  assert.equal(take(), 'é€');
  feed(rl, '\x1b[D');
  assert.equal(rl.cursor, 1);
});
