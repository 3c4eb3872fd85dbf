// The order Vitest starts the test files in. With two files at a time, the run ends when the last
// long file does, so long files should start first. Vitest sorts by the durations it measured last
// time; a fresh clone has none, and it falls back to file size, which started trust.test.ts (short
// to read, 24 s to run) last, alone on one worker for its final 20 s.
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The files that run long for their size (the fallback's measure), longest first. */
const LONG_FILES = ['unit/update-run', 'browser/paper-phone', 'browser/trust', 'browser/forecast', 'browser/dashboard', 'browser/hostile', 'browser/share-export', 'browser/models', 'browser/scale'];

const rank = (file: TestSpecification) => {
  const i = LONG_FILES.findIndex((name) => file.moduleId.endsWith(`/${name}.test.ts`));
  return i < 0 ? LONG_FILES.length : i;
};

export class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Timings from an earlier run know better than the list; without them, the list goes first.
    const timed = files.every((f) => this.ctx.cache.getFileTestResults(`${f.project.name}:${relative(this.ctx.config.root, f.moduleId)}`));
    if (timed) return sorted;
    return sorted.sort((a, b) => a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder || rank(a) - rank(b));
  }
}
