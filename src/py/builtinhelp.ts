// help() (MicroPython py/builtinhelp.c): a short welcome text, `help(obj)` listing an object's
// members, and `help('modules')` listing the built-in modules.
import { type Obj, None, PyType } from './obj.js';
import { type PyBuiltin, builtin } from './objfun.js';
import { hal } from './mphal.js';
import { str, typeOf } from './runtime.js';
import { PyModule } from './objmodule.js';
import { builtinModuleNames } from './builtinimport.js';

const WELCOME = `Welcome to MicroPython-ts, MicroPython in TypeScript for Node.js and the browser.

For the language and its differences from CPython, see MicroPython's documentation.
In the REPL: Tab completes names, Up/Down recall history, Ctrl-C interrupts a running
program, Ctrl-D on an empty line exits, Ctrl-E enters paste mode.

help(obj) lists what an object holds; help('modules') lists the built-in modules.
`;

// help() prints names and values with str(), as MicroPython does (`__name__ -- micropython`).
function listMembers(entries: Iterable<[Obj, Obj]>): void {
  for (const [name, value] of entries) hal.stdout(`  ${str(name)} -- ${str(value)}\n`);
}

const MODULE_COLUMNS = 4;
const MODULE_COLUMN_WIDTH = 18;

/** The built-in modules, sorted, in columns filled top to bottom, as MicroPython prints them. */
function listModules(): void {
  const names = builtinModuleNames().sort();
  const rows = Math.ceil(names.length / MODULE_COLUMNS);
  let out = '';
  for (let i = 0; i < rows; i++) {
    let line = names[i];
    for (let j = i + rows; j < names.length; j += rows) {
      // pad the previous name to its column's end (a name wider than a column takes two)
      let gap = MODULE_COLUMN_WIDTH - names[j - rows].length;
      while (gap < 1) gap += MODULE_COLUMN_WIDTH;
      line += ' '.repeat(gap) + names[j];
    }
    out += line + '\n';
  }
  hal.stdout(out + 'Plus any modules on the filesystem\n');
}

function helpFor(o: Obj): void {
  if (o === 'modules') {
    listModules();
    return;
  }
  const t = typeOf(o);
  hal.stdout(`object ${str(o)} is of type ${t.name}\n`);
  if (o instanceof PyModule) {
    listMembers(o.globals.entries());
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
