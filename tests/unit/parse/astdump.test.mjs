// Golden tests for the front end (src/py/lexer.ts, src/py/parse.ts), run by `node --test` after
// `npm run build`. Our AST, dumped in CPython 3.11's ast.dump format (dump.mjs), must equal the
// dumps python3 produced for the same sources (fixtures/expected.json, made by regen.py).
// Also: error cases (kind, line, message), pathological nesting, random mutations (must give an
// AST or a CompileError, nothing else), and a speed check.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, tokenize } from '../../../dist/py/parse.js';
import { CompileError } from '../../../dist/py/compileerror.js';
import { dump, FIELDS, reprFloat, reprStr } from './dump.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const expected = JSON.parse(fs.readFileSync(path.join(here, 'fixtures', 'expected.json'), 'utf8'));
const samples = expected.samples.map((s) => ({
  ...s,
  src: fs.readFileSync(path.join(here, 'fixtures', 'samples', s.file), 'utf8'),
}));

// ---------------------------------------------------------------------------------------------
// Golden AST dumps

for (const c of expected.snippets) {
  test(`ast: ${c.name}`, () => {
    assert.equal(dump(parse(c.src, c.mode)), c.dump);
  });
}

for (const s of samples) {
  test(`ast sample: ${s.file}`, () => {
    assert.equal(dump(parse(s.src)), s.dump);
  });
}

/** 'Kind@lineno:col_offset' of every positioned node in field order, as regen.py's positions(). */
function positions(tree) {
  const acc = [];
  const walk = (n) => {
    if (Array.isArray(n)) {
      for (const x of n) walk(x);
    } else if (n && typeof n === 'object' && typeof n.kind === 'string') {
      if (n.lineno !== undefined) acc.push(`${n.kind}@${n.lineno}:${n.col_offset}`);
      for (const f of FIELDS[n.kind]) walk(n[f]);
    }
  };
  walk(tree);
  return acc.join(' ');
}

for (const c of [...expected.snippets, ...samples]) {
  if (c.pos === undefined) continue;
  test(`positions: ${c.name ?? c.file}`, () => {
    assert.equal(positions(parse(c.src, c.mode ?? 'exec')), c.pos);
  });
}

test('dumper: float and str repr follow Python', () => {
  assert.equal(reprFloat(1), '1.0');
  assert.equal(reprFloat(1e16), '1e+16');
  assert.equal(reprFloat(1e15), '1000000000000000.0');
  assert.equal(reprFloat(0.0001), '0.0001');
  assert.equal(reprFloat(0.00001), '1e-05');
  assert.equal(reprFloat(1.5, true), '1.5');
  assert.equal(reprFloat(2, true), '2');
  assert.equal(reprStr("it's"), '"it\'s"');
  assert.equal(reprStr('a\x00\u00a0'), "'a\\x00\\xa0'");
});

// ---------------------------------------------------------------------------------------------
// Tokens

test('tokens: kinds, values and positions', () => {
  const toks = tokenize('if x:\n    y = 0x10 + 1.5e3 + 2j\n');
  assert.deepEqual(toks.map((t) => t.kind), [
    'if', 'NAME', ':', 'NEWLINE', 'INDENT', 'NAME', '=', 'INT', '+', 'FLOAT', '+', 'IMAG', 'NEWLINE', 'DEDENT', 'EOF',
  ]);
  assert.equal(toks[7].value, 16);
  assert.equal(toks[9].value, 1500);
  assert.equal(toks[11].value, 2);
  assert.equal(toks[5].line, 2);
  assert.equal(toks[5].col, 4);
});

test('tokens: big ints become bigint, safe ones stay numbers', () => {
  const [a, b, c, d] = tokenize('9007199254740991 9007199254740992 0xffffffffffffffffff 0b' + '1'.repeat(53));
  assert.equal(a.value, 9007199254740991);
  assert.equal(b.value, 9007199254740992n);
  assert.equal(c.value, 0xffffffffffffffffffn);
  assert.equal(d.value, 2 ** 53 - 1);
});

