// End-to-end class programs through execSource (skipped until execute.ts is built).
// Expected output is CPython 3.11's, which MicroPython matches for these programs.
import { test } from 'node:test';
import assert from 'node:assert/strict';

let execSource = null;
let PyDict = null;
let mphal = null;
try {
  ({ execSource } = await import('../../../dist/py/execute.js'));
  ({ PyDict } = await import('../../../dist/py/objdict.js'));
  mphal = await import('../../../dist/py/mphal.js');
} catch {
  execSource = null;
}

/** Run source, returning what it printed. */
function run(source) {
  let out = '';
  const saved = mphal.hal;
  mphal.setHal({ ...saved, stdout: (s) => { out += s; } });
  try {
    const g = new PyDict();
    g.set('__name__', '__main__');
    execSource(source, '<test>', g, 'exec');
  } finally {
    mphal.setHal(saved);
  }
  return out;
}

const CASES = [
  ["zero_arg_super", "\nclass Base:\n    def __init__(self, v):\n        self.v = v\n    def describe(self):\n        return 'base(%s)' % self.v\nclass Child(Base):\n    def __init__(self, v):\n        super().__init__(v * 2)\n    def describe(self):\n        return 'child<' + super().describe() + '>'\nc = Child(5)\nprint(c.describe(), c.v)\nprint(super(Child, c).describe())\n", "child<base(10)> 10\nbase(10)\n"],
  ["special_methods", "\nclass V:\n    def __init__(self, x): self.x = x\n    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))\n    def __radd__(self, o): return V(o + self.x)\n    def __eq__(self, o): return isinstance(o, V) and o.x == self.x\n    def __lt__(self, o): return self.x < o.x\n    def __repr__(self): return 'V(%d)' % self.x\n    def __len__(self): return self.x\n    def __getitem__(self, i):\n        if i >= self.x: raise IndexError\n        return i\nprint(V(1) + V(2), 3 + V(1), V(2) + 5)\nprint(V(1) == V(1), V(1) != V(2), V(2) > V(1), sorted([V(3), V(1), V(2)]))\nprint(len(V(4)), list(V(3)), 2 in V(3), bool(V(0)))\ntry:\n    hash(V(1))\nexcept TypeError:\n    print('unhashable')\n", "V(3) V(4) V(7)\nTrue True True [V(1), V(2), V(3)]\n4 [0, 1, 2] True False\nunhashable\n"],
  ["native_subclasses", "\nclass MyList(list):\n    def total(self):\n        return sum(self)\nl = MyList([1, 2, 3])\nl.append(4)\nl.tag = 'x'\nprint(l, l.total(), len(l), isinstance(l, list), l.tag)\nclass Pair(list):\n    def __init__(self, a, b):\n        super().__init__([a, b])\nprint(Pair(1, 2))\nclass MyExc(ValueError):\n    def __init__(self, field, problem):\n        super().__init__(field, problem)\n        self.field = field\ntry:\n    raise MyExc('age', 'neg')\nexcept ValueError as e:\n    print(type(e).__name__, e.args, e.field, str(e))\nclass Num(int):\n    def double(self):\n        return self * 2\nn = Num(21)\nprint(n, n.double(), n + 1, isinstance(n, int))\n", "[1, 2, 3, 4] 10 4 True x\n[1, 2]\nMyExc ('age', 'neg') age ('age', 'neg')\n21 42 22 True\n"],
  ["property_descriptors", "\nclass T:\n    def __init__(self): self._c = 0\n    @property\n    def c(self): return self._c\n    @c.setter\n    def c(self, v): self._c = v * 2\n    @staticmethod\n    def s(a): return a + 1\n    @classmethod\n    def k(cls): return cls.__name__\nt = T()\nt.c = 5\nprint(t.c, T.s(1), t.s(2), T.k(), t.k())\ntry:\n    del t.c\nexcept AttributeError:\n    print('AttributeError')\nclass D:\n    def __get__(self, obj, owner=None):\n        return 'got' if obj is not None else 'cls'\nclass H:\n    d = D()\nprint(H().d, H.d)\n", "10 2 3 T T\nAttributeError\ngot cls\n"],
  ["getattr_setattr", "\nclass Dyn:\n    def __getattr__(self, name):\n        if name.startswith('x'):\n            return 'dyn:' + name\n        raise AttributeError(name)\n    def __setattr__(self, name, value):\n        print('set', name)\n        object.__setattr__(self, name, value)\nd = Dyn()\nd.a = 1\nprint(d.a, d.xq, getattr(d, 'q', 'dflt'), hasattr(d, 'q'))\n", "set a\n1 dyn:xq dflt False\n"],
  ["new_and_type", "\nclass Single:\n    _inst = None\n    def __new__(cls):\n        if cls._inst is None:\n            cls._inst = super().__new__(cls)\n        return cls._inst\nprint(Single() is Single())\nX = type('X', (), {'k': 7})\nprint(X().k, X.__name__, type(X()) is X, type(3) is int)\nclass A: pass\nclass B(A): pass\nprint(issubclass(B, A), isinstance(B(), (int, A)), B.__bases__ == (A,))\nclass R:\n    def __init__(self): return 1\ntry:\n    R()\nexcept TypeError as e:\n    print('TypeError')\n", "True\n7 X True True\nTrue True True\nTypeError\n"]
];

for (const [name, source, expected] of CASES) {
  test(name, (t) => {
    if (execSource === null) return t.skip('execute.ts not built yet');
    assert.equal(run(source), expected);
  });
}
