import type { Catalogue } from '../../core/messages.js';

export const notificationMessages = {
  badIds: { en: 'ids must be notification ids', id: 'ids harus id notifikasi' },
} satisfies Catalogue;
