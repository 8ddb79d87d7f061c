import { describe, expect, it } from 'vitest';
import { ChallengeStage as S, STAGE_MOVES, stageMove } from './challenge.stages.js';

// Written out by hand, independently of the table: the table must say exactly this.
const ALLOWED: Record<string, 'forward' | 'back'> = {
  'EXPLORATION>CO_CREATION': 'forward',
  'EXPLORATION>ARCHIVED': 'forward',
  'CO_CREATION>EXPERIMENTATION': 'forward',
  'CO_CREATION>EXPLORATION': 'back',
  'CO_CREATION>ARCHIVED': 'forward',
  'EXPERIMENTATION>EVALUATION': 'forward',
  'EXPERIMENTATION>CO_CREATION': 'back',
  'EXPERIMENTATION>ARCHIVED': 'forward',
  'EVALUATION>REPLICATION': 'forward',
  'EVALUATION>EXPERIMENTATION': 'back',
  'EVALUATION>ARCHIVED': 'forward',
  'REPLICATION>CLOSED': 'forward',
  'REPLICATION>EVALUATION': 'back',
  'REPLICATION>ARCHIVED': 'forward',
};

const STAGES = Object.values(S);

describe('the stage table', () => {
  it('covers every stage', () => {
    expect(Object.keys(STAGE_MOVES).sort()).toEqual([...STAGES].sort());
  });

  for (const from of STAGES) {
    for (const to of STAGES) {
      const expected = ALLOWED[`${from}>${to}`];
      it(`${expected ? 'allows' : 'refuses'} ${from} → ${to}${expected === 'back' ? ' with a reason' : ''}`, () => {
        const move = stageMove(from, to);
        if (!expected) return expect(move).toBeNull();
        expect(move).toEqual({ to, needsReason: expected === 'back' });
      });
    }
  }

  it('has no move the hand-written list lacks', () => {
    const inTable = STAGES.flatMap((from) => STAGE_MOVES[from].map((m) => `${from}>${m.to}`)).sort();
    expect(inTable).toEqual(Object.keys(ALLOWED).sort());
  });
});
