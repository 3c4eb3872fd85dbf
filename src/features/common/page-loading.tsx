import { useLocale } from '../../i18n/use-locale.ts';

/**
 * "Henter data …" where the page's content will be: the HTML's frame shows the same, so the page
 * goes from it to the content without anything on screen moving.
 */
export function PageLoading() {
  const t = useLocale().t;
  return (
    <div className="page-status" role="status">
      {t.loading}
    </div>
  );
}
