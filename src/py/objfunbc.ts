// Bytecode functions (MicroPython py/objfun.c, the mp_obj_fun_bc_t part).
// A PyFunction is a RawCode bound to its module context (constant tables + globals) with its
// default arguments. Calling one from bytecode pushes a VM frame (no JS recursion); calling one
// from JS (a builtin calling back) runs a nested VM loop through the call slot.
import { type Obj, type PyObject, PyType } from './obj.js';
import type { RawCode } from './emitglue.js';
import type { PyDict } from './objdict.js';
import { id } from './runtime.js';
import { Code, getCode } from './vmdecode.js';
import { callFunction } from './vm.js';

/** What a function's bytecode operands refer to (MicroPython's mp_module_context_t). */
export interface ModuleContext {
  qstrs: string[];
  consts: Obj[];
  globals: PyDict;
}

export const function_type: PyType = new PyType({
  name: 'function',
  isFunction: true,
  call: (self, args, kw) => callFunction(self as PyFunction, args, kw),
  repr: (self) => `<function ${(self as PyFunction).code.name} at 0x${id(self).toString(16)}>`,
  getAttr: (self, name) => {
    const f = self as PyFunction;
    switch (name) {
      case '__name__':
        return f.code.name;
      case '__globals__':
        return f.ctx.globals;
    }
    return undefined;
  },
});

export class PyFunction implements PyObject {
  type: PyType = function_type;
  readonly code: Code;
  constructor(
    public readonly rc: RawCode,
    public readonly ctx: ModuleContext,
    /** Default values of the last positional parameters. */
    public readonly defaults: Obj[],
    /** Defaults of keyword-only parameters (MicroPython keeps them in a dict). */
    public readonly kwDefaults: PyDict | null,
  ) {
    this.code = getCode(rc, ctx);
  }

  get name(): string {
    return this.code.name;
  }
}