test('tokens: all operators', () => {
  const ops = '+ - * ** / // % @ << >> & | ^ ~ := < > <= >= == != ( ) [ ] { } , : . ; = -> += -= *= /= //= %= @= &= |= ^= >>= <<= **= ...';
  const toks = tokenize(ops).filter((t) => t.kind !== 'NEWLINE' && t.kind !== 'EOF');
  assert.deepEqual(toks.map((t) => t.kind), ops.split(' '));
});

test('tokens: dedent to several levels, tabs count to multiples of 8', () => {
  const kinds = tokenize('if a:\n if b:\n\tc\nd\n').map((t) => t.kind);
  assert.deepEqual(kinds, ['if', 'NAME', ':', 'NEWLINE', 'INDENT', 'if', 'NAME', ':', 'NEWLINE', 'INDENT', 'NAME', 'NEWLINE',
    'DEDENT', 'DEDENT', 'NAME', 'NEWLINE', 'EOF']);
});

test('tokens: strings decoded, bytes as Uint8Array', () => {
  const [s, b] = tokenize("'a\\x41\\n' b'\\xff\\x00'");
  assert.equal(s.value, 'aA\n');
  assert.deepEqual([...b.value], [255, 0]);
});

test('a leading byte order mark is ignored', () => {
  assert.equal(dump(parse('\ufeffif x:\n    y = 1\n')), dump(parse('if x:\n    y = 1\n')));
  assert.equal(parse('\ufeffx').body[0].col_offset, 0);
});

test('constants: int/float/complex/bytes values in the AST', () => {
  const m = parse('1\n2.5\n3j\nb"x"\n123456789012345678901234567890\nNone\n...\nTrue\n');
  const vals = m.body.map((s) => s.value.value);
  assert.deepEqual(vals[0], { t: 'int', v: 1 });
  assert.deepEqual(vals[1], { t: 'float', v: 2.5 });
  assert.deepEqual(vals[2], { t: 'complex', imag: 3 });
  assert.equal(vals[3].t, 'bytes');
  assert.deepEqual(vals[4], { t: 'int', v: 123456789012345678901234567890n });
  assert.deepEqual(vals[5], { t: 'none' });
  assert.deepEqual(vals[6], { t: 'ellipsis' });
  assert.deepEqual(vals[7], { t: 'bool', v: true });
});

test('positions: lineno and col_offset', () => {
  const m = parse('x = 1\nif y:\n    z(a, b)\n');
  assert.equal(m.body[1].lineno, 2);
  const call = m.body[1].body[0].value;
  assert.equal(call.lineno, 3);
  assert.equal(call.col_offset, 4);
  assert.equal(call.args[1].col_offset, 9);
  const f = parse('x = f"ab{yy}"\n').body[0].value.values[1].value;
  assert.equal(f.kind, 'Name');
  assert.equal(f.lineno, 1);
  assert.equal(f.col_offset, 9);
});

// ---------------------------------------------------------------------------------------------
// Errors: [source, kind, line, message (substring), mode]

