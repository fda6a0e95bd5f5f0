/** Gate: two clean builds of the same commit produce byte-identical output (every file compared). */
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../lib/built-site';

const dirs = ['dist-repro-a', 'dist-repro-b'];
const hashes = dirs.map((dir) => {
  rmSync(dir, { recursive: true, force: true });
  rmSync('.astro', { recursive: true, force: true });
  const started = Date.now();
  execSync('npm run build --silent', {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, OUT_DIR: dir, BASE_PATH: '/' },
  });
  console.log(`reproducible: built ${dir}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return new Map(
    listFiles(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f.slice(1))))
        .digest('hex'),
    ]),
  );
});
const [a, b] = hashes as [Map<string, string>, Map<string, string>];
const differ = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
console.log(`reproducible: ${a.size} files compared, ${differ.length} differ`);
for (const f of differ.slice(0, 20))
  console.log(`  differs: ${f}${a.has(f) && b.has(f) ? '' : ' (only in one build)'}`);
for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
if (differ.length) process.exitCode = 1;
