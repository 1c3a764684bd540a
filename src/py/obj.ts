// The value representation and the type object: the twin of MicroPython's py/obj.h.
//
// A Python value is one of:
//   number   an int that is a safe integer (|n| <= 2^53-1); never a float
//   bigint   an int outside the safe range (always normalized back to number when it fits)
//   string   a str (JS string; indexing is by code point)
//   boolean  a bool
//   object   anything else: an instance of a class with a `type` field (PyObject)
// Type dispatch is `typeof` first, then `.type` (see typeOf in runtime.ts).

export type Obj = number | bigint | string | boolean | PyObject;

/** Keyword arguments of a call: name → value, in call order; null when there are none. */
export type KwArgs = Map<string, Obj> | null;

/** Every non-primitive Python value has its type as the `type` field (first field, for monomorphic access). */
export interface PyObject {
  type: PyType;
}

/** A builtin callable's JS implementation. args are positional; kw is null when no keywords were passed. */
export type NativeFn = (args: Obj[], kw: KwArgs) => Obj;

// Slot signatures. A slot that "does not support" an operation returns undefined (MicroPython's MP_OBJ_NULL),
// so the runtime can try the reflected operation or raise the standard TypeError.
export type MakeNewSlot = (type: PyType, args: Obj[], kw: KwArgs) => Obj;
export type CallSlot = (self: Obj, args: Obj[], kw: KwArgs) => Obj;
export type UnaryOpSlot = (op: number, self: Obj) => Obj | undefined;
export type BinaryOpSlot = (op: number, lhs: Obj, rhs: Obj) => Obj | undefined;
export type GetAttrSlot = (self: Obj, name: string) => Obj | undefined;
/** value undefined means delete; returns false if the attribute cannot be stored (runtime raises AttributeError). */
export type SetAttrSlot = (self: Obj, name: string, value: Obj | undefined) => boolean;
export type GetItemSlot = (self: Obj, index: Obj) => Obj;
export type SetItemSlot = (self: Obj, index: Obj, value: Obj) => void;
export type DelItemSlot = (self: Obj, index: Obj) => void;
export type GetIterSlot = (self: Obj) => Obj;
/** Returns undefined when exhausted (MicroPython's MP_OBJ_STOP_ITERATION): no exception on the common path. */
export type IterNextSlot = (self: Obj) => Obj | undefined;
export type ReprSlot = (self: Obj) => string;
export type HashSlot = (self: Obj) => number;
export type LenSlot = (self: Obj) => number;
export type BoolSlot = (self: Obj) => boolean;
export type BufferSlot = (self: Obj) => Uint8Array | null;
/** Descriptor __get__: instance is null when looked up on the class itself. */
export type DescrGetSlot = (self: Obj, instance: Obj | null, owner: PyType) => Obj;

export interface TypeSpec {
  name: string;
  base?: PyType | null;
  bases?: PyType[];
  module?: string;
  makeNew?: MakeNewSlot | null;
  call?: CallSlot | null;
  unaryOp?: UnaryOpSlot | null;
  binaryOp?: BinaryOpSlot | null;
  getAttr?: GetAttrSlot | null;
  setAttr?: SetAttrSlot | null;
  getItem?: GetItemSlot | null;
  setItem?: SetItemSlot | null;
  delItem?: DelItemSlot | null;
  getIter?: GetIterSlot | null;
  iterNext?: IterNextSlot | null;
  repr?: ReprSlot | null;
  str?: ReprSlot | null;
  hash?: HashSlot | null;
  len?: LenSlot | null;
  bool?: BoolSlot | null;
  buffer?: BufferSlot | null;
  descrGet?: DescrGetSlot | null;
  /** Instances are plain functions: found on a type they bind to the instance (LOAD_METHOD skips the binding). */
  isFunction?: boolean;
  /** Methods and class attributes (the type's locals dict). */
  locals?: Record<string, Obj>;
  /** Whether Python classes may derive from it. */
  baseType?: boolean;
}

/**
 * A type object, as MicroPython's mp_obj_type_t: a name, bases, slots and a locals dict.
 * Every slot is initialised (null when absent) so all types share one hidden class.
 */
export class PyType implements PyObject {
  type!: PyType; // type_type; set after type_type exists
  name: string;
  module: string;
  bases: PyType[];
  mro: PyType[];
  locals: Map<string, Obj>;
  makeNew: MakeNewSlot | null;
  call: CallSlot | null;
  unaryOp: UnaryOpSlot | null;
  binaryOp: BinaryOpSlot | null;
  getAttr: GetAttrSlot | null;
  setAttr: SetAttrSlot | null;
  getItem: GetItemSlot | null;
  setItem: SetItemSlot | null;
  delItem: DelItemSlot | null;
  getIter: GetIterSlot | null;
  iterNext: IterNextSlot | null;
  repr: ReprSlot | null;
  str: ReprSlot | null;
  hash: HashSlot | null;
  len: LenSlot | null;
  bool: BoolSlot | null;
  buffer: BufferSlot | null;
  descrGet: DescrGetSlot | null;
  isFunction: boolean;
  baseType: boolean;
  /** True for classes defined in Python (class statement); their instances carry a dict. */
  isUserClass: boolean;
  /** The nearest native (non-user) type in the MRO: what instances are made of. */
  nativeBase: PyType;
  /** Bumped whenever the locals of this type or a base change; inline caches compare it. */
  version: number;

