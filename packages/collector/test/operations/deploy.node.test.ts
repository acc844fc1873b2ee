/**
 * deploy/: the systemd units are checked by systemd itself (`systemd-analyze verify`, where any warning fails the
 * test), carry the hardening the deployment guide promises, and their command lines run: the same arguments,
 * with the example environment file's values, start the collector, migrate and back up.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { main } from '../../src/cli.js';
import type { Io } from '../../src/commands/types.js';
import { ROOT, tempDir } from '../helpers.js';

const DEPLOY = join(ROOT, 'deploy');
const UNITS = ['svara.service', 'svara-backup.service', 'svara-backup.timer'];

/** systemd-analyze, installed with Debian's systemd package when missing and we are root on Debian. */
function systemdAnalyze(): string {
  const found = spawnSync('systemd-analyze', ['--version'], { encoding: 'utf8' });
  if (found.status === 0) return 'systemd-analyze';
  if (process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { env, stdio: 'inherit' });
    const installed = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'systemd'], {
      env,
      stdio: 'inherit',
    });
    if (installed.status === 0) return 'systemd-analyze';
  }
  throw new Error('systemd-analyze is needed to check deploy/*.service: apt-get install systemd (Debian).');
}

/** A unit file as `Key` → values (a key may repeat), per section. */
function unit(name: string): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  let section = '';
  for (const raw of readFileSync(join(DEPLOY, name), 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) {
      section = header[1]!;
      continue;
    }
    const [key, ...value] = line.split('=');
    const full = `${section}.${key!}`;
    keys.set(full, [...(keys.get(full) ?? []), value.join('=')]);
  }
  return keys;
}

/** The example environment file's assignments. */
function exampleEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(join(DEPLOY, 'svara.env.example'), 'utf8').split('\n')) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line);
    if (match) env[match[1]!] = match[2]!;
  }
  return env;
}

/** An Exec line's arguments after `node …/dist/cli.js`, expanded the way systemd does (${X} one word, $X split). */
function cliArguments(line: string, env: Record<string, string>): string[] {
  const words = line.split(/\s+/);
  assert.equal(words[0], '/usr/bin/node', 'run by node itself');
  assert.equal(words[1], '/opt/svara/node_modules/@svara/collector/dist/cli.js', 'the built CLI, no tsx');
  return words.slice(2).flatMap((word) => {
    const braced = /^\$\{(\w+)\}$/.exec(word);
    if (braced) return [env[braced[1]!] ?? ''];
    const bare = /^\$(\w+)$/.exec(word);
    if (bare) return (env[bare[1]!] ?? '').split(/\s+/).filter(Boolean);
    return [word];
  });
}

describe('deploy/ systemd units', () => {
  test('systemd-analyze verify finds nothing to say about them', () => {
    const result = spawnSync(systemdAnalyze(), ['verify', ...UNITS.map((name) => join(DEPLOY, name))], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(`${result.stdout}${result.stderr}`.trim(), '', 'no warnings (unknown keys, bad values)');
  });

  test('the service is hardened as the guide says, with secrets only in the environment file', () => {
    const service = unit('svara.service');
    const one = (key: string) => service.get(`Service.${key}`)?.at(-1);
    assert.equal(one('DynamicUser'), 'yes');
    assert.equal(one('ProtectSystem'), 'strict');
    assert.equal(one('StateDirectory'), 'svara');
    assert.equal(one('NoNewPrivileges'), 'yes');
    assert.equal(one('EnvironmentFile'), '/etc/svara/svara.env');
    assert.equal(one('PrivateTmp'), 'yes');
    assert.equal(one('CapabilityBoundingSet'), '');
    assert.equal(one('KillSignal'), 'SIGTERM', 'a clean stop commits queued answers');
    assert.equal(service.has('Service.MemoryDenyWriteExecute'), false, "V8's JIT needs W+X memory");
    const text = readFileSync(join(DEPLOY, 'svara.service'), 'utf8');
    assert.doesNotMatch(text, /tsx|src\/cli\.ts/);
    assert.doesNotMatch(
      text.replace(/^#.*$/gm, ''),
      /SVARA_SESSION_SECRET|SVARA_OIDC_CLIENT_SECRET|postgres:\/\//,
    );

    const backup = unit('svara-backup.service');
    assert.equal(backup.get('Service.User')?.[0], one('User'), 'the same dynamic user owns /var/lib/svara');
    assert.equal(backup.get('Service.StateDirectory')?.[0], 'svara');
    assert.equal(backup.get('Service.EnvironmentFile')?.[0], '/etc/svara/svara.env');
    assert.equal(unit('svara-backup.timer').get('Timer.Persistent')?.[0], 'yes');
  });

  test('their command lines run: migrate, serve behind the proxy, back up into the backups directory', async () => {
    const dir = tempDir();
    try {
      const env = { ...exampleEnvironment(), SVARA_DB: join(dir.dir, 'svara.sqlite'), SVARA_PORT: '0' };
      const io = (extra: Partial<Io> = {}): Io & { err(): string } => {
        let err = '';
        return {
          stdout: { write: () => true },
          stderr: { write: (t: string) => (err += t) },
          env,
          cwd: dir.dir,
          err: () => err,
          ...extra,
        };
      };
      const service = unit('svara.service');
      const pre = io();
      assert.equal(
        await main(cliArguments(service.get('Service.ExecStartPre')![0]!, env), pre),
        0,
        pre.err(),
      );

      let stop!: () => void;
      const stopped = new Promise<void>((resolve) => (stop = resolve));
      let listening!: (url: string) => void;
      const url = new Promise<string>((resolve) => (listening = resolve));
      const serveIo = io({
        stdout: {
          write: (t: string) => /listening on (\S+)/.test(t) && listening(/listening on (\S+)/.exec(t)![1]!),
        },
        stopped: () => stopped,
      });
      const args = cliArguments(service.get('Service.ExecStart')![0]!, env);
      assert.deepEqual(args.slice(args.indexOf('--public-url'), args.indexOf('--public-url') + 2), [
        '--public-url',
        'https://svar.example.se',
      ]);
      const running = main(args, serveIo);
      try {
        const base = await Promise.race([url, running.then(() => assert.fail(serveIo.err()))]);
        assert.match(base, /^http:\/\/127\.0\.0\.1:\d+/);
        const preflight = await fetch(`${base}/api/surveys`, {
          headers: { origin: 'https://www.example.se' },
        });
        assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://www.example.se');
      } finally {
        stop();
      }
      assert.equal(await running, 0, serveIo.err());

      const backupLine = unit('svara-backup.service').get('Service.ExecStart')![0]!;
      const backupArgs = cliArguments(backupLine, env).map((arg) =>
        arg.replace('/var/lib/svara/', `${dir.dir}/`),
      );
      const backupIo = io();
      assert.equal(await main(backupArgs, backupIo), 0, backupIo.err());
      assert.ok(existsSync(join(dir.dir, 'backups')));
    } finally {
      dir.remove();
    }
  });
});
