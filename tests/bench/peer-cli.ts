// `npm run bench:peer`: the Wappalyzer comparison alone, printed as
// `npm run bench` prints it; exits 1 when a figure misses its target by more
// than its noise.
import { peerFigures } from './peer';

const { figures, detections } = await peerFigures();
const missed = [];
for (const f of figures) {
  const noise = f.noise ? `, noise ±${Math.round(100 * f.noise)}%` : '';
  console.log(
    `${f.name}: ${Number(f.value.toPrecision(4))} ${f.unit} (target <= ${f.target!.max} ${f.unit})${noise}`,
  );
  if (f.value > f.target!.max * (1 + (f.noise ?? 0))) missed.push(f.name);
}
if (detections) console.log(detections);
if (missed.length) {
  console.error(`bench:peer: missed ${missed.join(', ')}`);
  process.exit(1);
}
