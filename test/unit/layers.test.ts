// The layers of src/ are kept by the linter (eslint.config.js): an import that runs back up is an
// error. Each case lints a line as if it stood in a real file of that folder.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The project's own config and zones, only without type information: the zones need none, and
// building the TypeScript program for each file cost seconds a case.
const eslint = new ESLint({
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === 'import-x/no-restricted-paths',
});

async function restrictedPaths(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
}

describe('layers the linter keeps', { timeout: 60_000 }, () => {
  it('rejects an import from a feature in charts/', async () => {
    expect(await restrictedPaths('src/charts/ticks.ts', "import { trendModel as x } from '../features/trend/model.ts';")).toEqual([expect.stringContaining('charts/ ligger under')]);
  });

  it('rejects an import between two features, and lets a feature use features/common and model/', async () => {
    expect(await restrictedPaths('src/features/map/model.ts', "import { trendModel as x } from '../trend/model.ts';")).toEqual([expect.stringContaining('features/map må kun importere')]);
    expect(await restrictedPaths('src/features/map/model.ts', "import { oneMonthComparison as x } from '../../model/one-month.ts';")).toEqual([]);
    expect(await restrictedPaths('src/features/map/map-view.tsx', "import { useCore as x } from '../common/queries.ts';")).toEqual([]);
  });

  it('rejects an import from data/ upward, and from a capability into i18n, model or a view', async () => {
    expect(await restrictedPaths('src/data/period.ts', "import { decodeSpec as x } from '../view/url.ts';")).toEqual([expect.stringContaining('data/ ligger under')]);
    expect(await restrictedPaths('src/import/merge.ts', "import { da as x } from '../i18n/texts.ts';")).toEqual([expect.stringContaining('import/ ligger under')]);
    expect(await restrictedPaths('src/view/url.ts', "import { localeFor as x } from '../i18n/locale.ts';")).toEqual([expect.stringContaining('view/ ligger under')]);
  });
});
