import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../user/index.js';
import { Region } from '../region/index.js';
import { SpbeFramework, SpbeIndicator } from '../spbe/index.js';
import { Assessment } from '../assessment/index.js';
import { Solution } from '../challenge/index.js';
import { Plan, PlanItem, PlanItemField, PlanItemStatus, PlanMember, PlanMemberRole } from '../plan/index.js';

const SUMEDANG = '32.11';

/**
 * One draft improvement plan for Sumedang (2023), written by its region admin with a staff member
 * and a mentor: four items from its 2022 levels, one of them replicating the demo portal
 * solution. Seeds once (after the demo challenges, whose solution it links).
 */
export async function seedDemoPlans(em: EntityManager): Promise<boolean> {
  if (await em.count(Plan, { isDemo: true })) return false;
  const users = new Map((await em.find(User, { isDemo: true })).map((u) => [u.email.split('@')[0], u]));
  const admin = users.get('sumedang');
  const staff = users.get('anggota.sumedang');
  const mentor = users.get('mentor');
  const framework = await em.findOne(SpbeFramework, { code: 'SPBE-2020' });
  if (!admin || !staff || !mentor || !framework) return false;
  const assessment = await em.findOne(Assessment, { region: SUMEDANG, framework, year: 2022 });
  const levels = assessment?.levels ?? {};
  const indicators = new Map((await em.find(SpbeIndicator, { framework })).map((i) => [i.number, i]));
  const portal = await em.findOne(Solution, { title: { $like: 'Portal perizinan terpadu%' } });
  const at = new Date().toISOString();

  const plan = em.create(Plan, { region: em.getReference(Region, SUMEDANG), framework, year: 2023, title: 'Rencana Aksi SPBE Kabupaten Sumedang 2023 (demo)', createdBy: admin, isDemo: true });
  em.create(PlanMember, { plan, user: admin, role: PlanMemberRole.EDITOR, addedBy: admin });
  em.create(PlanMember, { plan, user: staff, role: PlanMemberRole.EDITOR, addedBy: admin });
  em.create(PlanMember, { plan, user: mentor, role: PlanMemberRole.COMMENTER, addedBy: admin });
  const items: { number: number; actions: string; by: User; status: PlanItemStatus; dueOn: string; solution?: Solution | null }[] = [
    { number: 18, actions: 'Perluas portal perizinan ke izin usaha kecil dan menengah.', by: staff, status: PlanItemStatus.IN_PROGRESS, dueOn: '2023-09-30', solution: portal },
    { number: 1, actions: 'Tetapkan Perbup Arsitektur SPBE daerah.', by: admin, status: PlanItemStatus.PLANNED, dueOn: '2023-06-30' },
    { number: 31, actions: 'Audit keamanan aplikasi layanan publik oleh BSSN.', by: staff, status: PlanItemStatus.PLANNED, dueOn: '2023-11-30' },
    { number: 45, actions: 'Satukan data pemohon dengan Dukcapil lewat sistem penghubung layanan.', by: admin, status: PlanItemStatus.BLOCKED, dueOn: '2023-08-31' },
  ];
  for (const it of items) {
    const indicator = indicators.get(it.number);
    if (!indicator) continue;
    const current = levels[it.number] ?? null;
    const stamp = { by: it.by.id, at };
    em.create(PlanItem, {
      plan, indicator, currentLevel: current, targetLevel: Math.min(5, (current ?? 1) + 1), actions: it.actions, owner: it.by, dueOn: it.dueOn, status: it.status,
      challenge: it.solution ? it.solution.challenge : null, solution: it.solution ?? null, createdBy: it.by,
      stamps: { [PlanItemField.TARGET_LEVEL]: stamp, [PlanItemField.ACTIONS]: stamp, [PlanItemField.OWNER]: stamp, [PlanItemField.DUE_ON]: stamp, [PlanItemField.STATUS]: stamp, ...(it.solution ? { [PlanItemField.LINK]: stamp } : {}) },
    });
  }
  await em.flush();
  return true;
}
