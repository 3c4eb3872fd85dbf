// data/ is exactly what the ingest command makes from the public data: run it again into a
// copy and compare byte for byte. Skipped where the public data is not beside the project.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PUBLIC = '../shared/public-data';

function files(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(dir, join(prefix, e.name)) : [join(prefix, e.name)]));
}

describe('ingest', () => {
  it.skipIf(!existsSync(PUBLIC))('reproduces data/ byte for byte (skipped without ../shared/public-data)', () => {
    const out = mkdtempSync(join(tmpdir(), 'kommunetal-ingest-'));
    try {
      cpSync('data', out, { recursive: true });
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', PUBLIC, '--out', out], { stdio: 'pipe' });
      const produced = files(out).sort();
      expect(produced).toEqual(files('data').sort());
      const differing = produced.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join('data', f))));
      expect(differing).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
