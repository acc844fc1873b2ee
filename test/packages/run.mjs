// svara as an outside developer gets it: every published package packed with `pnpm pack` (after `npm run build`),
// the tarballs checked (no workspace: ranges, no `source` export condition, every export target present,
// custom-elements.json, licence, changelog, the ARASAAC notice), then installed with npm from the tarballs into a
// new project outside the workspace, with React 19, Vue 3 and Vite from the npm registry. There:
//   - strict `tsc` and `vue-tsc` type-check svara's tags in TSX and in a Vue SFC, and refuse wrong types;
//   - the plain HTML, React and Vue recipes (the elements README) are built with Vite and served by
//     `npx svara serve` from the installed collector, which also serves the installed widget;
//   - in Chromium each page has 0 axe violations, is filled in by keyboard only, shows the error summary on an
//     empty submit, and submits exactly what was chosen; Vue's model follows; the widget starts.
// Ends with one line "N passed, N failed". `node test/packages/run.mjs [--keep]` (--keep leaves the project).
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { AXE_TAGS } from '../../packages/testing/src/axe-config.mjs';
import { chromiumExecutable, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const APP_TEMPLATE = new URL('./app/', import.meta.url).pathname;
const PACKAGES = ['schema', 'pictograms', 'elements', 'survey', 'results', 'collector'];
const WITH_ELEMENTS = new Set(['pictograms', 'elements', 'survey', 'results']);
/** From the npm registry, pinned: what a developer's new app would have. */
const APP_DEPENDENCIES = {
  react: '19.3.1',
  'react-dom': '19.3.1',
  vue: '3.5.45',
};
const APP_DEV_DEPENDENCIES = {
  vite: '8.3.8',
  '@vitejs/plugin-vue': '6.0.11',
  typescript: '6.0.3',
  'vue-tsc': '3.3.14',
  '@types/react': '19.3.0',
  '@types/react-dom': '19.3.0',
};
/**
 * Transitive versions pinned because the registry lists a version whose own dependency it lacks:
 * vscode-languageserver-protocol 3.18.6 (under vue-tsc's language service) wants vscode-jsonrpc 10.0.1.
 */
const APP_OVERRIDES = {
  'vscode-languageserver-protocol': '3.18.5',
};

const started = Date.now();
const results = [];
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
function log(line) {
  process.stdout.write(`[packages] ${line}\n`);
}

async function check(name, body) {
  const t = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    log(`✔ ${name} (${seconds(Date.now() - t)})`);
  } catch (error) {
    results.push({ name, ok: false });
    log(`✘ ${name} (${seconds(Date.now() - t)})\n${String(error?.stack ?? error).replace(/^/gm, '    ')}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}
function assertEqual(actual, expected, message) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}\n      expected ${e}\n      actual   ${a}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.status ?? result.signal}:\n${result.stdout}${result.stderr}`,
    );
  return result.stdout;
}

const pnpm =
  spawnSync('pnpm', ['--version']).status === 0 ? 'pnpm' : join(ROOT, '.cache/tools/node_modules/.bin/pnpm');
const keep = process.argv.includes('--keep');
// While working on the recipes: --reuse=<dir kept by --keep> skips packing and installing.
const reuse = process.argv.find((arg) => arg.startsWith('--reuse='))?.slice('--reuse='.length);
const work = reuse ?? mkdtempSync(join(tmpdir(), 'svara-packages-'));
const tarballs = join(work, 'tarballs');
const app = join(work, 'app');
const packed = new Map();
if (reuse) cpSync(APP_TEMPLATE, app, { recursive: true });
else {
  mkdirSync(tarballs);

  // ---------------------------------------------------------------------------------------------------------
  await check('pnpm pack: every package packs after the build', () => {
    for (const name of PACKAGES) {
      const dir = join(ROOT, 'packages', name);
      assert(
        statSync(join(dir, 'dist')).isDirectory(),
        `packages/${name} has no dist/: run npm run build first`,
      );
      run(pnpm, ['pack', '--pack-destination', tarballs], { cwd: dir });
      const file = readdirSync(tarballs).find((f) => f.startsWith(`svara-${name}-`) && !packed.has(f));
      assert(file, `no tarball for ${name}`);
      packed.set(name, join(tarballs, file));
      const entries = run('tar', ['tzvf', join(tarballs, file)])
        .trim()
        .split('\n');
      const unpacked = entries.reduce((sum, line) => sum + Number(line.split(/\s+/)[2] ?? 0), 0);
      log(
        `  @svara/${name}: ${(statSync(join(tarballs, file)).size / 1024).toFixed(1)} KB packed, ${(unpacked / 1024).toFixed(0)} KB unpacked, ${entries.length} files`,
      );
    }
  });

  function tarballManifest(name) {
    return JSON.parse(run('tar', ['xzOf', packed.get(name), 'package/package.json']));
  }
  function tarballFiles(name) {
    return new Set(
      run('tar', ['tzf', packed.get(name)])
        .trim()
        .split('\n')
        .map((f) => f.replace(/^package\//, '')),
    );
  }
  /** Does `pattern` (a path with at most one `*`, as in exports and sideEffects globs `**`) match a file? */
  function matches(files, pattern) {
    const path = pattern.replace(/^\.\//, '');
    if (!path.includes('*')) return files.has(path);
    const regex = new RegExp(
      `^${path
        .split(/(\*\*\/|\*)/)
        .map((part) =>
          part === '**/' ? '(?:.*/)?' : part === '*' ? '.+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join('')}$`,
    );
    return [...files].some((file) => regex.test(file));
  }

  await check(
    'tarballs: installable manifests, exports that exist, no source condition, licence and notices',
    () => {
      for (const name of PACKAGES) {
        const manifest = tarballManifest(name);
        const files = tarballFiles(name);
        const where = `@svara/${name}`;
        assert(!manifest.private, `${where} is private`);
        for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies'])
          for (const [dep, range] of Object.entries(manifest[field] ?? {}))
            assert(!String(range).startsWith('workspace:'), `${where} ${field}.${dep} is ${range}`);
        // publishConfig.exports must be the workspace's exports without `source`: an export added to one and not the
        // other would be missing from the published package.
        const workspace = JSON.parse(
          readFileSync(join(ROOT, 'packages', name, 'package.json'), 'utf8'),
        ).exports;
        const expected = Object.fromEntries(
          Object.entries(workspace).map(([subpath, target]) => [
            subpath,
            typeof target === 'string'
              ? target
              : Object.fromEntries(Object.entries(target).filter(([c]) => c !== 'source')),
          ]),
        );
        assertEqual(
          manifest.exports,
          expected,
          `${where}: publishConfig.exports is not exports without "source"`,
        );
        const exportsText = JSON.stringify(manifest.exports);
        assert(
          !exportsText.includes('"source"'),
          `${where}: the source condition leaks into exports: ${exportsText}`,
        );
        for (const [subpath, target] of Object.entries(manifest.exports)) {
          const conditions = typeof target === 'string' ? { default: target } : target;
          for (const [condition, file] of Object.entries(conditions))
            assert(
              matches(files, file),
              `${where} exports["${subpath}"].${condition} → ${file} is not in the tarball`,
            );
        }
        if (Array.isArray(manifest.sideEffects))
          for (const pattern of manifest.sideEffects.filter((p) => p.includes('dist')))
            assert(matches(files, pattern), `${where} sideEffects ${pattern} matches no file`);
        else
          assert(
            manifest.sideEffects === false,
            `${where}: sideEffects should list the define modules or be false`,
          );
        for (const file of ['LICENSE', 'README.md', 'CHANGELOG.md'])
          assert(files.has(file), `${where} has no ${file}`);
        assert(
          readFileSync(join(ROOT, 'LICENSE'), 'utf8').startsWith('EUROPEAN UNION PUBLIC LICENCE v. 1.2'),
          'EUPL',
        );
        assert(manifest.license === 'EUPL-1.2', `${where} licence ${manifest.license}`);
        assert(
          ![...files].some((f) => /\.(test|node\.test|stories|examples)\.(ts|js)$/.test(f)),
          `${where} ships tests`,
        );
        if (WITH_ELEMENTS.has(name)) {
          assert(files.has('custom-elements.json'), `${where} has no custom-elements.json`);
          assert(manifest.customElements === 'custom-elements.json', `${where} customElements field`);
          for (const framework of ['react', 'vue'])
            assert(files.has(`dist/${framework}.d.ts`), `${where} ${framework} typings`);
        }
      }
      const notice = run('tar', ['xzOf', packed.get('pictograms'), 'package/NOTICE.md']);
      assert(
        /ARASAAC/.test(notice) && /CC BY-NC-SA 4\.0/.test(notice) && /Sergio Palao/.test(notice),
        'ARASAAC notice',
      );
      const collector = tarballManifest('collector');
      assert(
        collector.bin?.svara && tarballFiles('collector').has(collector.bin.svara.replace(/^\.\//, '')),
        'bin',
      );
      assert(tarballFiles('collector').has('dist/cli.js'), 'the collector ships its build');
      assert(tarballFiles('survey').has('dist/embed/svara-survey.js'), 'the survey ships the embed bundle');
    },
  );

  await check(
    'npm install: the tarballs, React 19, Vue 3 and Vite into a project outside the workspace',
    () => {
      cpSync(APP_TEMPLATE, app, { recursive: true });
      const svara = Object.fromEntries(
        PACKAGES.map((name) => [`@svara/${name}`, `file:${packed.get(name)}`]),
      );
      writeFileSync(
        join(app, 'package.json'),
        `${JSON.stringify(
          {
            name: 'svara-outside-app',
            private: true,
            type: 'module',
            dependencies: { ...svara, ...APP_DEPENDENCIES },
            devDependencies: APP_DEV_DEPENDENCIES,
            // The packages name each other by version (0.1.0): these are the tarballs, not the registry's.
            overrides: {
              ...Object.fromEntries(PACKAGES.map((name) => [`@svara/${name}`, `$@svara/${name}`])),
              ...APP_OVERRIDES,
            },
          },
          null,
          2,
        )}\n`,
      );
      // better-sqlite3's native module: a user's npm downloads the prebuilt binary of its release, which this
      // machine cannot reach, and compiling SQLite instead takes minutes on two cores. prebuild-install's own
      // "local prebuilds" directory stands in for the download, holding the module this checkout's install built
      // from the same version (a different version is compiled from source).
      const prebuilds = join(work, 'prebuilds');
      const sqlite = dirname(
        createRequire(join(ROOT, 'packages/collector/package.json')).resolve('better-sqlite3/package.json'),
      );
      const { version } = JSON.parse(readFileSync(join(sqlite, 'package.json'), 'utf8'));
      const prebuilt = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
      mkdirSync(prebuilds);
      run('tar', ['czf', join(prebuilds, prebuilt), '-C', sqlite, 'build/Release/better_sqlite3.node']);
      const t = Date.now();
      run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
        cwd: app,
        env: { ...process.env, npm_config_better_sqlite3_local_prebuilds: prebuilds },
      });
      log(`  npm install: ${seconds(Date.now() - t)}`);
      const lock = readFileSync(join(app, 'package-lock.json'), 'utf8');
      assert(!/workspace:/.test(lock), 'workspace: in the lock file');
      for (const name of PACKAGES)
        assert(
          JSON.parse(lock).packages[`node_modules/@svara/${name}`]?.resolved?.startsWith('file:'),
          `@svara/${name} came from somewhere else than its tarball`,
        );
    },
  );
}

await check('strict tsc: <svara-scale scale="smiley-5"> in TSX, wrong attribute types refused', () => {
  run(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.react.json'], { cwd: app });
  // Without svara's typings the same JSX is an error: the typings are what make it pass.
  writeFileSync(join(app, 'src/env.d.ts'), '/// <reference types="vite/client" />\n');
  const without = spawnSync(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.react.json'], {
    cwd: app,
    encoding: 'utf8',
  });
  cpSync(join(APP_TEMPLATE, 'src/env.d.ts'), join(app, 'src/env.d.ts'));
  assert(
    without.status !== 0 &&
      /Property 'svara-scale' does not exist on type 'JSX\.IntrinsicElements'/.test(without.stdout),
    `without the typings tsc said:\n${without.stdout}`,
  );
});

await check(
  'strict vue-tsc: <svara-scale scale="smiley-5"> in a Vue SFC, wrong attribute types refused',
  () => {
    run(join(app, 'node_modules/.bin/vue-tsc'), ['-p', 'tsconfig.json'], { cwd: app });
  },
);

await check('vite build of the plain, React and Vue recipes and a page with the widget', () => {
  run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: app });
});

// ---------------------------------------------------------------------------------------------------------
let server;
let base;
await check(
  'npx svara serve from the installed collector: the recipes, the API and the installed widget',
  async () => {
    server = spawn(
      'npx',
      [
        '--no-install',
        'svara',
        'serve',
        '--db',
        join(work, 'svara.sqlite'),
        '--port',
        '0',
        '--site-dir',
        join(app, 'dist'),
        '--surveys',
        join(ROOT, 'examples/surveys'),
      ],
      { cwd: app, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    let output = '';
    base = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`svara serve did not start:\n${output}`)), 60_000);
      const read = (chunk) => {
        output += chunk;
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      server.stdout.on('data', read);
      server.stderr.on('data', read);
      server.on('exit', (code) => reject(new Error(`svara serve exited ${code}:\n${output}`)));
    });
    assert(
      /embed bundle: .*app\/node_modules\/@svara\/survey\/dist\/embed/.test(output),
      `the installed widget:\n${output}`,
    );
    const cmdline = readFileSync(`/proc/${server.pid}/cmdline`, 'utf8');
    assert(!/tsx/.test(cmdline), 'no tsx at run time');
    const embed = await fetch(`${base}/svara-survey.js`);
    assert(embed.ok, `/svara-survey.js ${embed.status}`);
  },
);