const S = 'SyntaxError';
const I = 'IndentationError';
const errors = [
  ['1 = x\n', S, 1, "can't assign to expression"],
  ['f() = 1\n', S, 1, "can't assign to expression"],
  ['x + 1 = 2\n', S, 1, "can't assign to expression"],
  ['a, 1 = x\n', S, 1, "can't assign to expression"],
  ['[a, b()] = x\n', S, 1, "can't assign to expression"],
  ['None = 1\n', S, 1, "can't assign to expression"],
  ['x\n(a for a in b) = 1\n', S, 2, "can't assign to expression"],
  ['for 1 in x: pass\n', S, 1, "can't assign to expression"],
  ['with a as 1: pass\n', S, 1, "can't assign to expression"],
  ['[x for 1 in y]\n', S, 1, "can't assign to expression"],
  ['del f()\n', S, 1, "can't delete expression"],
  ['del *a\n', S, 1, 'invalid syntax'],
  ['*a = 1\n', S, 1, 'starred assignment target'],
  ['a, *b, *c = d\n', S, 1, 'multiple starred'],
  ['*a\n', S, 1, 'starred'],
  ['print(*a)\nx = *a\n', S, 2, 'starred'],
  ['(*a)\n', S, 1, 'starred'],
  ['a, b += 1\n', S, 1, 'augmented assignment'],
  ['f() += 1\n', S, 1, 'augmented assignment'],
  ['a, b: int\n', S, 1, 'only single target'],
  ['[a]: int\n', S, 1, 'only single target'],
  ['f(): int\n', S, 1, 'illegal target'],
  ['x := 1\n', S, 1, 'invalid syntax'],
  ['(a.b := 1)\n', S, 1, 'invalid syntax'],
  ['def f(a=1, b): pass\n', S, 1, 'non-default argument follows default argument'],
  ['def f(a=1, /, b): pass\n', S, 1, 'non-default argument'],
  ['lambda a=1, b: 0\n', S, 1, 'non-default argument'],
  ['def f(/, a): pass\n', S, 1, 'at least one argument must precede /'],
  ['def f(a, /, b, /): pass\n', S, 1, '/ may appear only once'],
  ['def f(*a, /): pass\n', S, 1, '/ must be ahead of *'],
  ['def f(*a, *b): pass\n', S, 1, '* argument may appear only once'],
  ['def f(*): pass\n', S, 1, 'named arguments must follow bare *'],
  ['def f(*, **k): pass\n', S, 1, 'named arguments must follow bare *'],
  ['def f(**k, a): pass\n', S, 1, 'var-keyword'],
  ['def f(a b): pass\n', S, 1, 'invalid syntax'],
  ['f(a=1, b)\n', S, 1, 'positional argument follows keyword argument'],
  ['f(**a, b)\n', S, 1, 'positional argument follows keyword argument unpacking'],
  ['f(**a, *b)\n', S, 1, 'iterable argument unpacking follows keyword argument unpacking'],
  ['f(a.b=1)\n', S, 1, 'expression cannot contain assignment'],
  ['f(x for x in y, 1)\n', S, 1, 'Generator expression must be parenthesized'],
  ['f(1, x for x in y)\n', S, 1, 'Generator expression must be parenthesized'],
  // bracket and string errors: MicroPython's plain 'invalid syntax', at the line it reports
  ['x = (1, 2\n', S, 2, 'invalid syntax'],
  ['x = [1, 2)\n', S, 1, 'invalid syntax'],
  ['x = 1\ny = 2)\n', S, 2, 'invalid syntax'],
  ['foo(\n  a,\n  b\n', S, 4, 'invalid syntax'],
  ['x = 1\n  y = 2\n', I, 2, 'unexpected indent'],
  ['  x = 1\n', I, 1, 'unexpected indent'],
  ['if x:\n    a\n  b\n', I, 2, "unindent doesn't match any outer indent level"],
  ['if x:\ny = 1\n', I, 2, 'expected an indented block'],
  ['def f():\n', I, 2, 'expected an indented block'],
  ['for x in y:\n# comment\n\npass\n', I, 4, 'expected an indented block'],
  ['x = """abc\n\ndef\n', S, 1, 'invalid syntax'],
  ["x = 'abc\n", S, 1, 'invalid syntax'],
  ['x = 1\ny = "abc\n', S, 2, 'invalid syntax'],
  ['x = 1 \\ 2\n', S, 1, 'invalid syntax'],
  ['x = 1 +\\', S, 1, 'invalid syntax'],
  ['x = 1 +\n', S, 1, 'invalid syntax'],
  ['x = $\n', S, 1, 'invalid syntax'],
  ['x = a ? b\n', S, 1, 'invalid syntax'],
  ['a = 1\nb = 2 3\n', S, 2, 'invalid syntax'],
  ['0123\n', S, 1, 'leading zeros'],
  ['1_\n', S, 1, 'invalid decimal literal'],
  ['1__0\n', S, 1, 'invalid decimal literal'],
  ['1abc\n', S, 1, 'invalid decimal literal'],
  ['0x\n', S, 1, 'invalid syntax for number'],
  ['0b102\n', S, 1, 'invalid syntax for number'],
  ['0o8\n', S, 1, 'invalid syntax for number'],
  ['1e\n', S, 1, 'invalid decimal literal'],
  ["'a' b'b'\n", S, 1, 'cannot mix bytes and nonbytes literals'],
  ["b'a' f'b'\n", S, 1, 'cannot mix bytes'],
  ["b'é'\n", S, 1, 'bytes can only contain ASCII'],
  ["'\\x4'\n", S, 1, '\\x'],
  ["'\\u12'\n", S, 1, '\\u'],
  ["'\\U00110000'\n", S, 1, 'illegal Unicode character'],
  ["'\\N{DASH}'\n", S, 1, 'unicode name escapes'],
  ["f'{'\n", S, 1, "expecting '}'"],
  ["f'}'\n", S, 1, "single '}'"],
  ["f'{}'\n", S, 1, 'empty expression'],
  ["f'{ }'\n", S, 1, 'empty expression'],
  ["f'{x!z}'\n", S, 1, 'invalid conversion character'],
  ["f'{x!}'\n", S, 1, 'invalid conversion character'],
  ["f'{a\\n}'\n", S, 1, 'backslash'],
  ["f'{a#}'\n", S, 1, "'#'"],
  ["f'{x:{y:{z}}}'\n", S, 1, 'nested too deeply'],
  ["x = 1\nf'{*a}'\n", S, 2, 'starred'],
  ["f'{a b}'\n", S, 1, 'invalid syntax'],
  ["f'{)}'\n", S, 1, 'malformed f-string'],
  ['try:\n    pass\n', S, 3, 'invalid syntax'],
  ['try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n', S, 5, "default 'except' must be last"],
  ['try:\n    pass\nexcept A, B:\n    pass\n', S, 3, 'must be parenthesized'],
  ['try:\n    pass\nelse:\n    pass\n', S, 3, 'invalid syntax'],
  ['from x import a,\n', S, 1, 'trailing comma not allowed'],
  ['from . import\n', S, 1, 'invalid syntax'],
  ['import .x\n', S, 1, 'invalid syntax'],
  ['@dec\nx = 1\n', S, 2, 'invalid syntax'],
  ['async x = 1\n', S, 1, 'invalid syntax'],
  ['class A(x for x in y, z): pass\n', S, 1, 'Generator expression'],
  ['if x:\n    pass\nelif:\n    pass\n', S, 3, 'invalid syntax'],
  ['print "hello"\n', S, 1, 'invalid syntax'],
  ['x = {1: 2, 3}\n', S, 1, 'invalid syntax'],
  ['x = {a := 1: 2}\n', S, 1, 'invalid syntax'],
  ['[*a for a in b]\n', S, 1, 'invalid syntax'],
  ['x = 1 if 2\n', S, 1, 'invalid syntax'],
  ['lambda x: (yield)\nlambda: yield\n', S, 2, 'invalid syntax'],
  ['a not b\n', S, 1, 'invalid syntax'],
  ['a = 1; ; b = 2\n', S, 1, 'invalid syntax'],
  ['1, *a\n', S, 1, 'invalid syntax', 'eval'],
  ['x = 1\n', S, 1, 'invalid syntax', 'eval'],
  ['', S, 1, 'invalid syntax', 'eval'],
  ['a = 1\nb = 2\n', S, 2, 'multiple statements', 'single'],
  ['\0', S, 1, 'invalid syntax'],
  ['x = 1\n\x00\n', S, 2, 'invalid syntax'],
];

