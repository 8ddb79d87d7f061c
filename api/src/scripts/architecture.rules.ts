import path from 'node:path';
import ts from 'typescript';

/** A source file as the checker sees it: its path relative to the repository root, and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

export interface Violation {
  file: string;
  line: number;
  rule: string;
  message: string;
}

const MODULES = 'api/src/modules/';
const CORE = 'api/src/core/';

const isTest = (p: string) => /\.test\.tsx?$/.test(p) || p.startsWith('api/test/');
/** Where SQL text may be written: statement files, row shapes, core's database layer, migrations. */
const mayHoldSql = (p: string) => /\.(sql|rows)\.ts$/.test(p) || p.startsWith(`${CORE}db/`) || /\/migrations\//.test(p);
const moduleOf = (p: string) => (p.startsWith(MODULES) ? p.slice(MODULES.length).split('/')[0]! : null);

// A statement's start, as people write them (lower or upper case), not prose about SQL.
const SQL_TEXT = /^\s*(select\s[\s\S]*\sfrom\s|insert\s+into\s|update\s+"?\w+"?\s+set\s|delete\s+from\s|with\s+\w+\s+as\s*\()/i;

function lineOf(file: ts.SourceFile, node: ts.Node): number {
  return file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
}

/** Resolves a relative import to a repository path (`.js` specifiers name `.ts` sources). */
function resolveImport(from: string, spec: string, known: Set<string>): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  const candidates = [base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base];
  return candidates.find((c) => known.has(c)) ?? base;
}

function importsOf(file: ts.SourceFile): { spec: string; node: ts.Node }[] {
  const out: { spec: string; node: ts.Node }[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      out.push({ spec: node.moduleSpecifier.text, node });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      out.push({ spec: node.arguments[0].text, node });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      out.push({ spec: node.argument.literal.text, node });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

const decoratorName = (d: ts.Decorator): string | null => {
  const e = d.expression;
  if (ts.isCallExpression(e) && ts.isIdentifier(e.expression)) return e.expression.text;
  return ts.isIdentifier(e) ? e.text : null;
};

/** A @Mutation method must be `return runCommand(ctx, <command>, input)`: every write goes through the runner. */
function mutationBypasses(method: ts.MethodDeclaration): boolean {
  const statements = method.body?.statements ?? [];
  if (statements.length !== 1) return true;
  const only = statements[0]!;
  if (!ts.isReturnStatement(only) || !only.expression) return true;
  const call = only.expression;
  return !(ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === 'runCommand');
}

/** Every rule, over every given file. */
export function checkArchitecture(files: readonly SourceFile[]): Violation[] {
  const known = new Set(files.map((f) => f.path));
  const violations: Violation[] = [];
  const moduleEdges = new Map<string, Set<string>>();
  for (const f of files) {
    const source = ts.createSourceFile(f.path, f.text, ts.ScriptTarget.Latest, true, f.path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const report = (node: ts.Node, rule: string, message: string) => violations.push({ file: f.path, line: lineOf(source, node), rule, message });
    const ownModule = moduleOf(f.path);

    for (const { spec, node } of importsOf(source)) {
      const target = resolveImport(f.path, spec, known);
      if (!target) continue;
      if (f.path.startsWith(CORE) && !isTest(f.path) && (target.startsWith(MODULES) || target.startsWith('api/src/app/'))) {
        report(node, 'core-imports-no-module', `core imports ${target}; core must not know any module (use a manifest hook)`);
      }
      const targetModule = moduleOf(target);
      if (ownModule && targetModule && targetModule !== ownModule) {
        if (target !== `${MODULES}${targetModule}/index.ts`) report(node, 'module-public-index', `${ownModule} imports ${target}; other modules are reached through ${MODULES}${targetModule}/index.ts`);
        if (!isTest(f.path)) (moduleEdges.get(ownModule) ?? moduleEdges.set(ownModule, new Set()).get(ownModule)!).add(targetModule);
      }
      if (f.path.startsWith('web/src/lib/') && !isTest(f.path) && target.startsWith('web/src/features/')) {
        report(node, 'web-lib-imports-no-feature', `lib imports ${target}; features register themselves in features/index.ts`);
      }
    }

    if (isTest(f.path) || !f.path.startsWith('api/src/')) continue;
    const visit = (node: ts.Node) => {
      if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'sql' && !mayHoldSql(f.path)) {
        report(node, 'sql-in-statement-files', 'sql`…` belongs in a *.sql.ts or *.rows.ts file');
      }
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) && SQL_TEXT.test(node.text) && !mayHoldSql(f.path)) {
        report(node, 'sql-in-statement-files', 'SQL text belongs in a *.sql.ts or *.rows.ts file, built with the sql tag');
      }
      if (ts.isPropertyAccessExpression(node) && ['getKnex', 'getKnexQuery', 'raw'].includes(node.name.text) && !f.path.startsWith(`${CORE}db/`)) {
        report(node, 'no-knex-internals', `.${node.name.text} reaches under the ORM; use core/db (query, sql)`);
      }
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'execute' && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0]) && !mayHoldSql(f.path)) {
        report(node, 'sql-in-statement-files', 'em.execute with SQL text; use query/execute from core/db with a statement from a *.sql.ts file');
      }
      if (ownModule && ts.isPropertyAccessExpression(node) && node.name.text === 'transactional') {
        report(node, 'writes-through-the-runner', 'transactions are opened by the command runner (core/commands), not by modules');
      }
      if (ownModule && ts.isPropertyAccessExpression(node) && node.name.text === 'publish' && /pubsub/i.test(node.expression.getText(source))) {
        report(node, 'writes-through-the-runner', 'events are recorded with tx.emit (outbox) or sent as signals; only the relay publishes');
      }
      if (ts.isMethodDeclaration(node) && ts.getDecorators(node)?.some((d) => decoratorName(d) === 'Mutation') && mutationBypasses(node)) {
        report(node, 'writes-through-the-runner', `mutation ${node.name.getText(source)} must be \`return runCommand(ctx, <command>, input)\``);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }

  // Modules depend on each other in one direction only (public indexes would otherwise load half-initialized).
  const cycle = findCycle(moduleEdges);
  if (cycle) violations.push({ file: `${MODULES}${cycle[0]}/index.ts`, line: 1, rule: 'no-module-cycles', message: `modules import each other in a cycle: ${cycle.join(' → ')}` });
  return violations;
}

function findCycle(edges: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const walk = (m: string): string[] | null => {
    if (state.get(m) === 'done') return null;
    if (state.get(m) === 'visiting') return [...stack.slice(stack.indexOf(m)), m];
    state.set(m, 'visiting');
    stack.push(m);
    for (const next of edges.get(m) ?? []) {
      const found = walk(next);
      if (found) return found;
    }
    stack.pop();
    state.set(m, 'done');
    return null;
  };
  for (const m of edges.keys()) {
    const found = walk(m);
    if (found) return found;
  }
  return null;
}
