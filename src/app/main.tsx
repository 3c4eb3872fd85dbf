import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useViewStore } from '../view/store.ts';
import { App } from './app.tsx';
import { startLoading } from './boot.ts';
import './styles.css';

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });
const catalogue = startLoading(queryClient, useViewStore.getState().spec);

// React's first render is one long task; it waits until the catalogue is read and the view's files
// are asked for (the HTML preloaded the catalogue, so usually a few ms), but never more than 50 ms.
void Promise.race([catalogue, new Promise((wait) => setTimeout(wait, 50))]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
