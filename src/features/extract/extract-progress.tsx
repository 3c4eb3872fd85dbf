import { extractTexts } from '../../i18n/texts/extract.ts';
import { useTexts } from '../../i18n/use-locale.ts';
import { progressShare, type ExtractProgress } from './model.ts';

/** How far reading and extracting have come, page by page for a PDF, with the way to stop. */
export function ExtractProgressBar({ progress, paged, onCancel }: { progress: ExtractProgress | null; paged: boolean; onCancel: () => void }) {
  const t = useTexts(extractTexts);
  const text = !progress ? t.extractStarting : progress.stage === 'reading' ? t.extractReading(progress.page, progress.pages) : t.extractFinding(Math.round(progress.share * 100));
  return (
    <div className="extract-progress" role="status">
      <progress max={1} value={progress ? progressShare(progress, paged) : undefined} aria-label={text} />
      <span>{text}</span>
      <button type="button" onClick={onCancel}>
        {t.cancel}
      </button>
    </div>
  );
}
