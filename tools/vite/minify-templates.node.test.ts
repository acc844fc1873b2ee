import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { minifyCss, minifyHtml, minifyTemplates } from './minify-templates.js';

const HOLE = '\uE000';

describe('minifyCss', () => {
  test('comments go, whitespace collapses, and the last ; before } goes', () => {
    assert.deepEqual(minifyCss([':host {\n  display: block;\n  /* why */\n  color: red;\n}\n']), [
      ':host{display:block;color:red}',
    ]);
  });

  test('what a space means stays: descendant combinators, calc() operators, @media ( … )', () => {
    assert.deepEqual(minifyCss(['.a  .b > .c { width: calc(1px + 2px); }']), [
      '.a .b>.c{width:calc(1px + 2px)}',
    ]);
    assert.deepEqual(minifyCss(['@media (forced-colors: active) { a { color: CanvasText; } }']), [
      '@media (forced-colors:active){a{color:CanvasText}}',
    ]);
  });

  test('a leading zero goes where a number starts a value, and the space before !important', () => {
    assert.deepEqual(
      minifyCss([
        'a { margin: 0 0.5rem; opacity: 0.75; inset: calc(100% - 0.25em) auto; flex: 1 1 0.5px; top: -0.5em; }',
      ]),
      ['a{margin:0 .5rem;opacity:.75;inset:calc(100% - .25em) auto;flex:1 1 .5px;top:-.5em}'],
    );
    assert.deepEqual(
      minifyCss(['a { color: red !important; width: 10.5px; height: 0; line-height: 1.05; }']),
      ['a{color:red!important;width:10.5px;height:0;line-height:1.05}'],
    );
    // Not a number: a zero inside a name or a string stays.
    assert.deepEqual(minifyCss([".h0\\.5 { content: '0.5'; } .a { --x-0: 0.0; }"]), [
      ".h0\\.5{content:'0.5'}.a{--x-0:.0}",
    ]);
  });

  test('strings and escapes are copied as written', () => {
    assert.deepEqual(minifyCss([".t::before { content: '✓  ' / ''; } .e { content: \"a\\\"  b\"; }"]), [
      ".t::before{content:'✓  ' / ''}.e{content:\"a\\\"  b\"}",
    ]);
  });

  test('beside a ${…} one space stays (it may be a combinator); the parts keep their number', () => {
    assert.deepEqual(minifyCss(['  .a ', ' .b {\n  x: 1;\n}\n']), ['.a ', ' .b{x:1}']);
  });

  test('an unclosed comment or string, or one across a ${…}, leaves the template alone (null)', () => {
    assert.equal(minifyCss(['a { /* never closed }']), null);
    assert.equal(minifyCss(["a { content: 'never closed }"]), null);
    assert.equal(minifyCss(['a { /* across ', ' */ }']), null);
    assert.equal(minifyCss(["a { content: 'across ", "' }"]), null);
    assert.ok(!minifyCss(['a{}'])!.join('').includes(HOLE));
  });
});

describe('minifyHtml', () => {
  test('whitespace across lines (indentation) is one space; text on one line stays exactly as written', () => {
    assert.deepEqual(minifyHtml(['<p>\n    <b>Ja</b>  nej\n  </p>']), ['<p> <b>Ja</b>  nej </p>']);
  });
});

describe('minifyTemplates', () => {
  test('changes the text of css, html and svg tagged templates only, and keeps the ${…}', () => {
    const code = [
      'const styles = css`',
      '  .a {',
      '    color: red;',
      '  }',
      '`;',
      'const view = html`<p>',
      '  ${name}',
      '</p>`;',
      "const text = 'css`  not a template  `';",
      'const other = sql`SELECT  1\n  FROM x`;',
    ].join('\n');
    const minified = minifyTemplates(code)!;
    assert.match(minified, /css`\.a\{color:red\}`/);
    assert.match(minified, /html`<p> \$\{name\} <\/p>`/);
    assert.ok(minified.includes("'css`  not a template  `'"), 'a string that looks like a template');
    assert.ok(minified.includes('sql`SELECT  1\n  FROM x`'), 'another tag');
  });

  test('nothing to change, or code it cannot parse: null (the module is left as it is)', () => {
    assert.equal(minifyTemplates('export const a = 1;'), null);
    assert.equal(minifyTemplates('const x = html`<p>a</p>`;'), null);
    assert.equal(minifyTemplates('const x = css`a { b: c }` +;'), null);
  });
});