for (const [src, kind, line, msg, mode] of errors) {
  test(`error: ${JSON.stringify(src)}${mode ? ' (' + mode + ')' : ''}`, () => {
    let err = null;
    try {
      parse(src, mode ?? 'exec');
    } catch (e) {
      err = e;
    }
    assert.ok(err instanceof CompileError, `expected CompileError, got ${err === null ? 'an AST' : err}`);
    assert.equal(err.kind, kind);
    assert.equal(err.line, line);
    assert.ok(err.message.includes(msg), `message ${JSON.stringify(err.message)} lacks ${JSON.stringify(msg)}`);
  });
}

// ---------------------------------------------------------------------------------------------
// Robustness: pathological inputs end in an AST or a CompileError, never a JS error.

/** Parse and return 'ok' or the CompileError; fail the test on anything else. */
function parseOrCompileError(src, mode = 'exec') {
  try {
    const tree = parse(src, mode);
    assert.ok(tree && typeof tree.kind === 'string');
    return 'ok';
  } catch (e) {
    if (e instanceof CompileError) {
      assert.ok(e.kind === 'SyntaxError' || e.kind === 'IndentationError');
      assert.equal(typeof e.message, 'string');
      assert.ok(Number.isInteger(e.line) && e.line >= 1, `bad line ${e.line}`);
      return e;
    }
    assert.fail(`non-CompileError for ${JSON.stringify(src.slice(0, 200))}: ${e && e.stack}`);
  }
}

