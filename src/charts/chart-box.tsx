import { startTransition, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

/** The width of a printed chart in CSS px: A4 portrait (210 mm) less 12 mm margins each side. */
const PAPER_WIDTH = 700;

export interface ChartSize {
  width: number;
  height: number;
  /** Drawn for paper: no tooltips, no hover emphasis. */
  print: boolean;
}

let printing = false;
const listeners = new Set<() => void>();

function setPrinting(next: boolean): void {
  if (next === printing) return;
  printing = next;
  // Synchronously, so the paper copies are in the page before the browser lays it out for print.
  flushSync(() => listeners.forEach((l) => l()));
}

function subscribePrinting(listener: () => void): () => void {
  if (listeners.size === 0 && typeof window !== 'undefined') {
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
    printQuery()?.addEventListener('change', onPrintQuery);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && typeof window !== 'undefined') {
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
      printQuery()?.removeEventListener('change', onPrintQuery);
    }
  };
}

const printQuery = () => (typeof matchMedia === 'undefined' ? null : matchMedia('print'));
const onBeforePrint = () => setPrinting(true);
const onAfterPrint = () => setPrinting(false);
const onPrintQuery = (e: MediaQueryListEvent) => setPrinting(e.matches);

/** True while the page is being printed (between beforeprint and afterprint). */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribePrinting, () => printing, () => false);
}

/**
 * The drawn width of an element, followed as the window changes. The first width arrives as a
 * transition: what is drawn at that width (a chart) then renders after the page around it is on
 * screen, in its own tasks, instead of inside the commit that put the page there.
 */
export function useElementWidth<T extends Element>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const first = Math.floor(el.getBoundingClientRect().width);
    startTransition(() => setWidth(first));
    const observer = new ResizeObserver(() => setWidth(Math.floor(el.getBoundingClientRect().width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * A chart drawn at the width the screen gives it. Printing lays the page out again at paper width
 * without re-measuring, so while printing a second copy is drawn at a fixed paper width; both are
 * SVGs with a viewBox and scale to the paper by the print style sheet whatever happens, so no
 * chart is cut at the page edge even when a browser prints without telling the page.
 */
export function ChartBox({
  height,
  paper,
  children,
}: {
  /** In px, or as a function of the width where narrow charts lay out differently. */
  height: number | ((width: number) => number);
  /** Size on paper; the width defaults to the full A4 text width. */
  paper?: { width?: number; height?: number };
  children: (size: ChartSize) => ReactNode;
}) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const print = usePrinting();
  const heightAt = (w: number) => (typeof height === 'function' ? height(w) : height);
  const paperWidth = paper?.width ?? PAPER_WIDTH;
  return (
    <div className="chart-box">
      <div ref={ref} className="chart-screen" style={{ height: heightAt(width) }}>
        {width > 0 && children({ width, height: heightAt(width), print: false })}
      </div>
      {print && <div className="chart-paper">{children({ width: paperWidth, height: paper?.height ?? heightAt(paperWidth), print: true })}</div>}
    </div>
  );
}
