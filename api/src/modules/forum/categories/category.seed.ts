import type { EntityManager } from '@mikro-orm/postgresql';
import { Category } from './category.entity.js';

/** One category per SPBE 2020 domain, plus general talk and "studi tiru" (replication stories). */
export const DEFAULT_CATEGORIES = [
  { slug: 'umum', name: 'Umum', description: 'Diskusi umum antarwilayah', position: 0, color: '#475569', spbeDomainNumber: null },
  { slug: 'kebijakan-internal', name: 'Kebijakan Internal SPBE', description: 'Domain 1: kebijakan internal tata kelola SPBE', position: 1, color: '#7c3aed', spbeDomainNumber: 1 },
  { slug: 'tata-kelola', name: 'Tata Kelola SPBE', description: 'Domain 2: perencanaan strategis, TIK, penyelenggara SPBE', position: 2, color: '#2563eb', spbeDomainNumber: 2 },
  { slug: 'manajemen', name: 'Manajemen SPBE', description: 'Domain 3: manajemen SPBE dan audit TIK', position: 3, color: '#0891b2', spbeDomainNumber: 3 },
  { slug: 'layanan', name: 'Layanan SPBE', description: 'Domain 4: layanan administrasi pemerintahan dan layanan publik', position: 4, color: '#059669', spbeDomainNumber: 4 },
  { slug: 'studi-tiru', name: 'Studi Tiru', description: 'Meniru, menerapkan, membuktikan: kode sumber, pelatihan, bukti', position: 5, color: '#d97706', spbeDomainNumber: null },
];

/** Creates the default categories the first time; later edits by admins are left alone. */
export async function seedCategories(em: EntityManager): Promise<void> {
  if (await em.count(Category)) return;
  for (const c of DEFAULT_CATEGORIES) em.create(Category, c);
  await em.flush();
}
