# Generates cases.json for numbers.test.mjs from CPython 3.11 (the oracle where MicroPython agrees).
# Run: python3 tests/unit/numbers/gen_cases.py > tests/unit/numbers/cases.json
# Values are encoded as strings: 'i:<decimal>' int, 'f:<16 hex digits of the IEEE bits>' float,
# (in the op tables 'f:<repr>', which round-trips exactly), 'b:0'/'b:1' bool, 'c:<re bits>,<im bits>' complex. A result is the repr, '|'-joined item reprs for
# a tuple, or '!<ExceptionName>' (messages are MicroPython's, so only the type is compared).
import json, math, random, struct

def fbits(x):
    return struct.pack('>d', x).hex()

def enc(v):
    if isinstance(v, bool):
        return 'b:%d' % v
    if isinstance(v, int):
        return 'i:%d' % v
    if isinstance(v, float):
        return 'f:' + repr(v)
    if isinstance(v, complex):
        return 'c:%s,%s' % (fbits(v.real), fbits(v.imag))
    raise TypeError(v)

def res(f, overflow_ok=False):
    try:
        r = f()
    except OverflowError:
        if overflow_ok:
            return '!OverflowError'
        return None  # MicroPython gives inf (or a big value) where CPython raises: not compared
    except Exception as e:
        return '!' + type(e).__name__
    if isinstance(r, tuple):
        return '|'.join(repr(x) for x in r)
    return repr(r)

INTS = [0, 1, -1, 2, -3, 7, -7, 2**31 - 1, 2**31, -2**31 - 1, 2**53 - 1, 2**53,
        2**53 + 1, -(2**53 - 1), -(2**53 + 1), 2**64, -(2**64), 10**30, -12345678901234567890123]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 0.1, 1 / 3, 1e16, 1e-5, 1e300, math.inf, -math.inf,
          math.nan, 2.0**53, 2.0**64, -7.25]
BOOLS = [True, False]

OPS = {
    '+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b,
    '/': lambda a, b: a / b, '//': lambda a, b: a // b, '%': lambda a, b: a % b,
    '**': lambda a, b: a ** b, 'divmod': divmod,
    '<<': lambda a, b: a << b, '>>': lambda a, b: a >> b, '&': lambda a, b: a & b,
    '|': lambda a, b: a | b, '^': lambda a, b: a ^ b,
    '<': lambda a, b: a < b, '<=': lambda a, b: a <= b, '==': lambda a, b: a == b,
    '!=': lambda a, b: a != b, '>': lambda a, b: a > b, '>=': lambda a, b: a >= b,
}

def skip(op, a, b):
    if op == '**' and isinstance(b, int) and not isinstance(b, bool) and abs(b) > 64 and isinstance(a, int) and abs(a) > 1:
        return True
    if op == '**' and isinstance(b, int) and abs(b) > 3 and isinstance(a, int) and abs(a) > 2**40:
        return True
    if op == '<<' and isinstance(b, int) and b > 200:
        return True
    return False

# binops: groups of operand lists with a row-major result list per operator (null: not compared)
binops = []
for xs, ys in [(INTS, INTS), (INTS, FLOATS), (FLOATS, INTS), (FLOATS, FLOATS), (BOOLS, BOOLS),
               (BOOLS, INTS[:8]), (INTS[:8], BOOLS), (BOOLS, FLOATS[:6])]:
    group = {'xs': [enc(a) for a in xs], 'ys': [enc(b) for b in ys], 'ops': {}}
    for op, f in OPS.items():
        group['ops'][op] = [None if skip(op, a, b) else res(lambda: f(a, b)) for a in xs for b in ys]
    binops.append(group)

COMPLEX = [1 + 2j, 2j, complex(3, 0), complex(-1.5, 0.5), complex(0, -1), complex(1e300, 1)]
complexops = []
for a in COMPLEX + [2, 1.5, True]:
    for b in COMPLEX + [0, 2, -1, 0.5, 0.0]:
        for op in ['+', '-', '*', '/', '**', '==', '!=']:
            if not isinstance(a, complex) and not isinstance(b, complex):
                continue
            if op == '**' and (abs(a) > 1e10 or abs(b) > 1e10):
                continue
            r = res(lambda: OPS[op](a, b))
            if r is not None:
                complexops.append([op, enc(a), enc(b), r])

unops = []
for a in INTS + FLOATS + BOOLS:
    for name, f in [('-', lambda x: -x), ('+', lambda x: +x), ('abs', abs)] + ([('~', lambda x: ~x)] if isinstance(a, int) else []):
        unops.append([name, enc(a), res(lambda: f(a))])

# float repr: special values, decimal edges, powers of ten, random bit patterns
rnd = random.Random(1234)
reprs = set()
for v in FLOATS + [5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.3, 2.675, 1e15, 1e17,
                  123456789012345678.0, 0.0001, 0.00001, 9999999999999998.0, 1e-4, 1.5e-4, 100.0, 1e22, 1e23]:
    reprs.add(v)
for e in range(-30, 31):
    reprs.add(10.0 ** e)
    reprs.add(1.5 * 10.0 ** e)
