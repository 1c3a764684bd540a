// help() (MicroPython py/builtinhelp.c): a short welcome text, `help(obj)` listing an object's
// members, and `help('modules')` listing the built-in modules.
import { type Obj, None, PyType } from './obj.js';
import { type PyBuiltin, builtin } from './objfun.js';
import { hal } from './mphal.js';
import { repr, typeOf } from './runtime.js';
import { PyModule } from './objmodule.js';
import { builtinModuleNames } from './builtinimport.js';

const WELCOME = `Welcome to MicroPython-ts, MicroPython in TypeScript for Node.js and the browser.

For the language and its differences from CPython, see MicroPython's documentation.
In the REPL: Tab completes names, Up/Down recall history, Ctrl-C interrupts a running
program, Ctrl-D on an empty line exits, Ctrl-E enters paste mode.

help(obj) lists what an object holds; help('modules') lists the built-in modules.
`;

function listMembers(entries: Iterable<[string, Obj]>): void {
  for (const [name, value] of entries) hal.stdout(`  ${name} -- ${repr(value)}\n`);
}

function helpFor(o: Obj): void {
  if (o === 'modules') {
    hal.stdout(builtinModuleNames().sort().join('\n') + '\n');
    return;
  }
  const t = typeOf(o);
  hal.stdout(`object ${repr(o)} is of type ${t.name}\n`);
  if (o instanceof PyModule) {
    listMembers(o.globals.entries() as [string, Obj][]);
  } else {
    const cls = o instanceof PyType ? o : t;
    listMembers(cls.locals);
  }
}

export const builtin_help: PyBuiltin = builtin('help', (args) => {
  if (args.length === 0) hal.stdout(WELCOME);
  else helpFor(args[0]);
  return None;
});