  constructor(spec: TypeSpec) {
    this.type = type_type_ref; // undefined only while type_type itself is being built
    this.name = spec.name;
    this.module = spec.module ?? 'builtins';
    const bases = spec.bases ?? (spec.base ? [spec.base] : spec.base === null ? [] : object_type_ref ? [object_type_ref] : []);
    this.bases = bases;
    this.mro = [this];
    for (const b of bases) for (const t of b.mro) if (!this.mro.includes(t)) this.mro.push(t);
    this.locals = new Map(Object.entries(spec.locals ?? {}));
    // Slots are inherited from the first base unless given.
    const b0 = bases[0] ?? null;
    this.makeNew = spec.makeNew !== undefined ? spec.makeNew : b0 ? b0.makeNew : null;
    this.call = spec.call !== undefined ? spec.call : b0 ? b0.call : null;
    this.unaryOp = spec.unaryOp !== undefined ? spec.unaryOp : b0 ? b0.unaryOp : null;
    this.binaryOp = spec.binaryOp !== undefined ? spec.binaryOp : b0 ? b0.binaryOp : null;
    this.getAttr = spec.getAttr !== undefined ? spec.getAttr : b0 ? b0.getAttr : null;
    this.setAttr = spec.setAttr !== undefined ? spec.setAttr : b0 ? b0.setAttr : null;
    this.getItem = spec.getItem !== undefined ? spec.getItem : b0 ? b0.getItem : null;
    this.setItem = spec.setItem !== undefined ? spec.setItem : b0 ? b0.setItem : null;
    this.delItem = spec.delItem !== undefined ? spec.delItem : b0 ? b0.delItem : null;
    this.getIter = spec.getIter !== undefined ? spec.getIter : b0 ? b0.getIter : null;
    this.iterNext = spec.iterNext !== undefined ? spec.iterNext : b0 ? b0.iterNext : null;
    this.repr = spec.repr !== undefined ? spec.repr : b0 ? b0.repr : null;
    this.str = spec.str !== undefined ? spec.str : b0 ? b0.str : null;
    this.hash = spec.hash !== undefined ? spec.hash : b0 ? b0.hash : null;
    this.len = spec.len !== undefined ? spec.len : b0 ? b0.len : null;
    this.bool = spec.bool !== undefined ? spec.bool : b0 ? b0.bool : null;
    this.buffer = spec.buffer !== undefined ? spec.buffer : b0 ? b0.buffer : null;
    this.descrGet = spec.descrGet !== undefined ? spec.descrGet : b0 ? b0.descrGet : null;
    this.isFunction = spec.isFunction ?? false;
    this.baseType = spec.baseType ?? false;
    this.isUserClass = false;
    this.nativeBase = this;
    this.version = 0;
  }

  /** Find an attribute along the MRO (no descriptors applied). */
  lookup(name: string): Obj | undefined {
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i].locals.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  isSubtypeOf(other: PyType): boolean {
    return this === other || this.mro.includes(other);
  }
}

// Bootstrap: object and type refer to each other.
let object_type_ref: PyType | undefined;
let type_type_ref: PyType = undefined as unknown as PyType;

export const object_type: PyType = new PyType({ name: 'object', base: null, baseType: true });
object_type_ref = object_type;
export const type_type: PyType = new PyType({ name: 'type', base: object_type, baseType: true });
type_type_ref = type_type;
object_type.type = type_type;
type_type.type = type_type;

/** A simple singleton: None, NotImplemented, Ellipsis. */
export class PySingleton implements PyObject {
  constructor(public type: PyType, public readonly name: string) {}
}

const singletonRepr: ReprSlot = (self) => (self as PySingleton).name;

export const NoneType = new PyType({ name: 'NoneType', repr: singletonRepr, bool: () => false, hash: () => 0x5eed });
export const None = new PySingleton(NoneType, 'None');
export const NotImplementedType = new PyType({ name: 'NotImplementedType', repr: singletonRepr });
export const NotImplemented = new PySingleton(NotImplementedType, 'NotImplemented');
export const EllipsisType = new PyType({ name: 'ellipsis', repr: singletonRepr });
export const Ellipsis = new PySingleton(EllipsisType, 'Ellipsis');

