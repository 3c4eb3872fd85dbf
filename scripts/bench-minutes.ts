// Synthetic minutes for timing the extractor: agenda items with status sentences, a table by
// benefit group and month, targets, ranks and a grant with budget lines, repeated to the size
// asked for. Invented figures, for benchmarks and tests only.
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const GROUPS = ['A-dagpenge', 'Kontanthjælp', 'Sygedagpenge', 'Jobafklaring', 'Førtidspension'];

function item(n: number): string {
  const year = 2015 + (n % 10);
  const month = MONTHS[n % 12]!;
  const v = (k: number) => ((n * 37 + k * 101) % 2900) + 100;
  const dots = (x: number) => x.toLocaleString('da-DK');
  return [
    `Punkt ${n}: Status på beskæftigelsesområdet ${month} ${year}`,
    '',
    'Sagsfremstilling',
    `Der var i ${month} ${year} i alt ${dots(v(1) + 1000)} ydelsesmodtagere målt i fuldtidspersoner, og ${(n % 30) + 10},${n % 10} % af befolkningen var på offentlig forsørgelse.`,
    `Kommunen ligger som nummer ${(n % 97) + 1} af 98 kommuner, og målet er at nå under ${dots(v(2) + 900)} kontant- og uddannelseshjælpsmodtagere i ${MONTHS[(n + 3) % 12]} ${year + 1}.`,
    '',
    `Fuldtidspersoner efter ydelsesgruppe`,
    `Ydelsesgruppe\t${MONTHS[(n + 10) % 12]} ${year}\t${month} ${year}`,
    ...GROUPS.map((g, k) => `${g}\t${dots(v(k + 3))}\t${dots(v(k + 9))}`),
    '',
    `Kommunen har fået tilsagn på ${dots(v(4) * 1000)} kr. fra Styrelsen for Arbejdsmarked og Rekruttering i perioden 1. marts ${year} – 28. februar ${year + 1}.`,
    `• Løn: ${dots(v(5) * 100)} kr.`,
    `• Evaluering: ${dots(v(6) * 10)} kr.`,
    '',
    'Beslutning',
    'Taget til efterretning.',
    '',
  ].join('\n');
}

/** About `bytes` bytes of minutes (UTF-8), starting with a header like a real minutes file. */
export function generateMinutes(bytes: number): string {
  const parts = ['Herlev Kommune\nREFERAT Arbejdsmarkedsudvalget d. 14-03-2024\n\n'];
  let size = Buffer.byteLength(parts[0]!);
  for (let n = 1; size < bytes; n += 1) {
    const next = item(n);
    parts.push(next);
    size += Buffer.byteLength(next) + 1;
  }
  return parts.join('\n');
}
