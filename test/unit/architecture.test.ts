/**
 * The rules between the folders, held the way refined-github holds its conventions: read every
 * source file's imports (type-only ones too) with TypeScript's parser and check them. What the
 * rules are for: docs/architecture.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE = /\.(ts|tsx|mts)$/;

function sourceFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' });
  return out.split('\0').filter((f) => SOURCE.test(f) && !f.endsWith('.d.ts') && existsSync(join(ROOT, f)));
}

interface Import {
  from: string;
  /** The specifier as written. */
  spec: string;
  /** The project file it names (from the root), or null for a package. */
  target: string | null;
  typeOnly: boolean;
}

const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.json', '/index.ts', '/index.tsx'];

function resolveSpec(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = join(dirname(from), spec);
  for (const ext of EXTENSIONS) if (existsSync(join(ROOT, base + ext)) && !(ext === '' && !/\.\w+$/.test(base))) return base + ext;
  throw new Error(`${from}: cannot resolve ${spec}`);
}

function importsOf(file: string): Import[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Import[] = [];
  const add = (spec: string, typeOnly: boolean) => found.push({ from: file, spec, target: resolveSpec(file, spec), typeOnly });
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            !!clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node.arguments[0].text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const files = sourceFiles();
const imports = files.flatMap(importsOf);
const under = (dir: string) => (f: string) => f.startsWith(dir);
const show = (i: Import) => `${i.from} imports ${i.spec}${i.typeOnly ? ' (types)' : ''}`;

/** Imports from files matching `from` to project files matching `to`. */
const crossing = (from: (f: string) => boolean, to: (f: string) => boolean) =>
  imports.filter((i) => from(i.from) && i.target !== null && to(i.target)).map(show);
const packages = (from: (f: string) => boolean, names: RegExp) =>
  imports.filter((i) => from(i.from) && i.target === null && names.test(i.spec)).map(show);

const EXTENSION_API = /^(wxt\/browser|webextension-polyfill|@wxt-dev\/webextension-polyfill(\/.*)?|wxt\/utils\/storage)$/;
const STAGES = ['entrypoints/every-page.content/', 'entrypoints/named-page/', 'entrypoints/first-hover/'];

/** Every cycle in the import graph (type-only edges count: they tie contracts across files). */
function cycles(): string[][] {
  const edges = new Map<string, string[]>();
  for (const i of imports) if (i.target && SOURCE.test(i.target)) edges.set(i.from, [...(edges.get(i.from) ?? []), i.target]);
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[][] = [];
  const walk = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const t of edges.get(f) ?? []) {
      if (state.get(t) === 'open') found.push([...stack.slice(stack.indexOf(t)), t]);
      else if (!state.has(t)) walk(t);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) walk(f);
  return found;
}

