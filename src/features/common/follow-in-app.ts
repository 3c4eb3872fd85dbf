import type { MouseEvent } from 'react';

/**
 * A link inside the app is a real link (open in a new tab, copy, bookmark), and a plain click
 * changes the view in place. Modifier keys and other buttons are left to the browser.
 */
export function followInApp(e: MouseEvent, go: () => void): void {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  go();
}
