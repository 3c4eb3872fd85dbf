// Tests read both languages' texts; an app page loads English only when it shows it (src/i18n/locale.ts).
import { loadTexts } from '../src/i18n/locale.ts';

await loadTexts('en');
