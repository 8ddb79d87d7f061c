import type { usersId } from './id';

/** Member profiles, English. Typed by the Indonesian one, so a missing or extra key fails to compile. */
export const usersEn: typeof usersId = {
  'member.notFound': 'No member @{{ username }}',
  'member.back': 'Back to the forum',
  'member.role': 'Role',
  'member.region': 'Region',
  'member.organisation': 'Organisation',
  'member.since': 'Member since',
  'member.threads': 'Topics started ({{ count }})',
  'member.noThreads': 'No topics started yet.',
};
