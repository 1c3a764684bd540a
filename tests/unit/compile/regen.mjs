// Regenerate the golden listings from MicroPython's mpy-cross (not needed to run the tests):
//   MPY_CROSS=/path/to/mpy-cross MPY_DIR=/path/to/micropython node tests/unit/compile/regen.mjs [names...]
// For each snippets/NAME.py, compiles it with mpy-cross, reads the .mpy and writes golden/NAME.txt
// (our disassembler's listing of mpy-cross's bytecode).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMpy } from './mpyread.mjs';
import { disassemble } from '../../../dist/py/showbc.js';

const here = dirname(fileURLToPath(import.meta.url));
const mpyCross = process.env.MPY_CROSS;
const mpyDir = process.env.MPY_DIR;
if (!mpyCross || !mpyDir) {
  console.error('set MPY_CROSS (the mpy-cross binary) and MPY_DIR (a MicroPython source tree)');
  process.exit(2);
}
const staticQstrs = JSON.parse(
  execFileSync('python3', ['-c', `import sys, json; sys.path.insert(0, ${JSON.stringify(join(mpyDir, 'py'))}); import makeqstrdata; print(json.dumps(makeqstrdata.static_qstr_list))`]).toString(),
);
const only = process.argv.slice(2);
const tmp = mkdtempSync(join(tmpdir(), 'mpygold-'));
let n = 0;
for (const f of readdirSync(join(here, 'snippets')).sort()) {
  if (!f.endsWith('.py')) continue;
  const name = f.slice(0, -3);
  if (only.length && !only.includes(name)) continue;
  copyFileSync(join(here, 'snippets', f), join(tmp, f));
  let out;
  try {
    execFileSync(mpyCross, ['-o', join(tmp, name + '.mpy'), f], { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'] });
    out = disassemble(readMpy(readFileSync(join(tmp, name + '.mpy')), staticQstrs));
  } catch (e) {
    // a compile error: record mpy-cross's last line (the exception)
    const msg = (e.stderr?.toString() ?? String(e)).trim().split('\n').pop();
    out = `error: ${msg}\n`;
  }
  writeFileSync(join(here, 'golden', name + '.txt'), out);
  n++;
}
rmSync(tmp, { recursive: true });
console.log(`regenerated ${n} golden listings`);