export function isNone(o: Obj): boolean {
  return o === None;
}

// Unary operators (py/runtime0.h order). The first four appear in bytecode.
export const enum UnaryOp {
  POSITIVE = 0,
  NEGATIVE = 1,
  INVERT = 2,
  NOT = 3,
  // runtime only
  BOOL = 4,
  LEN = 5,
  HASH = 6,
  ABS = 7,
  INT_MAYBE = 8,
  FLOAT_MAYBE = 9,
  COMPLEX_MAYBE = 10,
  SIZEOF = 11,
}

// Binary operators (py/runtime0.h order). 0..34 appear in bytecode.
export const enum BinaryOp {
  LESS = 0,
  MORE = 1,
  EQUAL = 2,
  LESS_EQUAL = 3,
  MORE_EQUAL = 4,
  NOT_EQUAL = 5,
  IN = 6,
  IS = 7,
  EXCEPTION_MATCH = 8,
  INPLACE_OR = 9,
  INPLACE_XOR = 10,
  INPLACE_AND = 11,
  INPLACE_LSHIFT = 12,
  INPLACE_RSHIFT = 13,
  INPLACE_ADD = 14,
  INPLACE_SUBTRACT = 15,
  INPLACE_MULTIPLY = 16,
  INPLACE_MAT_MULTIPLY = 17,
  INPLACE_FLOOR_DIVIDE = 18,
  INPLACE_TRUE_DIVIDE = 19,
  INPLACE_MODULO = 20,
  INPLACE_POWER = 21,
  OR = 22,
  XOR = 23,
  AND = 24,
  LSHIFT = 25,
  RSHIFT = 26,
  ADD = 27,
  SUBTRACT = 28,
  MULTIPLY = 29,
  MAT_MULTIPLY = 30,
  FLOOR_DIVIDE = 31,
  TRUE_DIVIDE = 32,
  MODULO = 33,
  POWER = 34,
  // runtime only
  DIVMOD = 35,
  CONTAINS = 36,
  REVERSE_OR = 37,
  REVERSE_XOR = 38,
  REVERSE_AND = 39,
  REVERSE_LSHIFT = 40,
  REVERSE_RSHIFT = 41,
  REVERSE_ADD = 42,
  REVERSE_SUBTRACT = 43,
  REVERSE_MULTIPLY = 44,
  REVERSE_MAT_MULTIPLY = 45,
  REVERSE_FLOOR_DIVIDE = 46,
  REVERSE_TRUE_DIVIDE = 47,
  REVERSE_MODULO = 48,
  REVERSE_POWER = 49,
  // synthesised by the compiler, never seen by the runtime
  NOT_IN = 50,
  IS_NOT = 51,
}

/** Offset from an INPLACE_x op to its plain x op, and from x to REVERSE_x. */
export const INPLACE_TO_PLAIN = BinaryOp.OR - BinaryOp.INPLACE_OR;
export const PLAIN_TO_REVERSE = BinaryOp.REVERSE_OR - BinaryOp.OR;

/** Python-level operator symbols, for error messages ("unsupported types for +: 'int' and 'str'"). */
export const BINARY_OP_SYMBOL: readonly string[] = [
  '<', '>', '==', '<=', '>=', '!=', 'in', 'is', 'exception match',
  '|=', '^=', '&=', '<<=', '>>=', '+=', '-=', '*=', '@=', '//=', '/=', '%=', '**=',
  '|', '^', '&', '<<', '>>', '+', '-', '*', '@', '//', '/', '%', '**',
  'divmod', 'in',
];

/** Special-method names for binary ops (user classes route these to slots). */
export const BINARY_OP_METHOD: readonly string[] = [
  '__lt__', '__gt__', '__eq__', '__le__', '__ge__', '__ne__', '__contains__', '', '',
  '__ior__', '__ixor__', '__iand__', '__ilshift__', '__irshift__', '__iadd__', '__isub__', '__imul__', '__imatmul__',
  '__ifloordiv__', '__itruediv__', '__imod__', '__ipow__',
  '__or__', '__xor__', '__and__', '__lshift__', '__rshift__', '__add__', '__sub__', '__mul__', '__matmul__',
  '__floordiv__', '__truediv__', '__mod__', '__pow__',
  '__divmod__', '__contains__',
  '__ror__', '__rxor__', '__rand__', '__rlshift__', '__rrshift__', '__radd__', '__rsub__', '__rmul__', '__rmatmul__',
  '__rfloordiv__', '__rtruediv__', '__rmod__', '__rpow__',
];

export const UNARY_OP_METHOD: readonly string[] = [
  '__pos__', '__neg__', '__invert__', '', '__bool__', '__len__', '__hash__', '__abs__', '__int__', '__float__', '__complex__', '__sizeof__',
];
