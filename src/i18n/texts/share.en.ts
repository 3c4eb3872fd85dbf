// The English beside share.ts: the type is the Danish texts', so no key is missing. Loaded only for an English page.
import type { shareDa } from './share.ts';

export const shareEn: typeof shareDa = {
  csvColumns: { area: 'area', code: 'code', indicator: 'indicator', breakdown: 'breakdown', period: 'period', value: 'value', measure: 'measure', sourceValue: 'value_in_source', sourceUnit: 'unit_in_source', kind: 'kind', source: 'source', item: 'item', rank: 'rank', theme: 'theme', change: 'change_year', per1000: 'per_1000_inhabitants' },
  csvNotes: {
    title: 'Kommunetal',
    unit: 'Unit',
    source: 'Source',
    published: 'Data published',
    link: 'View',
    format: (flavour: 'plain' | 'excel-da') =>
      flavour === 'excel-da'
        ? 'Semicolon-separated with decimal commas, for Danish Excel; an empty value means the source has no figure.'
        : 'Numbers use a point as decimal separator and no thousands separator; an empty value means the source has no figure.',
  },
  csvPlain: 'CSV',
  csvExcel: 'CSV (Excel, Danish)',
  csvAbout: 'About the figures (.txt)',
  csvNameSuffix: 'name',
  noChartToExport: 'There is no chart to save.',
  exportFailed: 'That did not work',
  linkCopied: 'The link has been copied.',
  copyThisLink: 'Copy the link:',
  downloaded: (kind: string) => `${kind} downloaded.`,
  share: 'Share',
  embed: 'Embed',
  print: 'Print',
  embedTitle: 'Embed the chart on another page',
  embedData: 'Data',
  embedLive: 'Live: follows new figures',
  embedFrozen: (version: string) => `Frozen: always shows data version ${version}`,
  embedControls: 'Show the controls in the embedded chart',
  embedSnippet: 'Code to paste',
  embedHint: 'The code works on its own at a fixed height. The script under the iframe lets the height follow the chart.',
  copySnippet: 'Copy code',
  openInApp: 'Open in Kommunetal',
  pinnedMissing: (version: string) => `Data version ${version} is no longer published here; the chart shows the newest figures.`,
};
