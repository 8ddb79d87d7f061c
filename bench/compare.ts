/**
 * Load comparison of the real API against its references on the same question: the bare server
 * (same schema, must answer the same data) and, against a PostgreSQL server, peers a user could
 * pick instead (their own schema and request). Then autocannon measures them in alternating
 * rounds. See bench/README.md.
 */
import { isDeepStrictEqual } from 'node:util';
import { closeOnce, countStatements, row, say, warmUpAndMeasure, type BenchDb, type LoadKnobs, type LoadRequest, type LoadResult, type Target } from './lib.js';

/** Sends the query once: the raw body (every load response must equal it) and its data (compared across servers). */
export type Probe = (name: string, url: string) => Promise<{ body: string; data: unknown }>;

export interface Contender {
  name: string;
  start(): Promise<Target>;
  /**
   * A peer speaks its own schema: its own request and probe, its data not compared with the
   * reference's, and it needs a database server (skipped on the embedded database).
   */
  peer?: { request: LoadRequest; probe: Probe };
}

export interface Compared extends LoadResult {
  name: string;
  /** Each round's own result, in round order. */
  rounds: LoadResult[];
}

function checkSameData(name: string, data: unknown, reference: unknown, referenceName: string): void {
  if (isDeepStrictEqual(data, reference)) return;
  const a = JSON.stringify(data);
  const b = JSON.stringify(reference);
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  throw new Error(`${name} returned different data from ${referenceName}, from character ${i}:\n  ${name}: …${a.slice(Math.max(0, i - 80), i + 120)}\n  ${referenceName}:  …${b.slice(Math.max(0, i - 80), i + 120)}`);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** A per-request figure over all responses of the rounds (undefined when a round could not measure it). */
function perRequest(rounds: LoadResult[], total: number, pick: (r: LoadResult) => number | undefined): number | undefined {
  let sum = 0;
  for (const r of rounds) {
    const v = pick(r);
    if (v === undefined) return undefined;
    sum += v * r.total;
  }
  return sum / Math.max(1, total);
}

/** Rounds of equal length: req/s is their mean, CPU and statements per request over all responses, latencies the median of the rounds'. */
function combine(name: string, rounds: LoadResult[]): Compared {
  const total = rounds.reduce((n, r) => n + r.total, 0);
  return {
    name,
    rounds,
    total,
    requestsPerSecond: rounds.reduce((n, r) => n + r.requestsPerSecond, 0) / rounds.length,
    cpuMsPerRequest: perRequest(rounds, total, (r) => r.cpuMsPerRequest)!,
    pgCpuMsPerRequest: perRequest(rounds, total, (r) => r.pgCpuMsPerRequest),
    statementsPerRequest: perRequest(rounds, total, (r) => r.statementsPerRequest),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
  };
}

/**
 * Measures every contender; the first is the reference whose data the others without `peer` must
 * match. On a database server all run at once and are measured in `knobs.rounds` rounds, in
 * order in even rounds and in reverse order in odd ones, so a change in the machine's speed
 * during the run falls on all alike; the idle ones take no CPU. The embedded database has one
 * owner at a time, so there it is one round each, the reference first, `db.handOver()` before
 * the second, and no peers (they are returned as undefined). Every round warms up
 * (`knobs.warmup` s the first time, at most 1 s after) before its measured `knobs.duration` s.
 */
export async function compareServers(knobs: LoadKnobs, db: BenchDb, contenders: Contender[], probe: Probe, request: LoadRequest): Promise<(Compared | undefined)[]> {
  countStatements();
  const requestOf = (c: Contender) => c.peer?.request ?? request;
  const measureOn = (c: Contender, target: Target, body: string, round: number) =>
    warmUpAndMeasure({ ...knobs, warmup: round === 0 ? knobs.warmup : Math.min(1, knobs.warmup) }, c.name, target, requestOf(c), body, db.pgCpu);
  const [reference, ...others] = contenders;
  if (!reference) throw new Error('nothing to compare');

  if (db.handOver) {
    if (others.filter((c) => !c.peer).length !== 1) throw new Error('the embedded database compares the reference with one server');
    const app = others.find((c) => !c.peer)!;
    const refTarget = closeOnce(await reference.start());
    let refRound: LoadResult;
    let data: unknown;
    try {
      const first = await probe(reference.name, refTarget.url);
      data = first.data;
      refRound = await measureOn(reference, refTarget, first.body, 0);
    } finally {
      await refTarget.close();
    }
    await db.handOver();
    const appTarget = closeOnce(await app.start());
    try {
      const first = await probe(app.name, appTarget.url);
      checkSameData(app.name, first.data, data, reference.name);
      const appResult = combine(app.name, [await measureOn(app, appTarget, first.body, 0)]);
      return contenders.map((c) => (c === reference ? combine(reference.name, [refRound]) : c === app ? appResult : undefined));
    } finally {
      await appTarget.close();
    }
  }

  const targets: Target[] = [];
  try {
    for (const c of contenders) targets.push(closeOnce(await c.start()));
    const bodies: string[] = [];
    let data: unknown;
    for (const [i, c] of contenders.entries()) {
      const first = await (c.peer?.probe ?? probe)(c.name, targets[i]!.url);
      if (i === 0) data = first.data;
      else if (!c.peer) checkSameData(c.name, first.data, data, reference.name);
      bodies.push(first.body);
    }
    const rounds: LoadResult[][] = contenders.map(() => []);
    const order = contenders.map((_, i) => i);
    for (let r = 0; r < knobs.rounds; r++) {
      for (const i of r % 2 === 0 ? order : [...order].reverse()) {
        rounds[i]!.push(await measureOn(contenders[i]!, targets[i]!, bodies[i]!, r));
      }
    }
    return contenders.map((c, i) => combine(c.name, rounds[i]!));
  } finally {
    await Promise.all(targets.map((t) => t.close()));
  }
}

const fixed = (v: number | undefined, digits: number) => (v === undefined ? 'n/a' : v.toFixed(digits));

/** The table of a comparison (req/s, latency, CPU of the server and of PostgreSQL, statements), then each round's req/s. */
export function sayComparison(results: (Compared | undefined)[]): void {
  const shown = results.filter((r): r is Compared => r !== undefined);
  const widths = [24, 7, 7, 7, 6, 12, 11, 9];
  say(row(['server', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'app CPU ms', 'PG CPU ms', 'stmts'], widths));
  for (const r of shown) {
    say(row([r.name, r.requestsPerSecond.toFixed(0), r.p50.toFixed(1), r.p99.toFixed(1), String(r.errors), r.cpuMsPerRequest.toFixed(2), fixed(r.pgCpuMsPerRequest, 2), fixed(r.statementsPerRequest, 2)], widths));
  }
  say('(CPU ms and statements are per request; app CPU is the server process, PG CPU the database backends, from /proc)');
  if ((shown[0]?.rounds.length ?? 0) > 1) {
    const each = shown[0]!.rounds.map((_, i) => shown.map((r) => r.rounds[i]!.requestsPerSecond.toFixed(0)).join('/'));
    say(`rounds, req/s ${shown.map((r) => r.name).join('/')}: ${each.join('; ')}`);
  }
}

/** `a/b` in req/s, with each round's ratio, for the closing lines. */
export function ratioLine(a: Compared, b: Compared): { ratio: number; text: string } {
  const ratio = a.requestsPerSecond / b.requestsPerSecond;
  const each = a.rounds.length > 1 ? ` (rounds: ${a.rounds.map((r, i) => (r.requestsPerSecond / b.rounds[i]!.requestsPerSecond).toFixed(2)).join(', ')})` : '';
  return { ratio, text: `${a.name} / ${b.name} = ${ratio.toFixed(2)}x req/s${each}` };
}

/** How compareServers will measure, for the bench's header. */
export function describeRounds(knobs: LoadKnobs, db: BenchDb): string {
  if (db.handOver) return `one round per server, bare first (the embedded database has one owner at a time; no peers): ${knobs.warmup} s warm-up + ${knobs.duration} s measured`;
  const later = Math.min(1, knobs.warmup);
  return `${knobs.rounds} rounds per server, alternating order (all running, the idle ones wait), each ${knobs.warmup} s warm-up (${later} s after the first) + ${knobs.duration} s measured`;
}
