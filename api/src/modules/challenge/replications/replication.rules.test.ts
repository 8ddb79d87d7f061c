import { describe, expect, it } from 'vitest';
import { ChallengeStage } from '../stages/challenge.stages.js';
import { SolutionStatus } from '../solutions/solution.entity.js';
import { ReplicationStatus as R } from './replication.entity.js';
import { REPLICATION_MOVES, isReplicable, replicationMove } from './replication.rules.js';

// Written out by hand, independently of the table: the table must say exactly this.
const ALLOWED: Record<string, 'step' | 'abandon'> = {
  'PLANNED>IN_PROGRESS': 'step',
  'PLANNED>ABANDONED': 'abandon',
  'IN_PROGRESS>DONE': 'step',
  'IN_PROGRESS>ABANDONED': 'abandon',
  'DONE>ABANDONED': 'abandon',
};

const STATUSES = Object.values(R);

describe('the replication status table', () => {
  it('covers every status', () => {
    expect(Object.keys(REPLICATION_MOVES).sort()).toEqual([...STATUSES].sort());
  });

  for (const from of STATUSES) {
    for (const to of STATUSES) {
      const expected = ALLOWED[`${from}>${to}`];
      it(`${expected ? 'allows' : 'refuses'} ${from} → ${to}${expected === 'abandon' ? ' with a reason' : ''}`, () => {
        const move = replicationMove(from, to);
        if (!expected) return expect(move).toBeNull();
        expect(move).toEqual({ to, needsReason: expected === 'abandon' });
      });
    }
  }

  it('has no move the hand-written list lacks', () => {
    const inTable = STATUSES.flatMap((from) => REPLICATION_MOVES[from].map((m) => `${from}>${m.to}`)).sort();
    expect(inTable).toEqual(Object.keys(ALLOWED).sort());
  });
});

describe('what can be replicated', () => {
  const replicable = ['EVALUATION', 'REPLICATION', 'CLOSED'];
  for (const stage of Object.values(ChallengeStage)) {
    for (const status of Object.values(SolutionStatus)) {
      const expected = status === SolutionStatus.SELECTED && replicable.includes(stage);
      it(`${expected ? 'allows' : 'refuses'} a ${status} solution of a challenge in ${stage}`, () => {
        expect(isReplicable(status, stage)).toBe(expected);
      });
    }
  }
});
