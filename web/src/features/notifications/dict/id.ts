/** Notifications, Bahasa Indonesia (the default). Flat keys; `{{ name }}` marks a placeholder. */
export const notificationsId = {
  'notifications.title': 'Notifikasi',
  'notifications.subtitle': 'Sebutan, balasan dan aktivitas di topik yang Anda pantau.',
  'notifications.bellUnread': 'Notifikasi, {{ count }} belum dibaca',
  'notifications.readAll': 'Tandai semua dibaca',
  'notifications.all': 'Lihat semua notifikasi',
  'notifications.empty': 'Belum ada notifikasi.',
  'notifications.more': 'Muat lebih banyak',
  'notifications.unread': 'belum dibaca',
  'notifications.someone': 'Seseorang',
  'notifications.threadGone': 'Topik tidak lagi tersedia',
  'notifications.kind.MENTION': 'menyebut Anda',
  'notifications.kind.REPLY': 'membalas tulisan Anda',
  'notifications.kind.ACCEPTED_ANSWER': 'jawaban Anda diterima',
  'notifications.kind.THREAD_ACTIVITY': 'aktivitas baru di topik yang Anda pantau',
  'notifications.kind.CHALLENGE_ACTIVITY': 'memajukan tantangan yang Anda ikuti',
};
