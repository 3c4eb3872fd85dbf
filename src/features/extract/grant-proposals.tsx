import { extractTexts } from '../../i18n/texts/extract.ts';
import { textsWith } from '../../i18n/locale.ts';
import type { ProposedGrant } from '../../extract/extract.worker.ts';
import { useLocale } from '../../i18n/use-locale.ts';

/** More grants than this are counted, not laid out: a long document can hold thousands. */
const SHOWN = 10;

/**
 * The grants the minutes give, each as one grant with its budget lines, so a grant is never read as
 * loose amounts; a grant whose lines do not add up says so.
 */
export function GrantProposals({ grants }: { grants: ProposedGrant[] }) {
  const locale = useLocale();
  const t = textsWith(locale, extractTexts);
  if (grants.length === 0) return null;
  const kr = (n: number) => locale.value(n, 'dkk');
  const notAddingUp = grants.filter((g) => g.lineSum !== null && g.lineSum !== g.amount).length;
  return (
    <>
      <ul className="extract-grants">
        {grants.slice(0, SHOWN).map((g) => (
          <li key={g.id}>
            <strong>{t.extractGrantHeading(g.title, kr(g.amount))}</strong>
            {g.grantor && ` · ${g.grantor}`}
            {g.start && ` · ${locale.date(g.start)}${g.end ? ` – ${locale.date(g.end)}` : ''}`}
            {g.lines.length > 0 && (
              <ul>
                {g.lines.map((l, i) => (
                  <li key={i}>
                    {l.line}: {kr(l.amount)}
                  </li>
                ))}
              </ul>
            )}
            {g.lineSum !== null && g.lineSum !== g.amount && (
              <p className="import-message warning" role="status">
                {t.extractLinesDoNotAddUp(g.title, kr(g.lineSum), kr(g.amount))}
              </p>
            )}
          </li>
        ))}
      </ul>
      {grants.length > SHOWN && (
        <p className="import-message" role="status">
          {t.extractMoreGrants(locale.number(grants.length - SHOWN, 0), locale.number(notAddingUp, 0))}
        </p>
      )}
    </>
  );
}
