// The collections module (MicroPython py/modcollections.c): deque (objdeque.ts), namedtuple
// (objnamedtuple.ts) and OrderedDict, which lives here (MicroPython's mp_type_ordereddict is in
// py/objdict.c, which is not ours).
//
// OrderedDict is dict with its own type: our dicts already keep insertion order, so it differs only
// in its repr (`OrderedDict({'a': 1})`, printed by dict's repr from the type name) and in equality
// between two OrderedDicts, which also compares the order.
import { type Obj, PyType, BinaryOp } from './obj.js';
import { PyDict, dict_type } from './objdict.js';
import { eq } from './runtime.js';
import { newModule, type PyModule } from './objmodule.js';
import { deque_type } from './objdeque.js';
import { namedtuple, setAsdictType } from './objnamedtuple.js';

function orderedEqual(a: PyDict, b: PyDict): boolean {
  if (a === b) return true;
  if (a.map.size !== b.map.size) return false;
  const ia = a.map.entries();
  const ib = b.map.entries();
  for (let x = ia.next(), y = ib.next(); !x.done && !y.done; x = ia.next(), y = ib.next()) {
    const ka = a.keyOf(x.value[0]);
    const kb = b.keyOf(y.value[0]);
    if (ka !== kb && !eq(ka, kb)) return false;
    const va = x.value[1];
    const vb = y.value[1];
    if (va !== vb && !eq(va, vb)) return false;
  }
  return true;
}

export const ordereddict_type: PyType = new PyType({
  name: 'OrderedDict',
  base: dict_type,
  module: 'collections',
  baseType: true,
  binaryOp: (op: number, lhs: Obj, rhs: Obj) => {
    if ((op === BinaryOp.EQUAL || op === BinaryOp.NOT_EQUAL) && rhs instanceof PyDict && rhs.type.isSubtypeOf(ordereddict_type)) {
      return orderedEqual(lhs as PyDict, rhs) === (op === BinaryOp.EQUAL);
    }
    return dict_type.binaryOp!(op, lhs, rhs);
  },
});

setAsdictType(ordereddict_type);

export function makeCollectionsModule(): PyModule {
  const m = newModule('collections');
  const g = m.globals;
  g.set('deque', deque_type);
  g.set('namedtuple', namedtuple);
  g.set('OrderedDict', ordereddict_type);
  return m;
}
