// Holds the view spec and keeps it in step with the URL (push on change, read on back/forward).
import { create } from 'zustand';
import { decodeSpec, encodeSpec } from './url.ts';
import type { ViewSpec } from './view-spec.ts';

interface ViewState {
  spec: ViewSpec;
  /** `replace` changes the URL without a new history entry (a map playing through months). */
  setSpec: (patch: Partial<ViewSpec>, options?: { replace?: boolean }) => void;
}

function currentUrlSpec(): ViewSpec {
  if (typeof location === 'undefined') return decodeSpec('');
  const spec = decodeSpec(location.search);
  // embed.html is the page other sites may frame; it always shows the embed.
  return location.pathname.endsWith('/embed.html') ? { ...spec, embed: true } : spec;
}

export const useViewStore = create<ViewState>((set, get) => ({
  spec: currentUrlSpec(),
  setSpec: (patch, options) => {
    const spec = { ...get().spec, ...patch };
    const query = encodeSpec(spec);
    if (query !== location.search) {
      if (options?.replace) history.replaceState(null, '', query || location.pathname);
      else history.pushState(null, '', query || location.pathname);
    }
    set({ spec });
  },
}));

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    const spec = currentUrlSpec();
    useViewStore.setState({ spec });
  });
}

export function useSpec(): ViewSpec {
  return useViewStore((s) => s.spec);
}

export function useSetSpec(): ViewState['setSpec'] {
  return useViewStore((s) => s.setSpec);
}
