// `npm run bench:peer`: ICP Lens against the Wappalyzer browser extension
// (tests/bench/vs-wappalyzer.ts); `npm run bench` runs the same lines.
// WAPPALYZER_EXTENSION_DIR is its unpacked `src/` folder; PEER_ROUNDS (2) and
// PEER_PAGES (substrings of the file names, comma-separated) narrow a run while tuning.
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  benchVsWappalyzer,
  lacking,
  peerPages,
  summarise,
  type PeerPageResult,
} from './vs-wappalyzer';

export interface PeerFigure {
  name: string;
  value: number;
  unit: string;
  target?: { max: number };
  noise?: number;
}

const round = (n: number) => Number(n.toPrecision(3));

function printPage(p: PeerPageResult) {
  const missing = lacking(p);
  console.log(
    `  ${p.file}: ours ${round(p.ours.totalMs)} ms (longest ${round(p.ours.longestMs)} ms, ` +
      `${p.ours.detections.length} found), wappalyzer ${round(p.theirs.totalMs)} ms ` +
      `(longest ${round(p.theirs.longestMs)} ms, ${p.theirs.detections.length} found)` +
      (missing.length ? `; theirs we lack: ${missing.join(', ')}` : ''),
  );
}

/**
 * The peer figures, or none when the peer's folder is not given (said on the
 * console: only these lines are skipped).
 */
export async function peerFigures(): Promise<{ figures: PeerFigure[]; detections?: string }> {
  const dir = process.env.WAPPALYZER_EXTENSION_DIR;
  if (!dir || !existsSync(path.join(dir, 'manifest.json'))) {
    console.log(
      `vs-wappalyzer: skipped, WAPPALYZER_EXTENSION_DIR ${dir ? `(${dir}) has no manifest.json` : 'is not set'}` +
        ' (the unpacked src/ folder of Wappalyzer 6.10.66, HTTPArchive/wappalyzer)',
    );
    return { figures: [] };
  }
  const filter = process.env.PEER_PAGES;
  const pages = (await peerPages()).filter(
    (p) => !filter || filter.split(',').some((part) => p.file.includes(part)),
  );
  const rounds = Number(process.env.PEER_ROUNDS ?? 2);
  console.log(
    `vs-wappalyzer: ${pages.length} pages, ${rounds} rounds, both extensions in one browser`,
  );
  const bench = await benchVsWappalyzer(dir, pages, rounds, printPage);
  const s = summarise(bench);
  const companyPages = summarise({
    pages: bench.pages.filter((p) => !/^(?:linkedin|other)-/.test(p.file)),
  });
  console.log(
    `  on company sites only: ours ${companyPages.ours}, theirs ${companyPages.theirs}, ` +
      `theirs we lack ${companyPages.theirsWeLack} (on LinkedIn and other pages the stack is the host's, not an account's)`,
  );
  console.log(
    `  worst pages: main thread ${s.mainThread.file}, longest task ${s.longestTask.file}`,
  );
  return {
    figures: [
      {
        name: 'vs-wappalyzer-main-thread (worst page)',
        value: s.mainThread.ratio,
        unit: 'x',
        target: { max: 0.25 },
        noise: s.noise,
      },
      {
        name: 'vs-wappalyzer-longest-task (worst page)',
        value: s.longestTask.ratio,
        unit: 'x',
        target: { max: 0.5 },
        noise: s.noise,
      },
    ],
    detections: `vs-wappalyzer-detections: ours ${s.ours}, theirs ${s.theirs}, theirs we lack ${s.theirsWeLack}`,
  };
}
