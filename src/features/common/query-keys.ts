// Every query key in one place, so a save or a removal invalidates exactly what it changed.
export const queryKeys = {
  core: (pinned: string | null) => ['core', pinned] as const,
  userDatasets: ['user-datasets'] as const,
  observations: (file: string | undefined) => ['observations', file] as const,
  boundaries: (base: string) => ['boundaries', base] as const,
  /** A model's answer for one indicator, breakdown and data version, and the areas asked about. */
  model: (kind: 'forecast' | 'seasonal', key: string, areas: string, goal = '') => [kind, key, areas, goal] as const,
  /** A part of the app's code fetched when first used. */
  code: (part: string) => ['code', part] as const,
};
