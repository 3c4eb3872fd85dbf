// npm run checks: the static checks of npm test in two lanes, lint in one and the rest in the
// other. Each is single-threaded, so one after the other they left a core idle for 50 s; side
// by side they take as long as lint. Each check's output is held and printed under its name,
// in a fixed order, so the lanes never interleave; every check runs, so every failure is named.
import { spawn } from 'node:child_process';

const LANES = [['lint'], ['typecheck', 'knip', 'check-data', 'audit:licenses']];

interface Finished {
  name: string;
  code: number;
  output: string;
  seconds: number;
}

function runScript(name: string): Promise<Finished> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn('npm', ['run', '-s', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', (e) => done({ name, code: 1, output: `${output}${e.message}\n`, seconds: 0 }));
    child.on('close', (code) => done({ name, code: code ?? 1, output, seconds: (performance.now() - started) / 1000 }));
  });
}

async function runLane(names: string[]): Promise<Finished[]> {
  const results: Finished[] = [];
  for (const name of names) results.push(await runScript(name));
  return results;
}

const results = (await Promise.all(LANES.map(runLane))).flat();
for (const r of results) {
  process.stdout.write(`npm run ${r.name}: ${r.code === 0 ? 'ok' : `FEJL (kode ${r.code})`} (${r.seconds.toFixed(0)} s)\n`);
  if (r.output.trim()) process.stdout.write(r.output.endsWith('\n') ? r.output : `${r.output}\n`);
}
const failed = results.filter((r) => r.code !== 0).map((r) => r.name);
if (failed.length > 0) process.stdout.write(`Tjek, der fejlede: ${failed.join(', ')}.\n`);
process.exit(failed.length === 0 ? 0 : 1);
