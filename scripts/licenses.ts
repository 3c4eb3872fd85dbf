// npm run audit:licenses: an offline check of what ships to the browser. `npm audit` needs the
// advisory service, which this network cannot reach; this reads package-lock.json instead: every
// production package with its version and licence, failing on a licence we have not accepted
// and on a version below the fix of a public advisory we know of.
import { readFileSync } from 'node:fs';

/** Licences that allow use in a public-sector web app without conditions beyond attribution. */
// Apache-2.0 WITH LLVM-exception (the WebAssembly shims behind Prophet's optimizer) is Apache-2.0 with one condition waived.
const ACCEPTED = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', 'Apache-2.0 WITH LLVM-exception', '0BSD', 'CC0-1.0', 'Unlicense', 'BlueOak-1.0.0']);

/** Public advisories against packages we ship, with the first fixed version. */
const ADVISORIES: { name: string; fixed: string; note: string }[] = [
  { name: 'd3-color', fixed: '3.1.0', note: 'ReDoS ved læsning af farver (GHSA-36jr-mh4h-2g58), rettet i 3.1.0' },
  { name: 'zod', fixed: '3.22.3', note: 'ReDoS i e-mail-tjekket (CVE-2023-4316), rettet i 3.22.3' },
  { name: 'pdfjs-dist', fixed: '4.2.67', note: 'kørsel af vilkårlig JavaScript via skrifttyper i en PDF (CVE-2024-4367), rettet i 4.2.67' },
  { name: 'papaparse', fixed: '5.2.0', note: 'ReDoS ved genkendelse af tal (CVE-2020-36649), rettet i 5.2.0' },
];

interface LockPackage {
  version?: string;
  license?: string;
  dev?: boolean;
}

const newer = (a: string, b: string) => {
  const [x, y] = [a, b].map((v) => v.split(/[.-]/).slice(0, 3).map(Number));
  for (let i = 0; i < 3; i++) if (x![i] !== y![i]) return x![i]! > y![i]!;
  return true;
};

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockPackage> };
const shipped = Object.entries(lock.packages)
  .filter(([path, p]) => path !== '' && !p.dev)
  .map(([path, p]) => ({ name: path.replace(/^.*node_modules\//, ''), version: p.version ?? '?', license: p.license ?? 'UKENDT' }))
  .sort((a, b) => a.name.localeCompare(b.name));

/** An SPDX expression: "A AND B" needs every part accepted, "A OR B" one of them. */
const accepted = (licence: string): boolean =>
  licence
    .replace(/[()]/g, '')
    .split(/\s+OR\s+/)
    .some((alternative) => alternative.split(/\s+AND\s+/).every((part) => ACCEPTED.has(part.trim())));

const problems: string[] = [];
for (const p of shipped) {
  if (!accepted(p.license)) problems.push(`${p.name}@${p.version}: licensen "${p.license}" er ikke godkendt`);
  const advisory = ADVISORIES.find((a) => a.name === p.name);
  if (advisory && !newer(p.version, advisory.fixed)) problems.push(`${p.name}@${p.version}: ${advisory.note}`);
}
const byLicence = new Map<string, number>();
for (const p of shipped) byLicence.set(p.license, (byLicence.get(p.license) ?? 0) + 1);
process.stdout.write(`${shipped.length} pakker i produktionen: ${[...byLicence].map(([l, n]) => `${l} ${n}`).join(', ')}\n`);
for (const a of ADVISORIES) {
  const p = shipped.find((x) => x.name === a.name);
  process.stdout.write(`  ${a.name}${p ? `@${p.version}` : ' (ikke med)'}: ${a.note}${p && newer(p.version, a.fixed) ? ' – ok' : ''}\n`);
}
if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write('Alle licenser er godkendt, og ingen kendt sårbarhed gælder de versioner, vi bruger.\n');