const deep = [
  ['10,000 nested parens', '('.repeat(10000) + '1' + ')'.repeat(10000)],
  ['5,000 nested lists', '['.repeat(5000) + ']'.repeat(5000)],
  ['100,000 unary minus', '-'.repeat(100000) + '1'],
  ['100,000 not', 'not '.repeat(100000) + 'x'],
  ['100,000 power', '2**'.repeat(100000) + '2'],
  ['10,000 lambdas', 'lambda: '.repeat(10000) + '0'],
  ['10,000 conditionals', 'a if b else '.repeat(10000) + 'c'],
  ['10,000 awaits', 'await '.repeat(10000) + 'x'],
  ['200 nested indents', Array.from({ length: 200 }, (_, i) => ' '.repeat(i) + 'if x:\n').join('') + ' '.repeat(200) + 'pass\n'],
  ['10,000 nested f-string braces', "f'" + '{'.repeat(10000) + 'x' + '}'.repeat(10000) + "'"],
  ['deep nested dict', '{1:'.repeat(3000) + '1' + '}'.repeat(3000)],
  ['10,000 nested calls', 'f('.repeat(10000) + ')'.repeat(10000)],
  ['10,000 subscripts', 'x' + '[0]'.repeat(10000)],
  ['100,000 attributes', 'a' + '.b'.repeat(100000)],
  ['100,000 additions', 'x = ' + '1 + '.repeat(100000) + '1'],
  ['100,000 comparisons', 'x = ' + 'a < '.repeat(100000) + 'b'],
  ['100,000 and', 'x = ' + 'a and '.repeat(100000) + 'b'],
  ['100,000 elifs', 'if a: pass\n' + 'elif b: pass\n'.repeat(100000)],
  ['1 MB line', 'x = "' + 'a'.repeat(1 << 20) + '"'],
  ['1 MB list', 'x = [' + '1,'.repeat(1 << 19) + ']'],
  ['1 MB of comment', '#' + 'c'.repeat(1 << 20)],
];
for (const [name, src] of deep) {
  test(`robust: ${name}`, () => {
    parseOrCompileError(src);
  });
}

test('robust: a deep nesting error is a SyntaxError', () => {
  const e = parseOrCompileError('('.repeat(10000) + ')'.repeat(10000));
  assert.ok(e instanceof CompileError && e.kind === 'SyntaxError');
  const e2 = parseOrCompileError('-'.repeat(100000) + '1');
  assert.ok(e2 instanceof CompileError && e2.kind === 'SyntaxError');
});

test('robust: moderate nesting still parses', () => {
  assert.equal(parseOrCompileError('x = ' + '('.repeat(150) + '1' + ')'.repeat(150)), 'ok');
  assert.equal(parseOrCompileError('x = ' + '-'.repeat(500) + '1'), 'ok');
  assert.equal(parseOrCompileError('x = ' + '['.repeat(150) + ']'.repeat(150)), 'ok');
  assert.equal(parseOrCompileError(Array.from({ length: 90 }, (_, i) => ' '.repeat(i) + 'if x:\n').join('') + ' '.repeat(90) + 'pass\n'), 'ok');
});

