// Run a Python file through micropython-ts with bytearray/memoryview/format available (until the
// builtins module registers them): node tests/unit/strings/run.mjs file.py
import { readFileSync } from 'node:fs';
import { runSnippet } from './harness.mjs';
process.stdout.write(await runSnippet(readFileSync(process.argv[2], 'utf8'), process.argv[2]));