const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const axeSource = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(
    async (tags) => (await window.axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations,
    AXE_TAGS,
  );
  assertEqual(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
    'axe violations',
  );
}

/** The element that has focus, through shadow roots: "tag[name] > inner tag(type)". */
function focused(page) {
  return page.evaluate(() => {
    let host = null;
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) {
      host = active;
      active = active.shadowRoot.activeElement;
    }
    return {
      host: host?.getAttribute('name') ?? host?.localName ?? null,
      tag: active?.localName,
      type: active?.getAttribute('type'),
    };
  });
}

/** Fills in the recipe form by keyboard only, starting from the page's top. */
async function fillByKeyboard(page, { skipRequired = false, withEmailAndDate = false } = {}) {
  await page.locator('body').click({ position: { x: 1, y: 1 } }); // a neutral start, then only keys
  const tabTo = async (name, tag) => {
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (now.host === name && (!tag || now.tag === tag)) return;
    }
    throw new Error(`Tab never reached ${name}`);
  };
  if (skipRequired) {
    await tabTo('kommentar');
    await page.keyboard.type('Bara en kommentar');
    return;
  }
  await tabTo('tjanst');
  await page.keyboard.press('ArrowDown'); // the second option: Ekonomiskt bistånd
  await tabTo('kansla');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight'); // the fourth face
  await tabTo('kommentar');
  await page.keyboard.type('Bra bemötande – مرحبا');
  if (withEmailAndDate) {
    await tabTo('epost');
    await page.keyboard.type('anna@example.se');
    await tabTo('datum'); // år, månad, dag in Swedish
    await page.keyboard.type('2026');
    await page.keyboard.press('Tab');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await page.keyboard.type('27');
  }
  await tabTo('ok');
  await page.keyboard.press('Space');
}