describe('the architecture', () => {
  it('reads the imports it checks (the check itself)', () => {
    expect(files.length).toBeGreaterThan(100);
    const marker = imports.filter((i) => i.from === 'entrypoints/named-page/marker.ts');
    expect(marker.some((i) => i.target === 'data/contracts/stages.ts' && i.typeOnly)).toBe(true);
    expect(marker.some((i) => i.target === 'entrypoints/named-page/scanner.ts' && !i.typeOnly)).toBe(true);
  });

  it('has no import cycles, type-only imports included', () => {
    expect(cycles().map((c) => c.join(' -> '))).toEqual([]);
  });

  it('keeps components/ and data/ from importing entrypoints/', () => {
    expect(crossing((f) => f.startsWith('components/') || f.startsWith('data/'), under('entrypoints/'))).toEqual([]);
  });

  it('keeps the pure core and the film free of the extension API, the DOM layers and the adapters', () => {
    const pure = (f: string) => f.startsWith('data/core/') || f.startsWith('data/film/');
    expect(packages(pure, /^(wxt|webextension-polyfill|@wxt-dev|preact|@floating-ui)/)).toEqual([]);
    expect(
      crossing(pure, (t) => t.startsWith('data/browser/') || t.startsWith('components/') || t.startsWith('data/contracts/stages')),
    ).toEqual([]);
  });

  it('lets only data/browser/, the entrypoints and their in-page helpers call the extension API', () => {
    const allowed = (f: string) => f.startsWith('data/browser/') || f.startsWith('entrypoints/');
    expect(
      packages(
        (f) => !allowed(f) && !f.startsWith('test/') && !f.startsWith('scripts/') && !f.startsWith('bench/') && f !== 'wxt.config.ts',
        EXTENSION_API,
      ),
    ).toEqual([]);
  });

  it('keeps each page stage out of the others: later stages are reached through data/contracts/', () => {
    for (const stage of STAGES) {
      const others = (t: string) => STAGES.some((s) => s !== stage && t.startsWith(s));
      expect(crossing(under(stage), others), stage).toEqual([]);
    }
    // Nothing but a stage itself and the background names a stage's files.
    expect(
      crossing(
        (f) => !STAGES.some((s) => f.startsWith(s)) && !f.startsWith('test/') && !f.startsWith('bench/') && !f.startsWith('scripts/'),
        (t) => STAGES.some((s) => t.startsWith(s)),
      ),
    ).toEqual([]);
  });

  it('keeps the every-page stage small: no Preact, no components, no card library', () => {
    expect(packages(under('entrypoints/every-page.content/'), /^(preact|@floating-ui)/)).toEqual([]);
    expect(crossing(under('entrypoints/every-page.content/'), under('components/'))).toEqual([]);
  });

  it('keeps data/contracts/ to types and names: no logic', () => {
    const logic: string[] = [];
    for (const file of files.filter(under('data/contracts/'))) {
      const sf = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
      for (const st of sf.statements) {
        const plain =
          ts.isImportDeclaration(st) ||
          ts.isInterfaceDeclaration(st) ||
          ts.isTypeAliasDeclaration(st) ||
          (ts.isExportDeclaration(st) && !!st.isTypeOnly) ||
          (ts.isVariableStatement(st) &&
            st.declarationList.declarations.every(
              (d) =>
                !!d.initializer &&
                (ts.isStringLiteral(d.initializer) ||
                  ts.isNumericLiteral(d.initializer) ||
                  ts.isNoSubstitutionTemplateLiteral(d.initializer)),
            ));
        if (!plain) logic.push(`${file}:${sf.getLineAndCharacterOfPosition(st.getStart()).line + 1}: ${st.getText().split('\n')[0]}`);
      }
      expect(
        crossing(
          (f) => f === file,
          (t) => !t.startsWith('data/contracts/') && !t.startsWith('data/core/'),
        ),
        file,
      ).toEqual([]);
    }
    expect(logic).toEqual([]);
  });

  it('keeps the in-page modules two bundles share free of module state (each bundle would have its own copy)', () => {
    const state: string[] = [];
    for (const file of files.filter(under('entrypoints/in-page/'))) {
      const sf = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
      for (const st of sf.statements) {
        if (!ts.isVariableStatement(st)) continue;
        const mutable = !(st.declarationList.flags & ts.NodeFlags.Const);
        const made = st.declarationList.declarations.some((d) => d.initializer && ts.isNewExpression(d.initializer));
        if (mutable || made) state.push(`${file}: ${st.getText().split('\n')[0]}`);
      }
    }
    expect(files.filter(under('entrypoints/in-page/')).length).toBeGreaterThan(0);
    expect(state).toEqual([]);
  });

  it('keeps scripts/ and bench/ from importing test/', () => {
    expect(crossing((f) => f.startsWith('scripts/') || f.startsWith('bench/'), under('test/'))).toEqual([]);
  });

  it('keeps the core free of DOM globals: it compiles with the ES library alone', () => {
    const core = files.filter((f) => f.startsWith('data/core/') || f.startsWith('data/film/'));
    // What Node has as well as the browser: timers (the core's state machines take them,
    // injectable in tests) and URL parsing (what a site is).
    const timers = [
      'declare function setTimeout(fn: () => void, ms?: number): unknown;',
      'declare function clearTimeout(h: unknown): void;',
      'declare class URL { constructor(url: string, base?: string); readonly protocol: string; readonly hostname: string; readonly host: string; readonly href: string; }',
    ].join('\n');
    const host = ts.createCompilerHost({});
    const shim = join(ROOT, '__timers.d.ts');
    const options: ts.CompilerOptions = {
      lib: ['lib.es2023.d.ts'],
      types: [],
      strict: true,
      noEmit: true,
      resolveJsonModule: true,
      esModuleInterop: true,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      skipLibCheck: true,
    };
    const readFile = host.readFile.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.readFile = (f) => (f === shim ? timers : readFile(f));
    host.fileExists = (
      (exists) => (f: string) =>
        f === shim || exists(f)
    )(host.fileExists.bind(host));
    host.getSourceFile = (f, lang, ...rest) => (f === shim ? ts.createSourceFile(f, timers, lang) : getSourceFile(f, lang, ...rest));
    const program = ts.createProgram([...core.map((f) => join(ROOT, f)), shim], options, host);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file ? relative(ROOT, d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    const outside = program
      .getSourceFiles()
      .map((s) => relative(ROOT, s.fileName))
      .filter((f) => !f.startsWith('node_modules/') && !f.startsWith('data/') && !f.startsWith('__'));
    expect(outside, 'the core reaches only data/').toEqual([]);
    expect(problems).toEqual([]);
  });
});
