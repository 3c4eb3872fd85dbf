// Turns the positioned text of PDF pages into minutes text: items on one baseline become a
// line, wide gaps between them become tabs (table cells, aligned to the table's columns),
// lines wrapped by the layout are joined back into paragraphs, and pages are separated by a
// form feed so every figure can name its page. Pure: pdf.js only supplies the items.

export interface PositionedText {
  str: string;
  /** Left edge and baseline in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size, from the text matrix. */
  size: number;
}

interface Cell {
  text: string;
  x: number;
  right: number;
}

interface Line {
  y: number;
  size: number;
  cells: Cell[];
  left: number;
  right: number;
}

/** Items whose baselines lie within a fraction of the font size of each other share a line. */
function linesOf(items: PositionedText[]): Line[] {
  // pdf.js reports the space between table cells as a wide blank item; the gap itself is what counts.
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PositionedText[][] = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    if (group && Math.abs(group[0]!.y - item.y) <= Math.max(1, item.size * 0.4)) group.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    const size = Math.max(...group.map((i) => i.size));
    const cells: Cell[] = [];
    for (const item of group) {
      const last = cells[cells.length - 1];
      const gap = last ? item.x - last.right : Infinity;
      // A gap wider than about two and a half spaces separates cells; a narrower one is a word space.
      if (!last || gap > size * 0.7) cells.push({ text: item.str, x: item.x, right: item.x + item.width });
      else {
        const joiner = gap > size * 0.12 && !last.text.endsWith(' ') && !item.str.startsWith(' ') ? ' ' : '';
        last.text += joiner + item.str;
        last.right = Math.max(last.right, item.x + item.width);
      }
    }
    for (const c of cells) c.text = c.text.replace(/\s+/g, ' ').trim();
    const kept = cells.filter((c) => c.text !== '');
    return { y: group[0]!.y, size, cells: kept, left: kept[0]?.x ?? 0, right: kept[kept.length - 1]?.right ?? 0 };
  }).filter((l) => l.cells.length > 0);
}

/** Cells of consecutive multi-cell lines placed in shared columns, so a gap stays a gap. */
function alignColumns(run: Line[]): string[] {
  const widest = run.reduce((a, b) => (b.cells.length > a.cells.length ? b : a));
  const anchors = widest.cells.map((c) => (c.x + c.right) / 2);
  return run.map((line) => {
    const row = anchors.map(() => '');
    line.cells.forEach((cell, k) => {
      if (k === 0) {
        row[0] = cell.text;
        return;
      }
      const centre = (cell.x + cell.right) / 2;
      let best = 1;
      for (let j = 1; j < anchors.length; j += 1) if (Math.abs(anchors[j]! - centre) < Math.abs(anchors[best]! - centre)) best = j;
      row[best] = row[best] ? `${row[best]} ${cell.text}` : cell.text;
    });
    return row.join('\t').replace(/\t+$/, '');
  });
}

/** "kontant-" + "og uddannelseshjælp" keeps its space; "A-" + "dagpenge" is one word again. */
function joinWrapped(before: string, after: string): string {
  if (!before.endsWith('-')) return `${before} ${after}`;
  return /^(?:og|eller|samt|til)\b/.test(after) ? `${before} ${after}` : `${before}${after}`;
}

/** One page's text: paragraphs, blank lines where the layout leaves space, tables as tab rows. */
export function layoutPage(items: PositionedText[]): string {
  const lines = linesOf(items);
  if (lines.length === 0) return '';
  const textRight = Math.max(...lines.filter((l) => l.cells.length === 1).map((l) => l.right), 0);
  const out: string[] = [];
  let k = 0;
  while (k < lines.length) {
    const line = lines[k]!;
    const previous = lines[k - 1];
    if (previous && previous.y - line.y > Math.max(previous.size, line.size) * 1.8) out.push('');
    if (line.cells.length > 1) {
      const run = [line];
      while (k + 1 < lines.length && lines[k + 1]!.cells.length > 1 && run[run.length - 1]!.y - lines[k + 1]!.y <= lines[k + 1]!.size * 1.8) run.push(lines[++k]!);
      out.push(...alignColumns(run));
    } else {
      const text = line.cells[0]!.text;
      // A line that (nearly) fills the width was wrapped by the layout: the next line continues
      // it, unless a sentence ended there and a new one begins, which may be a heading.
      const before = out[out.length - 1] ?? '';
      const sentenceEnds = /[.!?:]$/.test(before) && /^[A-ZÆØÅ0-9•]/.test(text);
      const wrapped = previous && previous.cells.length === 1 && before !== '' && !sentenceEnds && previous.right >= textRight * 0.75 && previous.y - line.y <= line.size * 1.8 && Math.abs(previous.left - line.left) < line.size * 2;
      if (wrapped) out[out.length - 1] = joinWrapped(out[out.length - 1]!, text);
      else out.push(text);
    }
    k += 1;
  }
  return out.join('\n');
}

/** The pages' text, separated by form feeds (page n starts after the (n-1)th form feed). */
export function layoutPages(pages: PositionedText[][]): string {
  return pages.map(layoutPage).join('\n\f\n');
}
