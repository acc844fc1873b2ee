/**
 * The embed bundle's `css`, `html` and `svg` tagged templates, minified: Lit leaves them as written, and esbuild
 * or oxc never touch a template's text, so without this about 26 KB of CSS and 14 KB of markup would ship with
 * their indentation and comments. Runs on the TypeScript sources, found with Vite's parser, so only real tagged
 * templates are changed, never a string that merely looks like one.
 *
 * Written here rather than taken from a CSS minifier: Lightning CSS 1.33 over the same templates (after this
 * whitespace pass) saved 121 bytes and made the gzip 53 bytes larger (measured 2026-12-06), and it cannot take a
 * template with `${…}` holes. The tests (minify-templates.node.test.ts) pin what it may and may not change.
 */
import { parseSync, type Plugin } from 'vite';
import { SVARA_SOURCE } from './strip-translator-notes.js';

/** Stands for a `${…}` while a template's static parts are minified as one text; never in svara's sources. */
const HOLE = '\uE000';

/**
 * Minifies the CSS of a `css` template's raw static parts: comments go, whitespace collapses to one space and
 * goes entirely beside `{ } ; , > (` (and after `:`, before `!important`), the `;` before a `}`, and a number's
 * leading zero (`0.5` → `.5`). Strings and escapes are copied as they are. Whitespace next to a `${…}` stays one
 * space (it may be a descendant combinator). Returns `null`, leaving the template alone, on anything it does not
 * understand (an unclosed string or comment).
 */
export function minifyCss(parts: readonly string[]): string[] | null {
  const text = parts.join(HOLE);
  let out = '';
  let space = false;
  const tight = '{};,>(:';
  for (let i = 0; i < text.length;) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0 || text.slice(i, end).includes(HOLE)) return null;
      i = end + 2;
      space = true;
      continue;
    }
    if (/\s/.test(c)) {
      space = true;
      i++;
      continue;
    }
    let token = c;
    if (c === '\\') token = text.slice(i, i + 2);
    else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) {
        if (text[j] === '\n' || text[j] === HOLE) return null;
        j += text[j] === '\\' ? 2 : 1;
      }
      if (j >= text.length) return null;
      token = text.slice(i, j + 1);
    }
    if (c === '}' && out.endsWith(';')) out = out.slice(0, -1);
    const last = out.at(-1);
    if (space && last !== undefined && !tight.includes(last) && !'{};,>)!'.includes(c)) out += ' ';
    space = false;
    // A number's leading zero: `0.5rem` → `.5rem` where the number starts a value (after `:`, `(`, `,`, `/`, a
    // space or a sign), never inside a name (`h0.5` is not a number).
    if (
      c === '0' &&
      text[i + 1] === '.' &&
      /\d/.test(text[i + 2] ?? '') &&
      ' :(,/+-'.includes(out.at(-1) ?? ' ')
    ) {
      i++;
      continue;
    }
    out += token;
    i += token.length;
  }
  const minified = out.split(HOLE);
  return minified.length === parts.length ? minified : null;
}

/**
 * Whitespace in an `html`/`svg` template that spans lines is indentation: it collapses to one space, which
 * renders the same everywhere except in `<pre>` and `white-space: pre` (svara's templates have neither, and no
 * text inside a `<textarea>`). Text on one line is left exactly as written.
 */
export function minifyHtml(parts: readonly string[]): string[] {
  return parts.map((part) => part.replace(/[ \t]*\n\s*/g, ' '));
}

interface TemplateNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** `code` (TypeScript) with its `css`, `html` and `svg` tagged templates minified; `null` when nothing changed. */
export function minifyTemplates(code: string, id = 'module.ts'): string | null {
  if (!/\b(css|html|svg)`/.test(code)) return null;
  const { program, errors } = parseSync(id, code, { lang: 'ts' });
  if (errors.length > 0) return null;
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const n = node as TemplateNode;
    if (n.type === 'TaggedTemplateExpression') {
      const tag = n['tag'] as TemplateNode & { name?: string };
      // A template element's span includes its delimiters (`, ${ and }); its text starts one after.
      const quasis = (n['quasi'] as { quasis: (TemplateNode & { value: { raw: string } })[] }).quasis;
      const raws = quasis.map((q) => q.value.raw);
      const found = quasis.every((q) => code.startsWith(q.value.raw, q.start + 1));
      const kind = tag.type === 'Identifier' ? tag.name : undefined;
      const minified = !found
        ? null
        : kind === 'css'
          ? minifyCss(raws)
          : kind === 'html' || kind === 'svg'
            ? minifyHtml(raws)
            : null;
      if (minified)
        quasis.forEach((q, i) => {
          if (minified[i] !== raws[i])
            edits.push({ start: q.start + 1, end: q.start + 1 + raws[i]!.length, text: minified[i]! });
        });
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'parent') visit(value);
  };
  visit(program);
  if (edits.length === 0) return null;
  let result = code;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

export function minifyTemplatesPlugin(): Plugin {
  return {
    name: 'svara-minify-templates',
    transform(code, id) {
      if (!SVARA_SOURCE.test(id)) return null;
      const minified = minifyTemplates(code, id);
      return minified === null ? null : { code: minified, map: null };
    },
  };
}
