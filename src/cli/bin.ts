#!/usr/bin/env node
/**
 * The `bem-sgb9` command. Everything it does goes through {@link runCli}, which tests call with
 * their own streams; this file only connects it to the process.
 */
import { runCli } from './run.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stderrIsTerminal: process.stderr.isTTY === true,
  stdin: process.stdin,
});
