import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// The layers of src/, lowest first: a folder may import its own layer and those below it, never
// one above (README.md, "Opbygning"). The capabilities share a layer; no-cycle keeps them apart.
const CAPABILITIES = ['extract', 'import', 'export', 'ingest', 'update', 'forecast'];
const LAYERS = [['data'], ['view'], ['format'], CAPABILITIES, ['i18n'], ['model'], ['charts']];
const below = (i) => LAYERS.slice(0, i + 1).flat().map((f) => `./${f}`);
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const zones = [
  ...LAYERS.flatMap((layer, i) => layer.map((folder) => ({ target: `./src/${folder}`, from: './src', except: below(i), message: `${folder}/ ligger under de mapper, den importerer fra her; se "Opbygning" i README.md.` }))),
  // A view imports only itself, features/common and the layers below: what two views share moves down into model/.
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src',
    except: [...new Set([...below(LAYERS.length - 1), './features/common', `./features/${name}`])],
    message: `features/${name} må kun importere sig selv, features/common og lagene under; det, to visninger deler, hører til i model/.`,
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', '.bench', '**/*.tmp.*'] },
  js.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Pure transforms and view models are shared with the CLI and unit tests: keep React, the store and chart code out of them.
    files: ['src/data/**', 'src/view/url.ts', 'src/view/view-spec.ts', 'src/charts/*.ts', 'src/model/**', 'src/format/**', 'src/i18n/**', 'src/features/*/model.ts'],
    // The chart's emphasis is a React context by nature; the charts that read it are .tsx. The hook
    // that reads the view's language draws the view again when that language's texts arrive.
    ignores: ['src/charts/emphasis.ts', 'src/i18n/use-locale.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'recharts', 'zustand', '@tanstack/*'] }],
    },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
);
