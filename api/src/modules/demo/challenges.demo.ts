import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../user/index.js';
import { Cohort, Region } from '../region/index.js';
import { SpbeFramework, SpbeIndicator } from '../spbe/index.js';
import { renderMarkdown } from '../forum/index.js';
import {
  BudgetRange, Challenge, ChallengeMember, ChallengeRole, ChallengeStage, ChallengeTransition, MemberStatus, Replication, ReplicationStatus,
  Solution, SolutionEndorsement, SolutionLinkKind, SolutionResult, SolutionStatus, SolutionSupport,
} from '../challenge/index.js';

/**
 * Three challenges of the living-lab-2022 cohort, each at a different stage, so a visitor sees the
 * whole studi-tiru trail: a problem, solutions with supports and endorsements, a trial with
 * results, and a lineage (Sumedang → Belitung, Siak → Konawe Selatan). Every title says "(demo)":
 * the people and figures are invented. Dates line up with the demo assessments (2021, 2022), so
 * lineage summaries computed from assessments show a real change.
 */
const SUMEDANG = '32.11';
const BELITUNG = '19.02';
const SIAK = '14.08';
const KONAWE_SELATAN = '74.05';
const KARAWANG = '32.15';

type People = Record<'admin' | 'facilitator' | 'mentor' | 'sumedang' | 'siak' | 'staffSumedang' | 'staffBelitung', User>;

async function demoPeople(em: EntityManager): Promise<People | null> {
  const byEmail = new Map((await em.find(User, { isDemo: true })).map((u) => [u.email.split('@')[0], u]));
  const pick = (k: string) => byEmail.get(k);
  const p = {
    admin: pick('admin'), facilitator: pick('fasilitator'), mentor: pick('mentor'), sumedang: pick('sumedang'), siak: pick('siak'),
    staffSumedang: pick('anggota.sumedang'), staffBelitung: pick('anggota.belitung'),
  };
  return Object.values(p).every(Boolean) ? (p as People) : null;
}

const day = (iso: string) => new Date(`${iso}T03:00:00Z`);

