// @ts-check
/**
 * The architecture's import direction (DESIGN section 2), checked on every import:
 *   shared   → shared only; no Node built-ins, no 'electron' (it also runs in the page)
 *   renderer → renderer, shared; no Node built-ins, no 'electron'
 *   preload  → preload, shared, and 'electron'
 *   main     → main, vault, shared, and 'electron'
 *   vault    → vault, shared; never 'electron' (plain Node engine)
 *   cli      → cli, vault, shared; never 'electron'
 * Relative imports are resolved to a folder, so `../../main/x` cannot slip through.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';

const LAYERS = [
  { name: 'preload', dir: 'electron/preload', may: ['preload', 'shared'], electron: true, node: false },
  { name: 'main', dir: 'electron/main', may: ['main', 'vault', 'shared'], electron: true, node: true },
  { name: 'vault', dir: 'electron/vault', may: ['vault', 'shared'], electron: false, node: true },
  { name: 'cli', dir: 'electron/cli', may: ['cli', 'vault', 'shared'], electron: false, node: true },
  { name: 'renderer', dir: 'renderer', may: ['renderer', 'shared'], electron: false, node: false },
  { name: 'shared', dir: 'shared', may: ['shared'], electron: false, node: false },
];

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** @param {string} root @param {string} file */
function layerOf(root, file) {
  const relative = path.relative(root, file).split(path.sep).join('/');
  return LAYERS.find((layer) => relative === layer.dir || relative.startsWith(`${layer.dir}/`));
}

/** @type {import('eslint').Rule.RuleModule} */
export const layerImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the import direction between runtime layers' },
    schema: [],
    messages: {
      layer: "The {{from}} layer must not import from the {{to}} layer ('{{source}}').",
      electron: "The {{from}} layer must not import 'electron'.",
      node: "The {{from}} layer runs in the page and must not import the Node built-in '{{source}}'.",
    },
  },
  create(context) {
    const root = context.cwd;
    const from = layerOf(root, context.filename);
    if (!from) return {};

    /** @param {import('estree').Node} node @param {unknown} value */
    function check(node, value) {
      if (typeof value !== 'string') return;
      if (value.startsWith('.')) {
        const to = layerOf(root, path.resolve(path.dirname(context.filename), value));
        if (to && from && !from.may.includes(to.name)) {
          context.report({ node, messageId: 'layer', data: { from: from.name, to: to.name, source: value } });
        }
        return;
      }
      if (value === 'electron' || value.startsWith('electron/')) {
        if (!from?.electron) context.report({ node, messageId: 'electron', data: { from: from?.name ?? '' } });
        return;
      }
      if (NODE_BUILTINS.has(value) && !from?.node) {
        context.report({ node, messageId: 'node', data: { from: from?.name ?? '', source: value } });
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
