import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../user/index.js';
import { Thread, ThreadType, writeSeedThread, type SeedThread } from '../forum/index.js';

/**
 * Three conversations between the demo regions, so the forum and the home page show the hub at
 * work: an answered question with reactions, a shared solution, and a facilitator's call before
 * the evaluation. Every title says "(demo)"; people and texts are invented.
 */
const daysAgo = (days: number, hour = 9) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - days);
  d.setUTCHours(hour - 7, 0, 0, 0);
  return d;
};

type Cast = Record<'facilitator' | 'mentor' | 'sumedang' | 'siak' | 'staffSumedang' | 'staffBelitung', User>;

function threads(p: Cast): SeedThread[] {
  return [
    {
      categorySlug: 'tata-kelola',
      type: ThreadType.QUESTION,
      title: 'Bagaimana memulai Arsitektur SPBE daerah dari nol? (demo)',
      indicators: [11],
      tags: ['arsitektur'],
      regionCodes: ['19.02'],
      posts: [
        { author: p.staffBelitung, at: daysAgo(6), body: 'Kami di Belitung belum punya **Arsitektur SPBE**. Dokumen apa yang perlu disusun dulu, dan siapa yang sebaiknya menandatangani?' },
        {
          author: p.mentor, at: daysAgo(6, 13),
          body: 'Mulai dari tiga hal:\n\n1. Peraturan kepala daerah tentang Arsitektur SPBE\n2. Peta rencana lima tahun\n3. Katalog layanan yang sudah berjalan\n\nTemplat Sumedang ada di kategori Studi Tiru; silakan ditiru dan disesuaikan.',
          reactions: [{ user: p.staffBelitung, emoji: '🙏' }, { user: p.siak, emoji: '👍' }, { user: p.staffSumedang, emoji: '💡' }],
        },
        { author: p.siak, at: daysAgo(5), body: 'Di Siak kami menambahkan lampiran daftar aplikasi per OPD. Penilai menanyakannya saat wawancara.', reactions: [{ user: p.staffBelitung, emoji: '👍' }] },
        { author: p.staffBelitung, at: daysAgo(4), body: 'Terima kasih. Draf perkada sudah kami kirim ke bagian hukum minggu ini.', reactions: [{ user: p.mentor, emoji: '🎉' }] },
      ],
      acceptedNumber: 2,
    },
    {
      categorySlug: 'studi-tiru',
      type: ThreadType.DISCUSSION,
      title: 'Berbagi kode sumber aplikasi antrean daring Sumedang (demo)',
      indicators: [20],
      tags: ['layanan-publik', 'kode-sumber'],
      regionCodes: ['32.11'],
      posts: [
        { author: p.sumedang, at: daysAgo(3), body: 'Aplikasi antrean daring Disdukcapil kami sekarang terbuka untuk daerah lain: kode sumber, panduan pasang, dan materi pelatihan petugas. Balas di sini bila ingin mencoba.', reactions: [{ user: p.siak, emoji: '❤️' }, { user: p.staffBelitung, emoji: '👍' }] },
        { author: p.siak, at: daysAgo(2), body: 'Siak tertarik. Apakah bisa memakai SMS gateway milik Diskominfo sendiri?' },
        { author: p.staffSumedang, at: daysAgo(2, 14), body: 'Bisa: pengaturannya ada di berkas konfigurasi, lihat bagian *notifikasi* di panduan.', reactions: [{ user: p.siak, emoji: '🙏' }] },
      ],
    },
    {
      categorySlug: 'umum',
      type: ThreadType.DISCUSSION,
      title: 'Persiapan evaluasi SPBE: bukti dukung yang sering kurang (demo)',
      tags: ['evaluasi'],
      posts: [
        { author: p.facilitator, at: daysAgo(1), body: 'Menjelang evaluasi, bukti dukung yang paling sering kurang adalah notulen rapat tim koordinasi dan laporan audit TIK. Mohon tiap daerah memeriksa kelengkapannya.' },
        { author: p.staffSumedang, at: daysAgo(0, 8), body: 'Notulen kami lengkap sejak 2021; laporan audit TIK baru ada untuk 2022.' },
      ],
    },
  ];
}

export async function seedDemoForum(em: EntityManager): Promise<boolean> {
  if (await em.count(Thread, { title: { $like: '%(demo)' } })) return false;
  const byKey = new Map((await em.find(User, { isDemo: true })).map((u) => [u.email.split('@')[0], u]));
  const cast = {
    facilitator: byKey.get('fasilitator'), mentor: byKey.get('mentor'), sumedang: byKey.get('sumedang'), siak: byKey.get('siak'),
    staffSumedang: byKey.get('anggota.sumedang'), staffBelitung: byKey.get('anggota.belitung'),
  };
  if (!Object.values(cast).every(Boolean)) return false;
  let wrote = false;
  for (const t of threads(cast as Cast)) wrote = (await writeSeedThread(em, t)) !== null || wrote;
  return wrote;
}
