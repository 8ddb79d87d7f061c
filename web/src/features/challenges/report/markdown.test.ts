import { describe, expect, it } from 'vitest';
import { challengeReportMarkdown, reportFileName } from './markdown';
import type { ChallengeData } from '../challenge/context';

const region = { code: '32.11', name: 'Kabupaten Sumedang', province: { code: '32', name: 'Jawa Barat' } };
const challenge: ChallengeData = {
  id: '7',
  title: 'Layanan izin satu pintu',
  problemMarkdown: 'Izin usaha butuh **14 hari**.',
  problemHtml: '<p>Izin usaha butuh <strong>14 hari</strong>.</p>',
  tags: [],
  createdAt: '2026-11-01T00:00:00.000Z',
  cohort: { slug: 'living-lab-2022', name: 'Living Lab 2022' },
  regions: [region],
  indicators: [{ frameworkCode: 'SPBE-2020', number: 20, name: 'Layanan Publik' }],
  deadlines: [],
  createdBy: { id: '1', name: 'Diskominfo Sumedang' },
  solutionCount: 1,
  followerCount: 0,
  followedByMe: false,
  thread: null,
  stage: 'EVALUATION',
  lastActivityAt: '2026-12-01T00:00:00.000Z',
  openToJoin: true,
  teamCount: 1,
  timeline: [{ id: '1', fromStage: null, toStage: 'EXPLORATION', note: null, at: '2026-11-01T00:00:00.000Z', by: { id: '1', name: 'Diskominfo Sumedang' } }],
  team: [{ id: '1', role: 'LEAD', status: 'ACTIVE', createdAt: '2026-11-01T00:00:00.000Z', decidedAt: null, user: { id: '1', name: 'Diskominfo Sumedang', username: 'sumedang', role: 'REGION_ADMIN', region } }],
  myMembership: null,
  myPendingMembers: [],
  solutions: [
    {
      id: '3',
      title: 'Aplikasi perizinan',
      descriptionHtml: '<p>x</p>',
      status: 'SELECTED',
      budgetRange: 'NONE',
      needsTraining: null,
      needsRegulation: null,
      decisionReason: null,
      trialStartsOn: '2026-01-01',
      trialEndsOn: '2026-03-31',
      trialPlan: 'Dua kecamatan',
      supportCount: 4,
      endorsementCount: 1,
      replicationCount: 1,
      supportedByMe: false,
      createdAt: '2026-11-02T00:00:00.000Z',
      editedAt: null,
      author: { id: '1', name: 'Diskominfo Sumedang', username: 'sumedang' },
      region,
      links: [],
      indicators: [],
      endorsements: [{ id: '1', statement: 'Kami | mendukung', createdAt: '2026-11-03T00:00:00.000Z', region: { code: '14.08', name: 'Kabupaten Siak' } }],
      trialRegions: [],
      thread: null,
      results: [{ id: '1', metric: 'Waktu izin | usaha', unit: 'hari', baseline: 14, target: 3, measured: 2, progress: 100, outcome: null, recordedAt: '2026-04-01T00:00:00.000Z', region }],
    },
  ],
};

describe('the challenge report in Markdown', () => {
  it('has the problem, team, solutions with endorsements, results as a table, lineage and timeline', () => {
    const md = challengeReportMarkdown(challenge, { '3': 'Kabupaten Sumedang → Kabupaten Siak; ditiru oleh 1 daerah' }, new Date('2026-12-03T00:00:00Z'));
    expect(md).toMatch(/^# Layanan izin satu pintu\n/);
    expect(md).toContain('- Tahap: Evaluasi');
    expect(md).toContain('- Dibuat 2026-12-03');
    expect(md).toContain('## Masalah\n\nIzin usaha butuh **14 hari**.');
    expect(md).toContain('- Diskominfo Sumedang (Pemimpin, Kabupaten Sumedang)');
    expect(md).toContain('### Aplikasi perizinan');
    expect(md).toContain('Kabupaten Siak mendukung: “Kami | mendukung”');
    expect(md).toContain('| Waktu izin \\| usaha (hari) | 14 | 3 | 2 | 100% |');
    expect(md).toContain('- Silsilah studi tiru: Kabupaten Sumedang → Kabupaten Siak; ditiru oleh 1 daerah');
    expect(md).toContain('- 2026-11-01 Tantangan dibuka (Diskominfo Sumedang)');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('names the file after the challenge', () => {
    expect(reportFileName({ id: '7', title: 'Layanan izin: satu pintu!' })).toBe('tantangan-7-layanan-izin-satu-pintu.md');
  });
});
