/**
 * Load comparison of the real API against a bare server on the same query: both must answer the
 * same data, then autocannon measures them in alternating rounds. See bench/README.md.
 */
import { isDeepStrictEqual } from 'node:util';
import { closeOnce, row, say, warmUpAndMeasure, type BenchDb, type LoadKnobs, type LoadRequest, type LoadResult, type Target } from './lib.js';

export interface Contender {
  name: string;
  start(): Promise<Target>;
}

export interface Compared extends LoadResult {
  name: string;
  /** Each round's own result, in round order. */
  rounds: LoadResult[];
}

/** Sends the query once: the raw body (every load response must equal it) and its data (compared across servers). */
export type Probe = (name: string, url: string) => Promise<{ body: string; data: unknown }>;

function checkSameData(name: string, data: unknown, reference: unknown): void {
  if (isDeepStrictEqual(data, reference)) return;
  const a = JSON.stringify(data);
  const b = JSON.stringify(reference);
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  throw new Error(`${name} returned different data from the bare server, from character ${i}:\n  ${name}: …${a.slice(Math.max(0, i - 80), i + 120)}\n  bare:  …${b.slice(Math.max(0, i - 80), i + 120)}`);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Rounds of equal length: req/s is their mean, CPU per request over all responses, latencies the median of the rounds'. */
function combine(name: string, rounds: LoadResult[]): Compared {
  const total = rounds.reduce((n, r) => n + r.total, 0);
  return {
    name,
    rounds,
    total,
    requestsPerSecond: rounds.reduce((n, r) => n + r.requestsPerSecond, 0) / rounds.length,
    cpuMsPerRequest: rounds.reduce((n, r) => n + r.cpuMsPerRequest * r.total, 0) / Math.max(1, total),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
  };
}

/**
 * Measures `bare` and `app` on the same request. On a database server both run at once and are
 * measured in `knobs.rounds` alternating rounds (bare then app, app then bare, ...), so a change
 * in the machine's speed during the run falls on both alike; the idle one takes no CPU. The
 * embedded database has one owner at a time, so there it is one round each, bare first, with
 * `db.handOver()` between. Every round warms up (`knobs.warmup` s the first time, at most 1 s
 * after) before its measured `knobs.duration` s.
 */
export async function compareServers(knobs: LoadKnobs, db: BenchDb, bare: Contender, app: Contender, probe: Probe, request: LoadRequest): Promise<[Compared, Compared]> {
  const measureOn = (c: Contender, url: string, body: string, round: number) =>
    warmUpAndMeasure({ ...knobs, warmup: round === 0 ? knobs.warmup : Math.min(1, knobs.warmup) }, c.name, url, request, body);

  if (db.handOver) {
    const bareTarget = closeOnce(await bare.start());
    let bareRound: LoadResult;
    let reference: unknown;
    try {
      const first = await probe(bare.name, bareTarget.url);
      reference = first.data;
      bareRound = await measureOn(bare, bareTarget.url, first.body, 0);
    } finally {
      await bareTarget.close();
    }
    await db.handOver();
    const appTarget = closeOnce(await app.start());
    try {
      const first = await probe(app.name, appTarget.url);
      checkSameData(app.name, first.data, reference);
      return [combine(bare.name, [bareRound]), combine(app.name, [await measureOn(app, appTarget.url, first.body, 0)])];
    } finally {
      await appTarget.close();
    }
  }

  const targets = [closeOnce(await bare.start()), closeOnce(await app.start())] as const;
  try {
    const probes = [await probe(bare.name, targets[0].url), await probe(app.name, targets[1].url)] as const;
    checkSameData(app.name, probes[1].data, probes[0].data);
    const contenders = [bare, app] as const;
    const rounds: [LoadResult[], LoadResult[]] = [[], []];
    for (let r = 0; r < knobs.rounds; r++) {
      for (const i of r % 2 === 0 ? [0, 1] : [1, 0]) {
        rounds[i]!.push(await measureOn(contenders[i]!, targets[i]!.url, probes[i]!.body, r));
      }
    }
    return [combine(bare.name, rounds[0]), combine(app.name, rounds[1])];
  } finally {
    await Promise.all(targets.map((t) => t.close()));
  }
}

/** The req/s table of a comparison, with each round's ratio when there was more than one. */
export function sayComparison(bare: Compared, app: Compared): void {
  const widths = [16, 9, 8, 8, 7, 12];
  say(row(['server', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'CPU ms/req'], widths));
  for (const r of [bare, app]) say(row([r.name, r.requestsPerSecond.toFixed(0), r.p50.toFixed(1), r.p99.toFixed(1), String(r.errors), r.cpuMsPerRequest.toFixed(2)], widths));
  if (bare.rounds.length > 1) {
    const each = bare.rounds.map((b, i) => {
      const a = app.rounds[i]!;
      return `${b.requestsPerSecond.toFixed(0)}/${a.requestsPerSecond.toFixed(0)} = ${(a.requestsPerSecond / b.requestsPerSecond).toFixed(2)}x`;
    });
    say(`rounds, req/s bare/rembuk: ${each.join('; ')}`);
  }
}

/** How compareServers will measure, for the bench's header. */
export function describeRounds(knobs: LoadKnobs, db: BenchDb): string {
  if (db.handOver) return `one round per server, bare first (the embedded database has one owner at a time): ${knobs.warmup} s warm-up + ${knobs.duration} s measured`;
  const later = Math.min(1, knobs.warmup);
  return `${knobs.rounds} alternating rounds per server (both running, the idle one waits), each ${knobs.warmup} s warm-up (${later} s after the first) + ${knobs.duration} s measured`;
}
