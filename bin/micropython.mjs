#!/usr/bin/env node
import { main } from '../dist/ports/node/main.js';
main(process.argv.slice(2));
