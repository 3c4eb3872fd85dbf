// Proposals from many minutes at once: in meeting order, a figure an earlier meeting already
// gave (same area, indicator, breakdown, period, kind and value) is a repeat, one it gave with
// another value a conflict; against the bundled data, a proposal is new, known or different.
import type { Observation } from '../data/contract.ts';
import { appendTo } from '../data/append-to.ts';
import type { CandidateObservation, Extraction } from './extract.ts';

type BatchStatus = 'new' | 'repeat' | 'conflict';
type DataStatus = 'new' | 'known' | 'different';

export interface BatchProposal extends Observation {
  document: string;
  page: number | null;
  status: BatchStatus;
  /** For a repeat or conflict: the document (and page) that gave the figure first, and its value. */
  earlier: string;
  data_status: DataStatus | '';
  data_value: number | null;
}

export interface BatchDocument {
  document: string;
  extraction: Extraction;
}

const keyOf = (o: Pick<Observation, 'area' | 'indicator' | 'breakdown' | 'period' | 'kind'>) => [o.area, o.indicator, o.breakdown.toLowerCase(), o.period, o.kind].join('|');
const where = (document: string, page: number | null) => (page ? `${document} s. ${page}` : document);

export function mergeProposals(documents: BatchDocument[], known: Observation[] | null = null): BatchProposal[] {
  const ordered = [...documents].sort((a, b) => (a.extraction.source.meeting_date || '9999').localeCompare(b.extraction.source.meeting_date || '9999') || a.document.localeCompare(b.document));
  const first = new Map<string, { value: number | null; document: string; page: number | null }[]>();
  const data = new Map<string, number | null>();
  for (const o of known ?? []) data.set(keyOf(o), o.value);
  const out: BatchProposal[] = [];
  for (const { document, extraction } of ordered) {
    const inThisDocument = new Set<string>();
    for (const candidate of extraction.observations) {
      const { evidence, ...o }: CandidateObservation = candidate;
      const key = keyOf(o);
      const earlier = (first.get(key) ?? []).filter((e) => e.document !== document);
      const same = earlier.find((e) => e.value === o.value);
      const status: BatchStatus = same ? 'repeat' : earlier.length > 0 ? 'conflict' : 'new';
      const cited = same ?? earlier[0];
      const inData = known ? data.get(key) : undefined;
      out.push({
        ...o,
        document,
        page: evidence.page,
        status,
        earlier: cited ? `${where(cited.document, cited.page)}: ${cited.value}` : '',
        data_status: !known ? '' : inData === undefined ? 'new' : inData === o.value ? 'known' : 'different',
        data_value: inData ?? null,
      });
      if (!inThisDocument.has(`${key}|${o.value}`)) {
        appendTo(first, key, [{ value: o.value, document, page: evidence.page }]);
        inThisDocument.add(`${key}|${o.value}`);
      }
    }
  }
  return out;
}
