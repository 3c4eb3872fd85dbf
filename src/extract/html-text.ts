// The text of a minutes page from an agenda system: the main content only (when the page marks
// it), without scripts, menus, headers and footers; paragraphs and headings on lines of their
// own, list items as bullets, and every table row as one line of tab-separated cells, so the
// extractor reads tables the same way from HTML, PDF and text.
import { Parser } from 'htmlparser2';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'iframe', 'object']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'caption', 'figure', 'figcaption', 'address', 'hr', 'li']);
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'blockquote', 'pre', 'caption']);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col', 'area', 'base', 'wbr', 'source', 'track', 'embed', 'param']);

interface Token {
  text: string;
  main: boolean;
}

/** Deeper than any agenda system nests; past it, the parser's own stack makes each tag cost its depth. */
const MAX_DEPTH = 500;
/** Elements whose end tag is often left out: counting them would make a page of unclosed <p>s look deep. */
const IMPLIED_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp', 'optgroup']);

/**
 * The page with every tag nested deeper than MAX_DEPTH turned into a line break: its text stays,
 * and 100.000 nested <div>s are read in linear time instead of quadratic (42 s in the app).
 */
export function capNesting(html: string): string {
  let depth = 0;
  let deepest = 0;
  const tags = /<(\/?)([a-zA-Z][\w:-]*)[^>]*>/g;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (VOID.has(name) || IMPLIED_END.has(name) || m[0].endsWith('/>')) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  if (deepest <= MAX_DEPTH) return html;
  depth = 0;
  return html.replace(tags, (tag: string, close: string, tagName: string) => {
    const name = tagName.toLowerCase();
    if (VOID.has(name) || IMPLIED_END.has(name) || tag.endsWith('/>')) return tag;
    const inside = close ? depth-- > MAX_DEPTH : ++depth > MAX_DEPTH;
    if (depth < 0) depth = 0;
    return inside ? '\n' : tag;
  });
}

export function htmlToText(html: string): string {
  const tokens: Token[] = [];
  let skip = 0;
  let main = 0;
  let hasMain = false;
  let pre = 0;
  let table = 0;
  let cells: string[] | null = null;
  let cell: string | null = null;
  /** Open elements, so an unclosed <p> or a stray </div> cannot unbalance the counters. */
  const open: { name: string; skip: boolean; main: boolean }[] = [];
  const emit = (text: string) => {
    if (skip > 0) return;
    if (cell !== null) cell += text;
    else tokens.push({ text, main: main > 0 });
  };
  const lineStart = () => {
    const last = tokens[tokens.length - 1]?.text ?? '\n';
    return last.endsWith('\n') ? '' : '\n';
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const isSkip = SKIP.has(name) || attrs.hidden !== undefined || attrs['aria-hidden'] === 'true';
        const isMain = name === 'main' || name === 'article' || attrs.role === 'main';
        if (!VOID.has(name)) open.push({ name, skip: isSkip, main: isMain });
        if (isSkip) skip += 1;
        if (isMain) {
          main += 1;
          if (skip === 0) hasMain = true;
        }
        if (name === 'pre') pre += 1;
        if (name === 'table') table += 1;
        if (name === 'br') emit('\n');
        else if (name === 'tr') cells = [];
        else if ((name === 'td' || name === 'th') && cells) cell = '';
        else if (BLOCK.has(name)) emit(PARAGRAPH.has(name) ? '\n\n' : '\n');
        if (name === 'li') emit('• ');
      },
      ontext(text) {
        // Between a table's cells there is only layout whitespace.
        if (table > 0 && cell === null && text.trim() === '') return;
        emit(pre > 0 ? text : text.replace(/\s+/g, ' '));
      },
      onclosetag(name, implied) {
        if (VOID.has(name) && !implied) return;
        if ((name === 'td' || name === 'th') && cells && cell !== null) {
          cells.push(cell.replace(/\s+/g, ' ').trim());
          cell = null;
        } else if (name === 'tr' && cells) {
          const row = cells;
          cells = null;
          cell = null;
          // Rows follow each other without blank lines, so the extractor sees one table.
          if (row.some((c) => c !== '')) emit(`${lineStart()}${row.join('\t')}\n`);
        } else if (BLOCK.has(name)) emit(PARAGRAPH.has(name) ? '\n\n' : '\n');
        // From the innermost element out: a close tag nearly always ends the last one opened, so a
        // page of 100.000 nested elements costs a step per tag, not a scan of all of them.
        let at = open.length - 1;
        while (at >= 0 && open[at]!.name !== name) at--;
        if (at < 0) return;
        for (const closed of open.splice(at)) {
          if (closed.skip) skip -= 1;
          if (closed.main) main -= 1;
          if (closed.name === 'pre') pre -= 1;
          if (closed.name === 'table') table -= 1;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(capNesting(html));
  parser.end();
  const chosen = hasMain ? tokens.filter((t) => t.main) : tokens;
  return chosen
    .map((t) => t.text)
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \u00a0]+/g, ' ').replace(/ ?\t ?/g, '\t').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The page's own charset (BOM, then <meta charset> or http-equiv), else UTF-8, else Windows-1252. */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  // A page that can declare its charset in ASCII is not UTF-16, whatever it says: the HTML standard
  // reads a declared UTF-16 as UTF-8 (without it, ASCII minutes decoded as UTF-16 gave no figures).
  if (declared && !/^utf-?16/i.test(declared)) {
    try {
      return new TextDecoder(declared.toLowerCase()).decode(bytes);
    } catch {
      // An unknown label: fall through to sniffing.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