for _ in range(1500):
    v = struct.unpack('>d', rnd.getrandbits(64).to_bytes(8, 'big'))[0]
    if not math.isnan(v):
        reprs.add(v)
for _ in range(500):
    reprs.add(round(rnd.uniform(-1000, 1000), rnd.randint(0, 6)))
floatrepr = [[fbits(v), repr(v)] for v in sorted(reprs, key=lambda x: (math.isnan(x), x))]

SPECS = ['.0f', '.1f', '.2f', '.3f', '.10f', 'f', '.20f', '.0e', '.1e', '.3e', 'e', '.16e', '.25e', 'g', '.1g',
         '.2g', '.3g', '.10g', '.17g', '#g', '#.3g', '.0%', '.2%', '', '.1', '.3', '.12', '#.0f', '#.0e',
         'E', 'G', 'F', '.120f', '.60e']
FMTVALS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1e-7, 0.1, 1 / 3, 123456.789, 1e16, 1e22,
           1e23, 1.7976931348623157e308, 5e-324, 123456789.125, 999999.5, 9.9999995, 0.00001234, math.inf,
           -math.inf, math.nan, 1e300, 12.0, 100.0]
for _ in range(30):
    FMTVALS.append(struct.unpack('>d', rnd.getrandbits(64).to_bytes(8, 'big'))[0])
for _ in range(30):
    FMTVALS.append(round(rnd.uniform(-100, 100), rnd.randint(0, 4)))
formats = []
for v in FMTVALS:
    if math.isnan(v) and v is not math.nan:
        continue
    for spec in SPECS:
        formats.append([fbits(v), spec, format(v, spec)])

INTSTRS = [('0', 10), ('-0', 10), (' 42 ', 10), ('+5', 10), ('1_000', 10), ('1__0', 10), ('_1', 10), ('1_', 10),
           ('0x1f', 16), ('0x1f', 0), ('0X1F', 0), ('0o17', 0), ('0b101', 0), ('0b_101', 0), ('017', 0), ('00', 0),
           ('0_0', 0), ('z', 36), ('Z', 36), ('-10', 3), ('9', 8), ('', 10), (' ', 10), ('1.5', 10), ('abc', 10),
           ('12a', 10), ('0x', 16), ('--1', 10), ('123456789012345678901234567890', 10),
           ('-123456789012345678901234567890', 10), ('ffffffffffffffffffff', 16), ('1' * 70, 2),
           ('zzzzzzzzzzzzzzzz', 36), ('9007199254740993', 10), ('-9007199254740992', 10), ('1', 1), ('1', 37),
           ('0x10', 10), ('\t\n7\r', 10), ('0b', 0), ('0o8', 0)]
intparse = []
for s, b in INTSTRS:
    intparse.append([s, b, res(lambda: int(s, b))])

FLOATSTRS = ['1', '1.', '.5', '.', '-0', '1e5', '1E-5', '1e', 'e5', ' 2.5 ', '1_000.000_1', '1__0', 'inf', '-Infinity',
             'nan', '+NaN', 'infinit', '1e500', '-1e500', '0x10', '1.5.', '', '12a', '1e+3', '4.9e-324', '1e-400']
floatparse = [[s, res(lambda: float(s))] for s in FLOATSTRS]

COMPLEXSTRS = ['1+2j', '2j', 'j', '-j', '1', '1.5-2.5e3j', '1e3+1e-3j', '(1+2j)', ' 3j ', 'inf+nanj', '1+', 'x', '1+2',
               '1 + 2j', '+1-1j', '1e5j', '-1e+5j']
complexparse = [[s, res(lambda: complex(s))] for s in COMPLEXSTRS]

rounds = []
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 1234.5678, -1234.5678, 1e300, 5e-324, 0.0, -0.0, 1e16 + 1,
          123.456, 1 / 3, math.inf, math.nan, 4503599627370497.0]:
    for nd in [None, 0, 1, 2, 3, -1, -2, 5, 20, -400, 400]:
        r = res(lambda: round(v) if nd is None else round(v, nd))
        if r is not None:
            rounds.append([enc(v), nd, r])
for v in [0, 5, 15, 25, -25, 12345, -12345, 10**30 + 5 * 10**10, True]:
    for nd in [None, 0, 2, -1, -2, -11]:
        rounds.append([enc(v), nd, res(lambda: round(v) if nd is None else round(v, nd))])

tobytes = []
for v in [0, 1, 255, 256, 1024, -1, -128, -129, 2**63, 2**70, -(2**70)]:
    for n in [1, 2, 8, 10, 16]:
        for order in ['big', 'little']:
            for signed in [False, True]:
                tobytes.append([enc(v), n, order, signed, res(lambda: v.to_bytes(n, order, signed=signed).hex(), True)])

json.dump({
    'binops': binops, 'complexops': complexops, 'unops': unops, 'floatrepr': floatrepr, 'formats': formats,
    'intparse': intparse, 'floatparse': floatparse, 'complexparse': complexparse, 'rounds': rounds,
    'tobytes': tobytes,
}, open(__file__.replace('gen_cases.py', 'cases.json'), 'w'), separators=(',', ':'))
