// `npm start`: installs what is missing, builds the demo from examples/ and serves it on
// http://127.0.0.1:8787 (PORT overrides). The collector will take over serving once it exists.
import { spawn, spawnSync } from 'node:child_process';
import { ensureDependencies, ensurePnpm, ROOT } from './setup.mjs';

const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';

const pnpm = ensurePnpm();
ensureDependencies(pnpm);

process.stdout.write('[svara] Building the demo …\n');
const build = spawnSync(pnpm, ['exec', 'vite', 'build', '--logLevel', 'warn'], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const server = spawn(
  pnpm,
  ['exec', 'vite', 'preview', '--host', host, '--port', String(port), '--strictPort'],
  { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
);
server.stdout.on('data', (chunk) => {
  // Vite prints its own banner; ours is the one line that matters.
  if (/Local:/.test(String(chunk)))
    process.stdout.write(`[svara] The demo runs at http://${host}:${port}/\n`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