export async function seedDemoChallenges(em: EntityManager): Promise<boolean> {
  if (await em.count(Challenge, { isDemo: true })) return false;
  const people = await demoPeople(em);
  const framework = await em.findOne(SpbeFramework, { code: 'SPBE-2020' });
  if (!people || !framework) return false;
  const indicators = new Map((await em.find(SpbeIndicator, { framework })).map((i) => [i.number, i]));
  const ind = (...numbers: number[]) => numbers.map((n) => indicators.get(n)!).filter(Boolean);
  const region = (code: string) => em.getReference(Region, code);
  const cohort = (await em.count(Cohort, { slug: 'living-lab-2022' })) ? em.getReference(Cohort, 'living-lab-2022', { wrapped: true }) : null;

  const challenge = (o: { title: string; problem: string; regions: string[]; indicators: number[]; stage: ChallengeStage; by: User; opened: string; tags: string[] }) => {
    const c = em.create(Challenge, {
      title: o.title, problemMarkdown: o.problem, problemHtml: renderMarkdown(o.problem), stage: o.stage, cohort, tags: o.tags,
      createdBy: o.by, isDemo: true, createdAt: day(o.opened), updatedAt: day(o.opened), lastActivityAt: new Date(),
    });
    for (const r of o.regions) c.regions.add(region(r));
    for (const i of ind(...o.indicators)) c.indicators.add(i);
    em.create(ChallengeMember, { challenge: c, user: o.by, role: ChallengeRole.LEAD, status: MemberStatus.ACTIVE, decidedBy: o.by, decidedAt: day(o.opened), createdAt: day(o.opened) });
    em.create(ChallengeTransition, { challenge: c, toStage: ChallengeStage.EXPLORATION, by: o.by, at: day(o.opened) });
    return c;
  };
  const member = (c: Challenge, user: User, role: ChallengeRole, at: string) =>
    em.create(ChallengeMember, { challenge: c, user, role, status: MemberStatus.ACTIVE, decidedBy: c.createdBy, decidedAt: day(at), createdAt: day(at) });
  const moves = (c: Challenge, by: User, steps: [ChallengeStage, string, string?][]) => {
    let from = ChallengeStage.EXPLORATION;
    for (const [to, at, note] of steps) {
      em.create(ChallengeTransition, { challenge: c, fromStage: from, toStage: to, by, at: day(at), note: note ?? null });
      from = to;
    }
  };
  const solution = (c: Challenge, o: { title: string; text: string; author: User; region: string; indicators: number[]; status: SolutionStatus; budget: BudgetRange; links: { kind: SolutionLinkKind; label: string; url: string }[]; training?: string; regulation?: string; at: string }) => {
    const s = em.create(Solution, {
      challenge: c, title: o.title, descriptionMarkdown: o.text, descriptionHtml: renderMarkdown(o.text), author: o.author, region: region(o.region),
      links: o.links, needsTraining: o.training ?? null, needsRegulation: o.regulation ?? null, budgetRange: o.budget, status: o.status,
      decidedBy: o.status === SolutionStatus.PROPOSED ? null : c.createdBy, decidedAt: o.status === SolutionStatus.PROPOSED ? null : day(o.at),
      createdAt: day(o.at), updatedAt: day(o.at),
    });
    for (const i of ind(...o.indicators)) s.indicators.add(i);
    return s;
  };
  const support = (s: Solution, users: User[]) => {
    for (const user of users) em.create(SolutionSupport, { solution: s, user });
    s.supportCount = users.length;
  };
  const endorse = (s: Solution, by: User, code: string, statement: string) => {
    em.create(SolutionEndorsement, { solution: s, region: region(code), by, statement });
    s.endorsementCount += 1;
  };

  // 1. A single window for business permits: proven in Sumedang, copied by Belitung and Siak, then from Siak by Konawe Selatan.
  const oneWindow = challenge({
    title: 'Perizinan usaha satu pintu tanpa datang ke lima kantor (demo)',
    problem: 'Pelaku usaha di daerah pilot masih harus datang ke **lima** kantor untuk satu izin usaha mikro.\n\n- Berkas yang sama diminta berulang kali\n- Status permohonan tidak bisa dipantau\n- Rata-rata 14 hari kerja\n\nKami mencari cara agar satu permohonan daring cukup, dengan data yang dipakai bersama antar perangkat daerah.',
    regions: [SUMEDANG], indicators: [18, 20, 45], stage: ChallengeStage.REPLICATION, by: people.sumedang, opened: '2021-02-01', tags: ['layanan publik', 'perizinan'],
  });
  member(oneWindow, people.mentor, ChallengeRole.MENTOR, '2021-02-03');
  member(oneWindow, people.staffSumedang, ChallengeRole.MEMBER, '2021-02-03');
  member(oneWindow, people.siak, ChallengeRole.MEMBER, '2021-02-10');
  member(oneWindow, people.staffBelitung, ChallengeRole.MEMBER, '2021-02-12');
  moves(oneWindow, people.sumedang, [
    [ChallengeStage.CO_CREATION, '2021-03-01'], [ChallengeStage.EXPERIMENTATION, '2021-04-05'],
    [ChallengeStage.EVALUATION, '2021-07-01', 'Uji coba tiga bulan di dua kecamatan selesai'], [ChallengeStage.REPLICATION, '2021-08-02', 'Siap ditiru daerah lain'],
  ]);
  const portal = solution(oneWindow, {
    title: 'Portal perizinan terpadu dengan sistem penghubung layanan (demo)',
    text: 'Satu formulir daring untuk izin usaha mikro. Data pemohon diambil dari Dukcapil lewat **sistem penghubung layanan**, berkas disimpan sekali dan dipakai semua perangkat daerah. Pemohon memantau status lewat pesan singkat.',
    author: people.staffSumedang, region: SUMEDANG, indicators: [18, 45], status: SolutionStatus.SELECTED, budget: BudgetRange.FROM_50M_TO_250M, at: '2021-03-10',
    links: [
      { kind: SolutionLinkKind.SOURCE_CODE, label: 'Kode sumber portal (demo)', url: 'https://example.org/demo/portal-perizinan' },
      { kind: SolutionLinkKind.TRAINING, label: 'Modul pelatihan petugas loket', url: 'https://example.org/demo/pelatihan-loket' },
    ],
    training: 'Dua hari untuk petugas loket dan admin aplikasi', regulation: 'Peraturan Bupati tentang pelayanan perizinan terpadu',
  });
  portal.trialStartsOn = '2021-04-05';
  portal.trialEndsOn = '2021-06-30';
  portal.trialPlan = 'Uji coba di Kecamatan Sumedang Utara dan Jatinangor untuk izin usaha mikro.';
  portal.trialRegions.add(region(SUMEDANG));
  support(portal, [people.staffSumedang, people.staffBelitung, people.siak, people.mentor, people.facilitator]);
  endorse(portal, people.siak, SIAK, 'Kabupaten Siak mendukung: kami akan menirunya untuk izin usaha mikro.');
  em.create(SolutionResult, { solution: portal, region: region(SUMEDANG), metric: 'Waktu layanan izin usaha mikro', unit: 'hari kerja', baseline: 14, target: 3, measured: 2, progress: 100, outcome: 'Rata-rata dua hari kerja; 1.240 permohonan selama uji coba.', recordedBy: people.staffSumedang, recordedAt: day('2021-07-01') });
  em.create(SolutionResult, { solution: portal, region: region(SUMEDANG), metric: 'Permohonan yang diajukan daring', unit: '%', baseline: 0, target: 60, measured: 71, progress: 100, outcome: null, recordedBy: people.staffSumedang, recordedAt: day('2021-07-01') });
  const kiosk = solution(oneWindow, {
    title: 'Anjungan mandiri di kantor kecamatan (demo)', text: 'Mesin anjungan di setiap kecamatan untuk warga tanpa telepon pintar.',
    author: people.staffBelitung, region: BELITUNG, indicators: [45], status: SolutionStatus.DECLINED, budget: BudgetRange.FROM_250M_TO_1B, at: '2021-03-15', links: [],
  });
  kiosk.decisionReason = 'Biaya perangkat terlalu tinggi untuk tahap ini; loket bantuan di kecamatan dipakai sebagai gantinya.';
  support(kiosk, [people.staffBelitung]);

  const belitung = em.create(Replication, {
    solution: portal, region: region(BELITUNG), status: ReplicationStatus.DONE, startsOn: '2021-09-01', endsOn: '2022-03-31', createdBy: people.staffBelitung,
    adaptationMarkdown: 'Memakai kode sumber Sumedang; formulir disesuaikan dengan jenis izin perikanan.', adaptationHtml: renderMarkdown('Memakai kode sumber Sumedang; formulir disesuaikan dengan jenis izin perikanan.'),
    outcome: 'Berjalan di seluruh kecamatan sejak April 2022.', createdAt: day('2021-08-20'),
  });
  const siak = em.create(Replication, {
    solution: portal, region: region(SIAK), status: ReplicationStatus.DONE, startsOn: '2021-10-01', endsOn: '2022-06-30', createdBy: people.siak,
    adaptationMarkdown: 'Ditambah tanda tangan elektronik untuk surat izin.', adaptationHtml: renderMarkdown('Ditambah tanda tangan elektronik untuk surat izin.'),
    outcome: 'Izin usaha mikro terbit dalam satu hari.', createdAt: day('2021-09-15'),
  });
  em.create(Replication, {
    solution: portal, parent: siak, region: region(KONAWE_SELATAN), status: ReplicationStatus.PLANNED, startsOn: '2023-02-01', createdBy: people.facilitator,
    adaptationMarkdown: 'Meniru versi Siak beserta tanda tangan elektroniknya.', adaptationHtml: renderMarkdown('Meniru versi Siak beserta tanda tangan elektroniknya.'), createdAt: day('2023-01-10'),
  });
  portal.replicationCount = 3;
  void belitung;

  // 2. Electronic signatures for official letters: a solution on trial.
  const signatures = challenge({
    title: 'Naskah dinas elektronik dengan tanda tangan elektronik (demo)',
    problem: 'Surat dinas masih dicetak, ditandatangani basah dan dipindai. Disposisi tertunda berhari-hari saat pimpinan dinas luar. Bagaimana naskah dinas bisa sepenuhnya elektronik dan sah?',
    regions: [SIAK], indicators: [37, 22], stage: ChallengeStage.EXPERIMENTATION, by: people.siak, opened: '2022-05-09', tags: ['naskah dinas', 'tte'],
  });
  member(signatures, people.mentor, ChallengeRole.MENTOR, '2022-05-10');
  member(signatures, people.staffSumedang, ChallengeRole.MEMBER, '2022-05-12');
  moves(signatures, people.siak, [[ChallengeStage.CO_CREATION, '2022-06-01'], [ChallengeStage.EXPERIMENTATION, '2022-08-01']]);
  const tte = solution(signatures, {
    title: 'Aplikasi naskah dinas dengan TTE BSrE (demo)', text: 'Naskah dinas dibuat, diparaf dan ditandatangani di aplikasi, dengan sertifikat elektronik dari BSrE.',
    author: people.staffSumedang, region: SUMEDANG, indicators: [37], status: SolutionStatus.SELECTED, budget: BudgetRange.BELOW_50M, at: '2022-06-15',
    links: [{ kind: SolutionLinkKind.APP, label: 'Aplikasi naskah dinas (demo)', url: 'https://example.org/demo/naskah-dinas' }], training: 'Pendampingan pengajuan sertifikat elektronik',
  });
  tte.trialStartsOn = '2022-08-01';
  tte.trialEndsOn = '2022-12-31';
  tte.trialPlan = 'Tiga perangkat daerah memakai naskah dinas elektronik penuh selama lima bulan.';
  tte.trialRegions.add(region(SIAK));
  support(tte, [people.siak, people.mentor, people.staffBelitung]);
  endorse(tte, people.sumedang, SUMEDANG, 'Kabupaten Sumedang mendukung: sudah kami pakai sejak 2020.');
  em.create(SolutionResult, { solution: tte, region: region(SIAK), metric: 'Naskah dinas yang ditandatangani elektronik', unit: '%', baseline: 0, target: 80, measured: 46, progress: 58, outcome: 'Dua dari tiga perangkat daerah sudah penuh elektronik.', recordedBy: people.siak, recordedAt: day('2022-10-15') });

  // 3. Open data: early, still gathering ideas and people.
  const openData = challenge({
    title: 'Portal Satu Data yang benar-benar dipakai (demo)',
    problem: 'Portal data terbuka sudah ada, tetapi datanya jarang diperbarui dan perangkat daerah tidak tahu siapa walidatanya. Kami mencari cara kerja dan alat agar data diperbarui rutin.',
    regions: [KARAWANG], indicators: [23, 43], stage: ChallengeStage.CO_CREATION, by: people.facilitator, opened: '2022-09-05', tags: ['satu data'],
  });
  moves(openData, people.facilitator, [[ChallengeStage.CO_CREATION, '2022-10-03']]);
  const calendar = solution(openData, {
    title: 'Kalender pemutakhiran data per walidata (demo)', text: 'Setiap set data punya walidata dan jadwal; pengingat otomatis dan papan kepatuhan per perangkat daerah.',
    author: people.staffBelitung, region: BELITUNG, indicators: [23], status: SolutionStatus.PROPOSED, budget: BudgetRange.NONE, at: '2022-10-10', links: [],
  });
  support(calendar, [people.staffSumedang, people.facilitator]);

  await em.flush();
  return true;
}
