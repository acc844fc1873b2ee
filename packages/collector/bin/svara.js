#!/usr/bin/env node
// The installed `svara` command: runs the built CLI (dist/cli.js). In this repository, without a build:
//   node --conditions=source --import tsx packages/collector/src/cli.ts <command> …
import { main, processIo } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2), processIo());
