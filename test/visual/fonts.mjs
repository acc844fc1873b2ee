// The fonts the pictures are drawn with: exact Debian packages, installed as root on Debian, and a fontconfig
// file that offers Chromium those files and nothing else (no font of the machine can change a picture).
// `ensureVisualFonts()` returns the fontconfig file to put in FONTCONFIG_FILE, or throws saying what is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CACHE = join(ROOT, '.cache', 'visual');

/** Debian 12 (bookworm) packages and the exact versions every baseline was drawn with. */
export const FONT_PACKAGES = {
  'fonts-noto-core': '20201225-1',
  'fonts-noto-mono': '20201225-1',
};

const NOTO = '/usr/share/fonts/truetype/noto';
/** The only font files the browser sees: Latin (sv, en, fi), Arabic, symbols, and a monospace for `<code>`. */
export const FONT_FILES = [
  'NotoSans-Regular.ttf',
  'NotoSans-Bold.ttf',
  'NotoSans-Italic.ttf',
  'NotoSans-BoldItalic.ttf',
  'NotoSansArabic-Regular.ttf',
  'NotoSansArabic-Bold.ttf',
  'NotoSansMono-Regular.ttf',
  'NotoSansMono-Bold.ttf',
  // Signs Noto Sans lacks (✓ on the widget's chosen-language and picture buttons).
  'NotoSansSymbols-Regular.ttf',
  'NotoSansSymbols2-Regular.ttf',
].map((file) => join(NOTO, file));

function installedVersion(pkg) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function missingPackages() {
  return Object.entries(FONT_PACKAGES).filter(([pkg, version]) => installedVersion(pkg) !== version);
}

function install(packages, log) {
  const specs = packages.map(([pkg, version]) => `${pkg}=${version}`);
  log(`Installing the pinned fonts with apt-get: ${specs.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', '--allow-downgrades', ...specs],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status})`);
  }
}

const xml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A fontconfig file whose only fonts are FONT_FILES, with every generic family mapped onto them. */
function writeFontconfig() {
  const fontsDir = join(CACHE, 'fonts');
  rmSync(fontsDir, { recursive: true, force: true });
  mkdirSync(fontsDir, { recursive: true });
  for (const file of FONT_FILES) symlinkSync(file, join(fontsDir, file.split('/').at(-1)));
  const alias = (generic, families) =>
    `  <alias binding="same"><family>${generic}</family><prefer>${families
      .map((family) => `<family>${family}</family>`)
      .join('')}</prefer></alias>`;
  const conf = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- Written by test/visual/fonts.mjs for the visual suite; never read by anything else. -->
<fontconfig>
  <dir>${xml(fontsDir)}</dir>
  <cachedir>${xml(join(CACHE, 'fontconfig-cache'))}</cachedir>
${alias('sans-serif', ['Noto Sans', 'Noto Sans Arabic'])}
${alias('serif', ['Noto Sans', 'Noto Sans Arabic'])}
${alias('system-ui', ['Noto Sans', 'Noto Sans Arabic'])}
${alias('monospace', ['Noto Sans Mono', 'Noto Sans Arabic'])}
  <match target="pattern">
    <test qual="all" name="family" compare="not_eq"><string>Noto Sans Mono</string></test>
    <edit name="family" mode="append_last"><string>Noto Sans</string></edit>
  </match>
  <!-- Text without anti-aliasing: the same glyph positions and line breaks, but pictures a quarter of the size
       (few colours, so PNG stores them with a palette) and no grey edge pixels to differ between builds. -->
  <match target="font">
    <edit name="antialias" mode="assign"><bool>false</bool></edit>
    <edit name="hinting" mode="assign"><bool>false</bool></edit>
    <edit name="rgba" mode="assign"><const>none</const></edit>
    <edit name="lcdfilter" mode="assign"><const>lcdnone</const></edit>
  </match>
</fontconfig>
`;
  const file = join(CACHE, 'fonts.conf');
  writeFileSync(file, conf);
  return file;
}

/**
 * Makes sure the pinned font packages are installed (installing them as root on Debian) and returns the path of a
 * fontconfig file that offers only their files. Throws with a plain explanation when they cannot be had.
 */
export function ensureVisualFonts({ log = (line) => process.stdout.write(`[visual] ${line}\n`) } = {}) {
  let missing = missingPackages();
  const debianRoot = process.getuid?.() === 0 && existsSync('/etc/debian_version');
  if (missing.length > 0 && debianRoot) {
    install(missing, log);
    missing = missingPackages();
  }
  if (missing.length > 0) {
    const specs = missing.map(([pkg, version]) => `${pkg}=${version}`).join(' ');
    throw new Error(
      `the pictures are drawn with exact fonts: install them (Debian 12, as root: apt-get install ${specs}) and run again`,
    );
  }
  const absent = FONT_FILES.filter((file) => !existsSync(file));
  if (absent.length > 0) throw new Error(`font files missing after install: ${absent.join(', ')}`);
  return writeFontconfig();
}

/** The families a fontconfig file offers (for the suite's own check that nothing else is found). */
export function fontFamilies(fontconfigFile) {
  const result = spawnSync('fc-list', [':', 'family'], {
    encoding: 'utf8',
    env: { ...process.env, FONTCONFIG_FILE: fontconfigFile },
  });
  if (result.status !== 0) return undefined;
  return [...new Set(result.stdout.split('\n').filter(Boolean))].sort();
}
