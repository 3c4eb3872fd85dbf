import { extractTexts } from '../../i18n/texts/extract.ts';
import { KINDS, UNITS, type Kind, type Unit } from '../../data/contract.ts';
import { isPeriod } from '../../data/period.ts';
import type { CandidateObservation } from '../../extract/extract.ts';
import { useTexts } from '../../i18n/use-locale.ts';
import { LazySelect } from './lazy-select.tsx';
import type { RowEdit } from './model.ts';

type Option = { value: string; label: string };

/** One proposed figure, editable in place, with the sentence it came from as the way to its page. */
export function ProposalRow(props: {
  row: CandidateObservation & { index: number };
  accepted: boolean;
  focused: boolean;
  /** A person has chosen the indicator, so the extractor's confidence no longer applies. */
  chosen: boolean;
  indicatorOptions: Option[];
  areaOptions: Option[];
  onAccept: (on: boolean) => void;
  onEdit: (patch: RowEdit) => void;
  onShow: () => void;
}) {
  const t = useTexts(extractTexts);
  const { row: r, onEdit } = props;
  return (
    <tr className={`${props.accepted ? 'accepted' : ''}${props.focused ? ' focused' : ''}`} data-candidate={r.index}>
      <td>
        <input type="checkbox" checked={props.accepted} aria-label={t.extractAcceptOne(String(r.value), r.quote.slice(0, 60))} onChange={(e) => props.onAccept(e.target.checked)} />
      </td>
      <td data-label={t.value}>
        <input type="number" step="any" value={Number.isFinite(r.value) ? String(r.value) : ''} aria-label={t.value} onChange={(e) => onEdit({ value: e.target.value === '' ? Number.NaN : Number(e.target.value) })} />
        <select value={r.unit} aria-label={t.importUnit} onChange={(e) => onEdit({ unit: e.target.value as Unit })}>
          {UNITS.map((u) => (
            <option key={u} value={u}>
              {t.units[u]}
            </option>
          ))}
        </select>
      </td>
      <td data-label={t.indicator}>
        <LazySelect
          value={r.indicator}
          options={r.indicator === '' ? [{ value: '', label: t.extractUnknownIndicator }, ...props.indicatorOptions] : props.indicatorOptions}
          label={t.indicator}
          invalid={r.indicator === ''}
          onChange={(indicator) => onEdit({ indicator })}
        />
        {!props.chosen && <span className={`extract-confidence confidence-${r.confidence}`}>{t.extractConfidence[r.confidence]}</span>}
        {r.breakdown !== 'all' && <span className="extract-breakdown">{r.breakdown}</span>}
      </td>
      <td data-label={t.area}>
        <LazySelect value={r.area} options={props.areaOptions} label={t.area} onChange={(area) => onEdit({ area })} />
      </td>
      <td data-label={t.period}>
        <input type="text" value={r.period} size={10} aria-label={t.period} aria-invalid={!isPeriod(r.period)} onChange={(e) => onEdit({ period: e.target.value.trim() })} />
      </td>
      <td data-label={t.extractKind}>
        <select value={r.kind} aria-label={t.extractKind} onChange={(e) => onEdit({ kind: e.target.value as Kind })}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t.kinds[kind]}
            </option>
          ))}
        </select>
      </td>
      <td className="quote" data-label={t.evidence}>
        <button type="button" className="link-button" onClick={props.onShow}>
          {r.evidence.page !== null && <span className="extract-page-ref">{t.extractPageShort(r.evidence.page)} · </span>}
          {r.quote.length > 90 ? `${r.quote.slice(0, 90)}…` : r.quote}
        </button>
      </td>
    </tr>
  );
}
