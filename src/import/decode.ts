// Bytes to text for imported files: which encoding a file is in, and text chunks cut where a
// record ends, so a file of any size is decoded and parsed piece by piece in the worker.

/** The encodings Danish statistics files come in: Excel's "CSV (semikolonsepareret)" is Windows-1252. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface EncodingGuess {
  encoding: TextEncoding;
  /** Bytes of byte-order mark at the start, skipped before decoding. */
  bom: number;
}

/**
 * The encoding of a file from its first bytes: a byte-order mark decides; without one, zero
 * bytes at every other place mean UTF-16, text that is valid UTF-8 is UTF-8, and anything else
 * is Windows-1252 (which decodes every byte).
 */
export function detectEncoding(head: Uint8Array): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const sample = head.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const pairs = Math.max(1, Math.floor(sample.length / 2));
  if (oddZeros / pairs > 0.3 && evenZeros < oddZeros / 4) return { encoding: 'utf-16le', bom: 0 };
  if (evenZeros / pairs > 0.3 && oddZeros < evenZeros / 4) return { encoding: 'utf-16be', bom: 0 };
  return { encoding: isUtf8(head) ? 'utf-8' : 'windows-1252', bom: 0 };
}

/** True when the bytes are valid UTF-8, allowing a character cut off at the end of the sample. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** True when the bytes hold a character beyond ASCII: valid UTF-8 with one shows the file is UTF-8. */
export const hasNonAscii = (bytes: Uint8Array) => bytes.some((b) => b >= 0x80);

/** How the import names an encoding to the user. */
export const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
};

/**
 * Splits text into the records that are complete and the rest, which may continue in the next
 * chunk. A line break inside quotes is part of a cell, not the end of a record: quotes are
 * counted, and a doubled quote ("") counts twice, so it never changes the parity.
 */
export function splitCompleteRecords(text: string): [complete: string, rest: string] {
  let quoted = false;
  let cut = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted) cut = i;
  }
  return cut < 0 ? ['', text] : [text.slice(0, cut + 1), text.slice(cut + 1)];
}

/** Thrown when a file that began as UTF-8 turns out not to be; the import starts over as Windows-1252. */
export class NotUtf8Error extends Error {}

/**
 * The file as text, one piece of whole records at a time, with the bytes read so far. A file
 * guessed as UTF-8 from its head is decoded strictly, so a Windows-1252 character further in
 * is noticed (NotUtf8Error) instead of becoming a replacement character; `lenient` decodes it as
 * U+FFFD, for a file whose own UTF-8 characters show it is UTF-8 with a stray bad byte.
 */
export async function* decodeRecords(file: Blob, guess: EncodingGuess, chunkBytes = 1024 * 1024, lenient = false): AsyncGenerator<{ text: string; bytes: number }> {
  const decoder = new TextDecoder(guess.encoding, { fatal: guess.encoding === 'utf-8' && !lenient });
  let carry = '';
  for (let start = guess.bom; start < file.size; start += chunkBytes) {
    const end = Math.min(file.size, start + chunkBytes);
    const bytes = new Uint8Array(await file.slice(start, end).arrayBuffer());
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: end < file.size });
    } catch {
      throw new NotUtf8Error();
    }
    const [complete, rest] = splitCompleteRecords(carry + text);
    carry = rest;
    if (complete) yield { text: complete, bytes: end };
  }
  if (carry.trim() !== '') yield { text: carry, bytes: file.size };
}
