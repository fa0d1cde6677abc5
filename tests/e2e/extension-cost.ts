// What the extension costs a page, measured in Chromium: the V8 CPU profiler
// on the page's renderer samples every JS world at once (the page's, our
// isolated content script's and our main-world probe), and a sample belongs
// to the extension when a frame on its stack comes from our
// chrome-extension:// scripts. DOM calls the content script makes
// (querySelectorAll, textContent, outerHTML) run inside its frames, so they
// count as ours; the page's own work never does.

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/** One stretch of main-thread time the extension held without a break. */
export interface ExtensionRun {
  /** Start, in ms since the profile started. */
  start: number;
  ms: number;
}

export interface ExtensionCost {
  /** Main-thread time in the extension's scripts over the whole profile. */
  totalMs: number;
  /** The longest stretch the extension held the main thread: its longest task. */
  longestMs: number;
  runs: ExtensionRun[];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

export interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Samples that interrupt a run of ours without ending it: collecting the garbage it made. */
const NEUTRAL = new Set(['(garbage collector)']);

/**
 * The profile's extension samples, grouped into runs. `origin` narrows them
 * to one extension (`chrome-extension://<id>/`) when several are loaded.
 */
export function extensionCost(
  profile: Profile,
  origin: string = 'chrome-extension://',
): ExtensionCost {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    let known = ours.get(id);
    if (known === undefined) {
      const url = byId.get(id)?.callFrame.url ?? '';
      const up = parent.get(id);
      known = url.startsWith(origin) || (up !== undefined && isOurs(up));
      ours.set(id, known);
    }
    return known;
  };

  const runs: ExtensionRun[] = [];
  let totalMs = 0;
  let current: ExtensionRun | undefined;
  let pendingNeutralMs = 0;
  let time = profile.startTime;
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    time += timeDeltas[i] ?? 0;
    // A sample stands for the time until the next one.
    const ms = (timeDeltas[i + 1] ?? 0) / 1000;
    const id = samples[i]!;
    if (isOurs(id)) {
      totalMs += ms;
      if (current) {
        current.ms += pendingNeutralMs + ms;
      } else {
        current = { start: (time - profile.startTime) / 1000, ms };
        runs.push(current);
      }
      pendingNeutralMs = 0;
    } else if (current && NEUTRAL.has(byId.get(id)?.callFrame.functionName ?? '')) {
      pendingNeutralMs += ms;
    } else {
      current = undefined;
      pendingNeutralMs = 0;
    }
  }
  return {
    totalMs,
    longestMs: Math.max(0, ...runs.map((r) => r.ms)),
    runs,
  };
}

/**
 * Starts sampling `page`'s renderer; `stop()` returns the extension's cost.
 * The page must already show a document of the site it will load, so that
 * the navigation stays in the same renderer process.
 */
export async function profileExtension(
  context: BrowserContext,
  page: Page,
  /** Where to keep the raw profile (opens in DevTools' Performance panel), if anywhere. */
  saveAs?: string,
): Promise<{ stop(): Promise<ExtensionCost> }> {
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = await cdp.send('Profiler.stop');
      await cdp.detach();
      if (saveAs) {
        await mkdir(path.dirname(saveAs), { recursive: true });
        await writeFile(saveAs, JSON.stringify(profile));
      }
      return extensionCost(profile as Profile);
    },
  };
}
