import { createContext } from 'react';

/** The series a reader points at in the legend; the chart greys the others. */
export const EmphasisContext = createContext<{ key: string | null; set: (key: string | null) => void }>({ key: null, set: () => undefined });
