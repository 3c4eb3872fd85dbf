// Statistikbanken and Jobindsats write periods as 2022M07, 2022K3/2022Q3 or 2022.
export function periodFromStatbank(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})M(0[1-9]|1[0-2])$/.exec(t);
  if (m) return `${m[1]}-${m[2]}`;
  m = /^(\d{4})[KQ]([1-4])$/.exec(t);
  if (m) return `${m[1]}-Q${m[2]}`;
  m = /^(\d{4})$/.exec(t);
  if (m) return t;
  return null;
}
