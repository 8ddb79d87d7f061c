/**
 * Every page of the app, as the accessibility sweep (a11y.e2e.ts) visits it. One line per page:
 * a path (`{name}` filled from fixtures.ts) and who sees it; a page added to the app without a
 * line here fails the sweep's coverage check (every pattern in web/dist/routes.json needs one).
 */
export type Who = 'guest' | 'member' | 'admin';

export interface A11yRoute {
  path: string;
  /** Everyone when absent. */
  who?: Who[];
}

const SIGNED_IN: Who[] = ['member', 'admin'];
const ADMIN: Who[] = ['admin'];

export const ROUTES: A11yRoute[] = [
  { path: '/' },
  { path: '/masuk' },
  { path: '/invite/tidak-berlaku', who: ['guest'] },
  { path: '/reset/tidak-berlaku', who: ['guest'] },
  { path: '/wilayah' },
  { path: '/wilayah?kohort=living-lab-2022&urut=indeks' },
  { path: '/wilayah/32.11' },
  { path: '/wilayah/32.11/penilaian/2023' },
  { path: '/spbe' },
  { path: '/forum' },
  { path: '/forum/k/{category}', who: SIGNED_IN },
  { path: '/forum/baru', who: SIGNED_IN },
  { path: '/forum/t/{thread}' },
  { path: '/forum/cari?q=arsitektur', who: SIGNED_IN },
  { path: '/forum/moderasi', who: SIGNED_IN },
  { path: '/notifikasi', who: SIGNED_IN },
  { path: '/u/{username}' },
  { path: '/rapat' },
  { path: '/rapat/baru', who: SIGNED_IN },
  { path: '/rapat/{meeting}' },
  { path: '/live' },
  { path: '/live/{code}' },
  { path: '/live/{code}/moderasi', who: SIGNED_IN },
  { path: '/live/{code}/layar', who: ADMIN },
  { path: '/admin/kohort', who: SIGNED_IN },
  { path: '/admin/undangan', who: ADMIN },
  { path: '/admin/impor', who: ADMIN },
  { path: '/admin/pengguna', who: ADMIN },
  { path: '/akun', who: SIGNED_IN },
  { path: '/tantangan' },
  { path: '/tantangan?tahap=replication&urut=ditiru' },
  { path: '/tantangan/baru', who: SIGNED_IN },
  { path: '/tantangan/{challenge}' },
  { path: '/tantangan/{challenge}?tab=solusi' },
  { path: '/tantangan/{challenge}?tab=tim' },
  { path: '/tantangan/{challenge}/solusi/{solution}' },
  { path: '/tantangan/{challenge}/laporan' },
  { path: '/tantangan/{challenge}/ubah', who: SIGNED_IN },
  { path: '/rencana/{plan}', who: SIGNED_IN },
  { path: '/tidak-ada-halaman-ini', who: ['guest'] },
];
