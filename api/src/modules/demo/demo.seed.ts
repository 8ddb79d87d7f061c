import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../../core/auth/tokens.js';
import { Role, User } from '../user/index.js';
import { SpbeFramework } from '../spbe/index.js';
import { loadFrameworkStructure } from '../spbe/index.js';
import { Assessment } from '../assessment/index.js';
import { applyLevels } from '../assessment/index.js';
import { levelsForIndex } from './levels-for-index.js';

/** Published in the README: demo data is for trying the hub out, never for production. */
export const DEMO_PASSWORD = 'rembuk-demo-2026';

export const DEMO_USERS = [
  { email: 'admin@demo.rembuk.id', name: 'Admin Demo', role: Role.ADMIN, organisation: 'Kemendagri' },
  { email: 'fasilitator@demo.rembuk.id', name: 'Fasilitator KemenPAN-RB', role: Role.FACILITATOR, organisation: 'KemenPAN-RB' },
  { email: 'mentor@demo.rembuk.id', name: 'Mentor Sumedang', role: Role.FACILITATOR, organisation: 'Pemkab Sumedang' },
  { email: 'sumedang@demo.rembuk.id', name: 'Diskominfo Sumedang', role: Role.REGION_ADMIN, region: '32.11' },
  { email: 'siak@demo.rembuk.id', name: 'Diskominfo Siak', role: Role.REGION_ADMIN, region: '14.08' },
  { email: 'anggota.sumedang@demo.rembuk.id', name: 'Staf Sumedang', role: Role.MEMBER, region: '32.11' },
  { email: 'anggota.belitung@demo.rembuk.id', name: 'Staf Belitung', role: Role.MEMBER, region: '19.02' },
] as const;

/** Index histories; Sumedang's are its published SPBE indices, the others are invented for the demo. */
export const DEMO_INDICES: { region: string; year: number; index: number }[] = [
  { region: '32.11', year: 2020, index: 3.81 },
  { region: '32.11', year: 2021, index: 3.52 },
  { region: '32.11', year: 2022, index: 3.84 },
  { region: '19.02', year: 2021, index: 2.18 },
  { region: '19.02', year: 2022, index: 2.61 },
  { region: '14.08', year: 2021, index: 2.71 },
  { region: '14.08', year: 2022, index: 3.02 },
  { region: '74.05', year: 2022, index: 1.94 },
  { region: '32.15', year: 2021, index: 2.45 },
  { region: '32.15', year: 2022, index: 2.88 },
];

/**
 * Seeds demo users and assessments once (embedded/dev only; config refuses it in production),
 * inside the caller's transaction.
 */
export async function seedDemoData(tx: EntityManager): Promise<boolean> {
  if (await tx.count(User, { isDemo: true })) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const framework = await tx.findOneOrFail(SpbeFramework, { code: 'SPBE-2020' });
  const structure = await loadFrameworkStructure(tx, framework.id);
  {
    for (const u of DEMO_USERS) {
      tx.create(User, {
        email: u.email,
        name: u.name,
        username: u.email.split('@')[0].replace(/\./g, '_'),
        role: u.role,
        organisation: 'organisation' in u ? u.organisation : undefined,
        regionCode: 'region' in u ? u.region : null,
        passwordHash,
        isDemo: true,
      });
    }
    for (const [i, d] of DEMO_INDICES.entries()) {
      const a = tx.create(Assessment, { region: d.region, framework, year: d.year, levels: {}, isDemo: true });
      applyLevels(a, structure, levelsForIndex(structure.shape, d.index, i + 1), null, true);
    }
    // A draft in progress, to show how partial assessments look.
    const draft = tx.create(Assessment, { region: '32.11', framework, year: 2023, levels: {}, isDemo: true });
    const full = levelsForIndex(structure.shape, 3.9, 99);
    applyLevels(draft, structure, Object.fromEntries(Object.entries(full).slice(0, 20)), null, true);
  }
  await tx.flush();
  return true;
}