// A small deterministic PRNG (mulberry32) so failures reproduce.
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const corpus = [...expected.snippets.map((c) => c.src), ...samples.map((s) => s.src)].filter((s) => s.length > 0);
const POOL = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '*', '**', '\n', ' ', '    ', '\t', '\\', "'", '"', '"""', 'f"',
  '{x}', 'lambda', 'if', 'else', 'for', 'in', 'not', 'yield', 'async', 'await', '@', '.', '...', ';', '#', '0', '1e', '0x',
  'j', '_', ':=', '->', 'é', '\u2028', '\0', '\r', '\f', 'def', 'class', 'try', 'except', 'return', '!', 'b"', 'rb"'];

function mutate(src, r) {
  // Work on rough tokens: words, whitespace runs, or single characters.
  const toks = src.match(/\w+|\s+|[^\w\s]/gu) ?? [];
  const n = 1 + Math.floor(r() * 4);
  for (let k = 0; k < n && toks.length > 0; k++) {
    const i = Math.floor(r() * toks.length);
    const j = Math.floor(r() * toks.length);
    switch (Math.floor(r() * 7)) {
      case 0: toks.splice(i, 1); break; // delete a token
      case 1: toks.splice(i, 0, toks[j]); break; // duplicate one
      case 2: [toks[i], toks[j]] = [toks[j], toks[i]]; break; // swap two
      case 3: toks.splice(i, 0, POOL[Math.floor(r() * POOL.length)]); break; // insert
      case 4: { // delete a character inside a token
        const t = toks[i];
        const c = Math.floor(r() * t.length);
        toks[i] = t.slice(0, c) + t.slice(c + 1);
        break;
      }
      case 5: toks[i] = String.fromCharCode(Math.floor(r() * 128)); break; // random ASCII
      default: toks.splice(i, Math.floor(r() * 5)); break; // delete a run
    }
  }
  return toks.join('');
}

test('robust: random mutations of the fixtures give an AST or a CompileError', () => {
  const r = rng(12345);
  let ok = 0;
  let errs = 0;
  for (let round = 0; round < 20; round++) {
    for (const src of corpus) {
      const m = mutate(src, r);
      for (const mode of ['exec', 'eval', 'single']) {
        if (mode !== 'exec' && r() < 0.8) continue;
        if (parseOrCompileError(m, mode) === 'ok') ok++;
        else errs++;
      }
    }
  }
  assert.ok(ok > 0 && errs > 0, `ok=${ok} errs=${errs}`);
});

test('robust: random byte strings give an AST or a CompileError', () => {
  const r = rng(777);
  for (let i = 0; i < 3000; i++) {
    const len = Math.floor(r() * 60);
    let s = '';
    for (let k = 0; k < len; k++) {
      const x = r();
      s += x < 0.7 ? String.fromCharCode(32 + Math.floor(r() * 95)) : x < 0.85 ? '\n' : String.fromCharCode(Math.floor(r() * 0x3000));
    }
    parseOrCompileError(s);
  }
});

// ---------------------------------------------------------------------------------------------
// A 10,000-line file parses (its speed is for the benchmarks: no timing assertions in tests).

test('a 10,000-line file parses', () => {
  const unit = [
    'def f{i}(a, b=1, *args, **kw):',
    '    """Doc string {i}."""',
    '    x = [i * 2 for i in range(a) if i % 3]',
    '    if a > b and not kw:',
    '        return {"k": x, "v": f"{a!r:>10}"}',
    '    else:',
    '        y = (a + b) ** 2 - a // 3',
    '    try:',
    '        z = obj.method(x, y, key=lambda q: q[1:2])',
    '    except (ValueError, KeyError) as e:',
    '        raise RuntimeError("bad") from e',
    '    return z',
    '',
  ];
  const lines = [];
  for (let i = 0; lines.length < 10000; i++) for (const l of unit) lines.push(l.replaceAll('{i}', String(i)));
  const src = lines.join('\n') + '\n';
  const m = parse(src);
  assert.equal(m.body.length, Math.ceil(10000 / unit.length));
});
