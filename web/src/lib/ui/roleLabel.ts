import type { Role } from '../../gql/graphql';
import { t } from '../i18n';

export function roleLabel(role: Role): string {
  switch (role) {
    case 'ADMIN':
      return t('role.ADMIN');
    case 'FACILITATOR':
      return t('role.FACILITATOR');
    case 'REGION_ADMIN':
      return t('role.REGION_ADMIN');
    case 'MEMBER':
      return t('role.MEMBER');
  }
}
