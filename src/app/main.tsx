import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useViewStore } from '../view/store.ts';
import { App } from './app.tsx';
import { startLoading } from './boot.ts';
import { loadView } from './view-modules.ts';
import { loadTexts } from '../i18n/locale.ts';
import './styles.css';

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });
const spec = useViewStore.getState().spec;
const catalogue = startLoading(queryClient, spec);

// React's first render is one long task. The full page shows its frame from the HTML meanwhile, so
// React waits for the catalogue and the view's code (a render before them would only draw "Henter
// data …" again, on the thread the view's code needs), but never more than 1,5 s. An embed has no
// such frame and waits at most 50 ms for the catalogue. An English page's texts are a chunk of their own.
const texts = loadTexts(spec.lang);
const ready = spec.embed ? Promise.all([catalogue, texts]) : Promise.all([catalogue, texts, loadView(spec.view).catch(() => undefined)]);
void Promise.race([ready, new Promise((wait) => setTimeout(wait, spec.embed ? 50 : 1500))]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
