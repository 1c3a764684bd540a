// Shared by the strings tests: execute a snippet with micropython-ts and return its output.
// bytearray, memoryview and format are put in the globals if the builtins module lacks them.
let execute = null;
try {
  execute = await import('../../../dist/py/execute.js');
} catch {
  execute = null;
}
export const e2eSkip = execute === null || typeof execute.execSource !== 'function' ? 'execute.ts not built yet' : false;

const { setHal } = await import('../../../dist/py/mphal.js');
const { PyDict } = await import('../../../dist/py/objdict.js');
const { builtinsDict } = await import('../../../dist/py/modbuiltins.js');
const { bytearray_type, memoryview_type } = await import('../../../dist/py/objarray.js');
const { formatValue } = await import('../../../dist/py/objstrformat.js');
const { builtin } = await import('../../../dist/py/objfun.js');

let out = '';
setHal({
  stdout: (s) => { out += s; },
  stderr: (s) => { out += s; },
  readLine: () => null,
  readFile: () => null,
  stat: () => null,
  ticksMs: () => Date.now(),
});

const extras = {
  bytearray: bytearray_type,
  memoryview: memoryview_type,
  format: builtin('format', (args) => formatValue(args[0], args.length > 1 ? args[1] : '')),
};

export async function runSnippet(src, name = '<test>') {
  const g = new PyDict();
  g.set('__name__', '__main__');
  for (const [k, v] of Object.entries(extras)) if (builtinsDict.get(k) === undefined) g.set(k, v);
  out = '';
  try {
    execute.execSource(src, name, g, 'exec');
  } catch (e) {
    if (e && e.type && typeof execute.formatException === 'function') out += execute.formatException(e);
    else out += 'JS ERROR: ' + (e && e.stack ? e.stack : String(e)) + '\n';
  }
  return out;
}
