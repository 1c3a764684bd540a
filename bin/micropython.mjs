#!/usr/bin/env node
// The one-file bundle (npm run build: tsc, then esbuild) starts ~40% faster than loading ~70 ES
// modules; the tsc output is used when there is no bundle or tsc ran after it (a stale bundle).
//
// The bundle is a CommonJS-style script compiled through node:vm with V8's code cache, kept next to
// it in main.bundle.cjs.cache (written by `npm run bundle`, rewritten here when missing or rejected):
// compiling the ~600 KB bundle from source is ~10 ms of a ~70 ms `micropython -c pass`, reading it
// from the cache ~3 ms. Node 20 has no code cache for ES modules (module.enableCompileCache is 22+).
import { createRequire } from 'node:module';

// Built-ins through require, not import: an ES import of node:fs builds its ES facade, which loads
// Node's stream modules (~1.5 ms; process.moduleLoadList shows them).
const require = createRequire(import.meta.url);
const { readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { Script } = require('node:vm');
const { fileURLToPath } = require('node:url');

// The VM's compiled tier (src/py/vmjit.ts) makes one big JS function per hot Python function;
// V8's default inlining budget stops inlining the small helpers (new PyFloat, PyDict.set) there.
require('node:v8').setFlagsFromString('--max-inlined-bytecode-size-cumulative=3000');

const bundleUrl = new URL('../dist/ports/node/main.bundle.cjs', import.meta.url);
const modulesUrl = new URL('../dist/ports/node/main.js', import.meta.url);

function statOf(u) {
  try {
    return statSync(u);
  } catch {
    return null;
  }
}

/**
 * Run the bundle and return its exports. The cache file starts with a line naming the bundle it was
 * made from (size and mtime): V8 itself checks only the source's length, its version and its flags.
 */
function loadBundle(st) {
  const file = fileURLToPath(bundleUrl);
  const cacheFile = file + '.cache';
  const stamp = `${st.size} ${st.mtimeMs}\n`;
  let cached;
  try {
    const buf = readFileSync(cacheFile);
    const nl = buf.indexOf(10);
    if (nl > 0 && buf.toString('latin1', 0, nl + 1) === stamp) cached = buf.subarray(nl + 1);
  } catch {
    // no cache yet
  }
  const source = readFileSync(file, 'utf8');
  // the parameters a CommonJS module gets, and the bundle's import.meta.url (see package.json's bundle)
  const wrapper = '(function (exports, require, module, __filename, __dirname, __bundle_url) {' + source + '\n})';
  const script = new Script(wrapper, { filename: file, cachedData: cached });
  if (cached === undefined || script.cachedDataRejected) {
    // made at exit, so that it holds the functions this run compiled as well
    process.once('exit', () => {
      try {
        const tmp = `${cacheFile}.${process.pid}`;
        writeFileSync(tmp, Buffer.concat([Buffer.from(stamp, 'latin1'), script.createCachedData()]));
        renameSync(tmp, cacheFile); // atomic: concurrent launches never read half a file
      } catch {
        // a read-only install: run without a cache
      }
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, fileURLToPath(new URL('.', bundleUrl)), bundleUrl.href);
  return module.exports;
}

const run = ({ main }) => main(process.argv.slice(2));
const bundleStat = statOf(bundleUrl);
const modulesStat = statOf(modulesUrl);
if (bundleStat !== null && (modulesStat === null || bundleStat.mtimeMs >= modulesStat.mtimeMs)) run(loadBundle(bundleStat));
else import(modulesUrl.href).then(run);
