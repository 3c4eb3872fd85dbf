// What the one frame renders for any view: title, legend, notes, table alternative, text
// alternative, source line and the CSV, all computed by the view's pure model.
import type { Observation } from '../data/contract.ts';
import type { CsvTable } from '../export/csv.ts';
import type { Marker } from '../format/palette.ts';

/** One figure as the source panel shows it: whose it is, its value as the source gives it, and where it stands. */
export interface SourceItem {
  label: string;
  colour?: string;
  valueText: string;
  observation: Pick<Observation, 'period' | 'source_id' | 'item' | 'quote' | 'kind'>;
}

export interface LegendEntry {
  /** The series key ("163", "163:target"); `hide=` in the URL names these. */
  key: string;
  name: string;
  colour: string;
  dash?: string;
  /** Hidden from the chart, the table and every export; the legend still offers it. */
  hidden: boolean;
  /** The shape marking the line, as in the chart. */
  marker?: Marker;
}

interface TableCell {
  text: string;
  /** The series the cell belongs to, where columns are series. */
  series?: string;
  /** The number behind the text, for tests and screen readers; null where the source has none. */
  value?: number | null;
  /** Opens the source of this figure when the cell is clicked. */
  select?: string;
}

interface TableRow {
  key: string;
  header: string;
  cells: TableCell[];
  /** A reference line or total rather than an area. */
  note?: boolean;
}

export interface TableModel {
  caption: string;
  /** Header of the row-header column, then of each cell column. */
  columns: string[];
  rows: TableRow[];
}

/**
 * A table whose rows are written when first read: a filter change redraws the chart, and the
 * table of 240 months is only needed once it is shown, printed or extended by a model line.
 */
export function tableWithRows(caption: string, columns: string[], build: () => TableRow[]): TableModel {
  let rows: TableRow[] | null = null;
  return {
    caption,
    columns,
    get rows() {
      return (rows ??= build());
    },
  };
}

export interface FrameModel {
  title: string;
  subtitle: string;
  /** The current choice in one line (areas, indicator, period): what the phone shows in place of the controls. */
  choices: string;
  /** The y or x axis title: what the numbers are. */
  unitLabel: string;
  legend: LegendEntry[];
  /** Short remarks under the chart: where a series ends, which areas have no figures. */
  notes: string[];
  table: TableModel;
  /** A sentence or two that say what the chart shows, for screen readers and the image's alt text. */
  textAlternative: string;
  sourceLine: string;
  csv: CsvTable;
  /** Names the downloaded files. */
  fileTitle: string;
  /** Set when there is nothing to draw: what to say instead. */
  empty: { title: string; body: string } | null;
}
