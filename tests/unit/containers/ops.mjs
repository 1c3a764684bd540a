// BinaryOp / UnaryOp numbers (obj.ts const enums are inlined by tsc, so tests spell them out).
export const BinaryOp = {
  LESS: 0, MORE: 1, EQUAL: 2, LESS_EQUAL: 3, MORE_EQUAL: 4, NOT_EQUAL: 5, IN: 6, IS: 7,
  INPLACE_OR: 9, INPLACE_XOR: 10, INPLACE_AND: 11, INPLACE_ADD: 14, INPLACE_SUBTRACT: 15, INPLACE_MULTIPLY: 16,
  OR: 22, XOR: 23, AND: 24, ADD: 27, SUBTRACT: 28, MULTIPLY: 29, DIVMOD: 35, CONTAINS: 36,
};
export const UnaryOp = { POSITIVE: 0, NEGATIVE: 1, INVERT: 2, NOT: 3, BOOL: 4, LEN: 5, HASH: 6, ABS: 7 };
