// The `micropython` command: the twin of MicroPython's unix port (ports/unix/main.c).
//   micropython [-i] [-O[N]] [-X opt] [-c CMD | -m MODULE | FILE] [args...]
import * as path from 'node:path';
import * as fs from 'node:fs';
import { setHal } from '../../py/mphal.js';
import { nodeHal, flushStdout, readAllStdin } from './hal.js';
import type { Obj } from '../../py/obj.js';
import { PyException, SystemExit } from '../../py/objexcept.js';
import { toPyException } from '../../py/runtime.js';
import { execSource, formatException } from '../../py/execute.js';
import { newModule } from '../../py/objmodule.js';
import { sysArgv, sysPath, sysModules } from '../../py/modsys.js';
import { importModule } from '../../py/builtinimport.js';
import { setOptions, options } from './options.js';
import { runRepl } from './repl.js';
import { setOptLevel } from '../../py/modmicropython.js';
import '../../py/modules.js'; // registers the built-in modules (math, gc, errno ...)

const USAGE = `usage: micropython [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>]
Options:
-h : print this help message
-i : enable inspection via REPL after running command/module/file
-O[N] : apply bytecode optimizations of level N
-c : run the given command
-m : run the given module as a script

Implementation specific options (-X):
  heapsize=<n>[w][K|M] -- 1024 (default)
  emit={bytecode,native,viper} -- set the default code emitter
  jit={off,auto,always} -- compile hot code to JS functions (auto, the default), all code, or none
`;

/** Exit status for an uncaught exception (handle_uncaught_exception in the unix port). */
function handleUncaught(e: unknown): number {
  const exc = toPyException(e);
  if (exc.type.isSubtypeOf(SystemExit)) {
    const v: Obj | undefined = exc.args.length > 0 ? exc.args[0] : undefined;
    if (v === undefined || (typeof v === 'object' && (v as { type: { name: string } }).type.name === 'NoneType')) return 0;
    if (typeof v === 'number') return v & 255;
    if (typeof v === 'boolean') return v ? 1 : 0;
    return 1;
  }
  nodeHal.stderr(formatException(exc));
  return 1;
}

function runMain(source: string, filename: string): number {
  const mod = newModule('__main__');
  sysModules.set('__main__', mod);
  if (filename !== '<stdin>' && filename !== '<string>') mod.globals.set('__file__', filename);
  try {
    execSource(source, filename, mod.globals, 'exec');
    return 0;
  } catch (e) {
    return handleUncaught(e);
  }
}

function setArgv(items: string[]): void {
  sysArgv.items.length = 0;
  for (const s of items) sysArgv.items.push(s);
}

export function main(argv: string[]): void {
  setHal(nodeHal);
  let code = 0;
  let ran = false;
  let inspect = false;
  try {
    for (let a = 0; a < argv.length; a++) {
      const arg = argv[a];
      if (arg.startsWith('-') && arg !== '-') {
        if (arg === '-i') inspect = true;
        else if (arg === '-h' || arg === '--help') {
          nodeHal.stdout(USAGE);
          ran = true;
          break;
        } else if (arg === '-c') {
          if (a + 1 >= argv.length) return exit(invalidArgs());
          setArgv(['-c', ...argv.slice(a + 2)]);
          code = runMain(argv[a + 1], '<stdin>');
          ran = true;
          break;
        } else if (arg === '-m') {
          if (a + 1 >= argv.length) return exit(invalidArgs());
          setArgv([argv[a + 1], ...argv.slice(a + 2)]);
          code = runModule(argv[a + 1]);
          ran = true;
          break;
        } else if (arg === '-X') {
          if (a + 1 >= argv.length) return exit(invalidArgs());
          setOptions(argv[++a]);
        } else if (arg.startsWith('-O')) {
          const n = arg.slice(2);
          options.optLevel = /^\d$/.test(n) ? Number(n) : arg.length - 1;
          setOptLevel(options.optLevel);
        } else if (arg === '-v') {
          options.verbose++;
        } else return exit(invalidArgs());
      } else {
        const file = arg;
        let real: string;
        try {
          real = fs.realpathSync(file);
        } catch (e) {
          const err = e as NodeJS.ErrnoException;
          nodeHal.stderr(`micropython: can't open file '${file}': [Errno ${-(err.errno ?? -2)}] ${describeErrno(err.code)}\n`);
          return exit(2);
        }
        sysPath.items[0] = path.dirname(real);
        setArgv(argv.slice(a));
        const src = fs.readFileSync(real, 'utf8');
        code = runMain(src, file);
        ran = true;
        break;
      }
    }
    if (!ran || inspect) {
      if (process.stdin.isTTY || inspect) {
        code = runRepl();
      } else {
        code = runMain(readAllStdin(), '<stdin>');
      }
    }
  } catch (e) {
    code = handleUncaught(e);
  }
  exit(code);
}

function runModule(name: string): number {
  try {
    importModule(name, true);
    return 0;
  } catch (e) {
    if (e instanceof PyException) return handleUncaught(e);
    return handleUncaught(e);
  }
}

function invalidArgs(): number {
  nodeHal.stderr('Invalid command line arguments. Use -h option for help.\n');
  return 1;
}

function describeErrno(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return 'No such file or directory';
    case 'EACCES':
      return 'Permission denied';
    case 'EISDIR':
      return 'Is a directory';
    default:
      return code ?? 'error';
  }
}

function exit(code: number): void {
  flushStdout();
  process.exit(code);
}
