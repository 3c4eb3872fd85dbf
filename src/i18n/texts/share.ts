// Sharing, embedding, printing and downloads. Danish first; the English has the Danish object's type, so no key is missing.

export const shareDa = {
  csvColumns: { area: 'område', code: 'kode', indicator: 'nøgletal', breakdown: 'fordeling', period: 'periode', value: 'værdi', measure: 'mål', sourceValue: 'værdi_i_kilden', sourceUnit: 'enhed_i_kilden', kind: 'art', source: 'kilde', item: 'punkt', rank: 'placering', theme: 'tema', change: 'ændring_år', per1000: 'pr_1000_indbyggere' },
  csvNotes: {
    title: 'Kommunetal',
    unit: 'Enhed',
    source: 'Kilde',
    published: 'Data offentliggjort',
    link: 'Visning',
    format: (flavour: 'plain' | 'excel-da'): string =>
      flavour === 'excel-da'
        ? 'Semikolon som skilletegn og komma som decimaltegn, til dansk Excel; en tom værdi betyder, at kilden ikke har et tal.'
        : 'Tal er skrevet med punktum som decimaltegn og uden tusindtalsadskillelse; en tom værdi betyder, at kilden ikke har et tal.',
  },
  csvPlain: 'CSV',
  csvExcel: 'CSV (Excel, dansk)',
  csvAbout: 'Om tallene (.txt)',
  csvNameSuffix: 'navn',
  noChartToExport: 'Der er ingen graf at gemme.',
  exportFailed: 'Det lykkedes ikke',
  linkCopied: 'Linket er kopieret.',
  copyThisLink: 'Kopiér linket:',
  downloaded: (kind: string) => `${kind} er hentet.`,
  share: 'Del',
  embed: 'Indlejr',
  print: 'Udskriv',
  embedTitle: 'Indlejr grafen på en anden side',
  embedData: 'Data',
  embedLive: 'Live: følger med, når der kommer nye tal',
  embedFrozen: (version: string) => `Fastfrosset: viser altid dataversion ${version}`,
  embedControls: 'Vis valgmuligheder i den indlejrede graf',
  embedSnippet: 'Kode til at sætte ind',
  embedHint: 'Koden virker alene med en fast højde. Scriptet under iframen får højden til at følge grafen.',
  copySnippet: 'Kopiér kode',
  openInApp: 'Åbn i Kommunetal',
  pinnedMissing: (version: string) => `Dataversion ${version} findes ikke længere her; grafen viser de nyeste tal.`,
};

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
