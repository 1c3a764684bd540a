#!/usr/bin/env node
// npm run size: how big the interpreter is when shipped — the core (src/py) and the Node CLI,
// each bundled and minified with esbuild, raw and gzipped. A measurement, not a test.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const targets = [
  { name: 'core (src/py: compiler, VM, types, modules)', imports: ['src/py/execute.ts', 'src/py/modules.ts'], platform: 'neutral' },
  { name: 'node CLI (core + port + REPL)', imports: ['src/ports/node/main.ts'], platform: 'node' },
];

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
console.log('bundle'.padEnd(48) + 'minified'.padStart(11) + 'gzip'.padStart(11));
for (const t of targets) {
  const out = await build({
    stdin: { contents: t.imports.map((f) => `import './${f}';`).join('\n'), resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: t.platform,
    target: 'es2022',
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].contents;
  console.log(t.name.padEnd(48) + kb(code.length).padStart(11) + kb(gzipSync(code, { level: 9 }).length).padStart(11));
}
