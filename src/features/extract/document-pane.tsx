import { extractTexts } from '../../i18n/texts/extract.ts';
import { useTexts } from '../../i18n/use-locale.ts';
import { pageSegments, type DocumentPage, type Mark } from './model.ts';

/** The document's page with the proposals marked, the focused one scrolled into view. */
export function DocumentPane(props: { text: string; page: DocumentPage; pageIndex: number; pageCount: number; pdf: boolean; marks: Mark[]; focus: number | null; accepted: ReadonlySet<number>; onPage: (index: number) => void }) {
  const t = useTexts(extractTexts);
  const { pageIndex, pageCount, focus, accepted } = props;
  return (
    <div className="extract-document">
      {pageCount > 1 && (
        <div className="extract-pager">
          <button type="button" disabled={pageIndex === 0} onClick={() => props.onPage(pageIndex - 1)}>
            {t.extractPreviousPage}
          </button>
          <span className="extract-page-label">{t.extractPageLabel(pageIndex + 1, pageCount, props.pdf)}</span>
          <button type="button" disabled={pageIndex >= pageCount - 1} onClick={() => props.onPage(pageIndex + 1)}>
            {t.extractNextPage}
          </button>
        </div>
      )}
      <div className="extract-text" aria-label={t.extractText} tabIndex={0}>
        {pageSegments(props.text, props.page, props.marks, focus).map((seg, k) =>
          seg.mark === null ? (
            <span key={k}>{seg.text}</span>
          ) : (
            <mark key={k} className={`${accepted.has(seg.mark) ? 'accepted' : ''} ${seg.mark === focus ? 'focused' : ''}`} ref={seg.mark === focus ? (el) => el?.scrollIntoView({ block: 'center' }) : undefined}>
              {seg.text}
            </mark>
          ),
        )}
      </div>
    </div>
  );
}
