import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../user/index.js';
import { LiveSessionState, Meeting, PollKind, PollState, writeSeedMeeting } from '../meeting/index.js';

/**
 * Two coordination meetings of the living-lab cohort: last month's, with its answered questions
 * and a closed poll's results, and tomorrow's, whose live session is already open for questions.
 * Titles say "(demo)"; people and texts are invented.
 */
const at = (days: number, hour: number) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  d.setUTCHours(hour - 7, 0, 0, 0);
  return d;
};

export async function seedDemoMeetings(em: EntityManager): Promise<boolean> {
  if (await em.count(Meeting, { title: { $like: '%(demo)' } })) return false;
  const byKey = new Map((await em.find(User, { isDemo: true })).map((u) => [u.email.split('@')[0], u]));
  const [facilitator, mentor, sumedang, siak, staffSumedang, staffBelitung] = ['fasilitator', 'mentor', 'sumedang', 'siak', 'anggota.sumedang', 'anggota.belitung'].map((k) => byKey.get(k));
  if (!facilitator || !mentor || !sumedang || !siak || !staffSumedang || !staffBelitung) return false;
  const regions = ['32.11', '14.08', '19.02', '74.05', '32.15'];
  await writeSeedMeeting(em, {
    title: 'Rapat koordinasi living lab: hasil evaluasi 2022 (demo)',
    description: 'Membahas hasil evaluasi SPBE 2022 dan indikator yang paling mudah dinaikkan bersama.',
    startsAt: at(-30, 9), endsAt: at(-30, 12), organiser: 'KemenPAN-RB', cohortSlug: 'living-lab-2022', regionCodes: regions, createdBy: facilitator,
    agenda: ['Pembukaan', 'Hasil evaluasi 2022', 'Tanya jawab', 'Tindak lanjut'],
    sessions: [{
      title: 'Tanya jawab hasil evaluasi', code: 'DEMOEVAL', state: LiveSessionState.CLOSED,
      questions: [
        { by: staffBelitung, text: 'Apakah notulen rapat tim koordinasi bisa menjadi bukti dukung indikator 10?', voters: [siak, staffSumedang, sumedang], answer: 'Bisa, bila ditandatangani ketua tim dan memuat daftar hadir.' },
        { by: siak, text: 'Kapan jadwal wawancara evaluasi tahun depan diumumkan?', voters: [staffBelitung], answer: 'Paling lambat akhir Maret, lewat surat edaran.' },
        { by: staffSumedang, text: 'Bolehkah satu aplikasi dipakai bersama beberapa daerah?', anonymous: true, voters: [siak, staffBelitung] },
      ],
      polls: [{
        title: 'Indikator mana yang paling ingin Anda naikkan tahun ini?', kind: PollKind.SINGLE, state: PollState.CLOSED,
        options: ['Arsitektur SPBE (11)', 'Layanan publik berbasis elektronik (20)', 'Audit TIK (31)'],
        votes: [{ by: staffBelitung, choices: [1] }, { by: siak, choices: [2] }, { by: staffSumedang, choices: [2] }, { by: sumedang, choices: [3] }],
      }],
    }],
  });
  await writeSeedMeeting(em, {
    title: 'Rapat koordinasi living lab: rencana aksi SPBE 2024 (demo)',
    description: 'Setiap daerah memaparkan tiga indikator target dan solusi yang akan ditiru.',
    startsAt: at(1, 9), endsAt: at(1, 12), organiser: 'Kemendagri', cohortSlug: 'living-lab-2022', regionCodes: regions, createdBy: facilitator,
    agenda: ['Paparan daerah', 'Studi tiru: antrean daring dan portal perizinan', 'Tanya jawab'],
    sessions: [{
      title: 'Pertanyaan untuk rapat rencana aksi', code: 'DEMORAKOR', state: LiveSessionState.OPEN, allowGuests: true,
      questions: [{ by: siak, text: 'Apakah rencana aksi perlu ditandatangani Sekda sebelum diunggah?', voters: [staffBelitung] }],
    }],
  });
  return true;
}
