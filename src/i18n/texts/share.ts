// Sharing, embedding, printing and downloads. The Danish texts, whose type the English (share.en.ts) must match.

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
