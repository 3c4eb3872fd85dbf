import { describe, expect, it, vi } from 'vitest';

describe('the shared texts', () => {
  it('stand in Danish, whole, for a language not yet loaded, and speak it once loaded', async () => {
    // A fresh copy of the module: the test setup has loaded English into the shared one.
    vi.resetModules();
    const { loadTexts, localeFor, onTextsLoaded, textsLoaded } = await import('../../src/i18n/locale.ts');
    expect(textsLoaded('en')).toBe(false);
    const before = localeFor('en');
    expect(before.lang).toBe('da');
    expect(before.t.views.trend).toBe('Udvikling');
    expect(before.number(1234.5, 1)).toBe('1.234,5');
    const heard = vi.fn();
    onTextsLoaded(heard);
    await loadTexts('en');
    expect(heard).toHaveBeenCalledOnce();
    const after = localeFor('en');
    expect(after.lang).toBe('en');
    expect(after.t.views.trend).toBe('Trend');
    expect(after.number(1234.5, 1)).toBe('1,234.5');
  });
});
