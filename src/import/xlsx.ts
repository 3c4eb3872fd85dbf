// Excel files (.xlsx) from jobindsats.dk and Statistikbanken, read with read-excel-file: a
// maintained MIT reader that needs no workers of its own, so it runs inside our parse worker
// and in Node alike (the `xlsx` package on npm is stuck at 0.18.5 with known advisories).
import readXlsxFile from 'read-excel-file/universal';
import { cellsToText, type TextTable } from './json-tables.ts';

/** True for the bytes a zip file (and so an .xlsx file) starts with. */
export function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** The first sheet with figures in it, as text rows; header detection happens later, as for CSV. */
export async function tableFromXlsx(input: Blob | ArrayBuffer): Promise<(TextTable & { sheet: string }) | { failed: string }> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = await readXlsxFile(input);
  } catch (e) {
    return { failed: `Excel-filen kunne ikke læses (${(e as Error).message}). Gem den igen fra Excel som .xlsx, eller som CSV.` };
  }
  const sheet = sheets.find((s) => s.data.some((r) => r.filter((c) => c !== null && c !== '').length >= 2));
  if (!sheet) return { failed: 'Excel-filen har ingen ark med en tabel (mindst to udfyldte kolonner).' };
  const { rows, decimalComma } = cellsToText(sheet.data);
  return { header: rows[0] ?? [], rows: rows.slice(1), shape: 'rows', title: null, decimalComma, sheet: sheet.sheet };
}