async function submitByKeyboard(page) {
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if (
      (await focused(page)).tag === 'button' &&
      (await page.evaluate(() => document.activeElement?.textContent)) === 'Skicka'
    )
      break;
  }
  await page.keyboard.press('Enter');
}

const EXPECTED = { tjanst: 'ekonomi', kansla: '4', kommentar: 'Bra bemötande – مرحبا', ok: 'ja' };

for (const [recipe, path] of [
  ['plain HTML', '/index.html'],
  ['React 19', '/react.html'],
  ['Vue 3', '/vue.html'],
]) {
  await check(`${recipe}: axe 0, the error summary, keyboard only, FormData sent as chosen`, async () => {
    const page = await browser.newPage({ locale: 'sv-SE', bypassCSP: true }); // svara serve's CSP forbids the injected axe script;
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on(
      'response',
      (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`),
    );
    try {
      await page.goto(`${base}${path}`);
      await page.waitForFunction(
        () => customElements.get('svara-consent') && document.querySelector('svara-consent')?.shadowRoot,
      );
      await axe(page);

      // An empty submit: the error summary lists the three required answers and takes focus; nothing is sent.
      await fillByKeyboard(page, { skipRequired: true });
      await submitByKeyboard(page);
      await page.waitForFunction(() => document.activeElement?.localName === 'svara-error-summary');
      const listed = await page.evaluate(() =>
        [...document.querySelector('svara-error-summary').shadowRoot.querySelectorAll('li')].map((li) =>
          li.textContent.trim(),
        ),
      );
      assertEqual(listed.length, 3, `the error summary lists ${JSON.stringify(listed)}`);
      assertEqual(await page.locator('#sent').textContent(), '', 'nothing sent while answers are missing');
      await axe(page); // the errors shown are accessible too

      await page.reload();
      await page.waitForFunction(() => document.querySelector('svara-consent')?.shadowRoot);
      const vue = recipe === 'Vue 3'; // the Vue form also has <svara-email> and <svara-date>, each with v-model
      await fillByKeyboard(page, { withEmailAndDate: vue });
      if (recipe === 'React 19')
        assertEqual(await page.locator('#feeling').textContent(), 'Du valde 4.', 'onChange → state');
      await submitByKeyboard(page);
      await page.waitForFunction(() => document.querySelector('#sent')?.textContent !== '');
      const { ok, ...answers } = EXPECTED;
      const expected = vue ? { ...answers, epost: 'anna@example.se', datum: '2026-03-27', ok } : EXPECTED;
      assertEqual(JSON.parse(await page.locator('#sent').textContent()), expected, 'FormData');
      if (recipe === 'Vue 3') {
        assertEqual(
          JSON.parse(await page.locator('#model').textContent()),
          {
            service: 'ekonomi',
            feeling: '4',
            comment: EXPECTED.kommentar,
            email: 'anna@example.se',
            visited: '2026-03-27',
            agreed: true,
          },
          'the Vue model follows the controls (v-model; :checked + @change on the consent)',
        );
        // Unticked again: the model says false and the form no longer sends the consent.
        await page.evaluate(() =>
          document.querySelector('svara-consent').shadowRoot.querySelector('input').click(),
        );
        assertEqual(
          JSON.parse(await page.locator('#model').textContent()).agreed,
          false,
          'unticked in the model',
        );
        const formData = await page.evaluate(() =>
          Object.fromEntries(new FormData(document.querySelector('#besok'))),
        );
        assert(!('ok' in formData), `unticked consent still in FormData: ${JSON.stringify(formData)}`);
      }
      if (recipe === 'React 19') {
        // Controlled: setting the state from outside moves the control (the `value` and `checked` props).
        const scale = await page.evaluate(() => document.querySelector('svara-scale').value);
        assertEqual(scale, '4', 'the controlled scale keeps the state');
      }
      assertEqual(errors, [], 'no errors in the console');
    } finally {
      await page.close();
    }
  });
}

await check('the installed widget from svara serve: starts, axe 0', async () => {
  const page = await browser.newPage({ locale: 'sv-SE', bypassCSP: true }); // svara serve's CSP forbids the injected axe script;
  try {
    await page.goto(`${base}/widget.html`);
    await page.getByRole('button', { name: 'Börja svara' }).waitFor();
    await axe(page);
    // By keyboard: Tab to the start button (through the widget's toolbar), Enter.
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.textContent?.trim();
      });
      if (label === 'Börja svara') break;
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Fråga 1 av/ }).waitFor();
  } finally {
    await page.close();
  }
});

await browser.close();
if (server) {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}
if (keep || reuse) log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
log(`${results.length} checks in ${seconds(Date.now() - started)}`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
