/** @module Tests of path expansion: folders, globs, stdin, order, de-duplication. */

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../core/paths.js';
import { expandPaths, readInputs } from './index.js';
import { collect, tempDir } from './test-support.spec.js';

const FIX = path.join(REPO_ROOT, 'test', 'fixtures', 'inputs');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** A tree with hidden folders, node_modules, unsupported files and names whose order differs by locale. */
function tree(): string {
  const root = path.join(tmp.dir, 'tree');
  const files: Record<string, string> = {
    'b.txt': 'B\nbody',
    'a.html': '<p>A</p>',
    'Z.jsonl': '{"text":"z"}\n',
    'sub/deeper/c.csv': 'title,text\nC,body\n',
    'sub/d.warc': '',
    'sub/readme.md': '# not an input',
    '.hidden/h.txt': 'H\nhidden',
    '.dot.txt': 'D\nhidden file',
    'node_modules/pkg/m.txt': 'M\nmodule',
    'x.pdf': '%PDF-1.4',
  };
  for (const [rel, content] of Object.entries(files)) {
    const f = path.join(root, rel);
    mkdirSync(path.dirname(f), { recursive: true });
    writeFileSync(f, content);
  }
  return root;
}

describe('expandPaths', () => {
  const root = tree();
  const rel = (fs: string[]): string[] => fs.map((f) => (f === '-' ? f : path.relative(root, f)));

  it('walks folders recursively, sorted, skipping hidden entries, node_modules and unsupported files', async () => {
    const { files, errors } = await expandPaths([root]);
    expect(errors).toEqual([]);
    expect(rel(files)).toEqual(['Z.jsonl', 'a.html', 'b.txt', 'sub/d.warc', 'sub/deeper/c.csv']);
  });

  it.each([
    ['*.txt', ['b.txt']],
    ['**/*.{csv,warc}', ['sub/d.warc', 'sub/deeper/c.csv']],
    ['**/*', ['Z.jsonl', 'a.html', 'b.txt', 'sub/d.warc', 'sub/deeper/c.csv']],
  ])('expands the glob %s', async (pattern, expected) => {
    const { files, errors } = await expandPaths([path.join(root, pattern)]);
    expect(errors).toEqual([]);
    expect(rel(files)).toEqual(expected);
  });

  it('keeps `-`, keeps argument order, reads a file named twice once, and reports missing paths', async () => {
    const { files, errors } = await expandPaths([path.join(root, 'b.txt'), '-', path.join(root, 'sub'), path.join(root, 'b.txt'), path.join(root, 'nope.txt')]);
    expect(rel(files)).toEqual(['b.txt', '-', 'sub/d.warc', 'sub/deeper/c.csv']);
    expect(errors.map((e) => [e.code, path.basename(e.origin.file)])).toEqual([['E112', 'nope.txt']]);
  });

  it('reports an explicit file of an unsupported type as E111', async () => {
    const { files, errors } = await expandPaths([path.join(root, 'x.pdf')]);
    expect(files).toEqual([]);
    expect(errors.map((e) => e.code)).toEqual(['E111']);
  });

  it('gives the same order on every run', async () => {
    const a = await expandPaths([root, path.join(root, '**/*.txt')]);
    const b = await expandPaths([root, path.join(root, '**/*.txt')]);
    expect(a).toEqual(b);
  });
});

describe('readInputs over a folder', () => {
  it('reads the fixture folder recursively with ids from file stems, deterministically', async () => {
    const run = async (): Promise<string[]> => (await collect(readInputs([path.join(FIX, 'folder')]))).map((r) => (r.ok ? `${r.id}:${r.kind}` : r.code));
    const first = await run();
    expect(first).toEqual(['a:text', 'b:text', 'c:html']);
    expect(await run()).toEqual(first);
  });

  it('keeps origin.file as the relative path it was given', async () => {
    const relDir = path.relative(process.cwd(), path.join(FIX, 'folder'));
    const rs = await collect(readInputs([relDir]));
    expect(rs.map((r) => r.origin.file)).toEqual([path.join(relDir, 'a.txt'), path.join(relDir, 'sub', 'b.txt'), path.join(relDir, 'sub', 'c.html')]);
  });
});
