import type { accountId } from './id';

/** One's own account and the reset page, English. Typed by the Indonesian one, so a missing or extra key fails to compile. */
export const accountEn: typeof accountId = {
  'account.title': 'Account and security',
  'account.subtitle': 'Change your password and see the devices you are signed in on.',
  'account.signInFirst': 'Sign in to manage your account.',

  'password.title': 'Change password',
  'password.current': 'Current password',
  'password.new': 'New password',
  'password.repeat': 'Repeat the new password',
  'password.hint': 'At least {{ min }} characters. Your sessions on other devices will end.',
  'password.short': 'The password needs at least {{ min }} characters.',
  'password.long': 'The password may have at most {{ max }} characters.',
  'password.mismatch': 'The two new passwords differ.',
  'password.submit': 'Change password',
  'password.done': 'Password changed. Other sessions ended: {{ count }}.',

  'sessions.title': 'Active sessions',
  'sessions.help': 'Devices signed in to your account now. End any session you do not recognise.',
  'sessions.unknownDevice': 'Unknown device',
  'sessions.on': '{{ browser }} on {{ system }}',
  'sessions.current': 'This device',
  'sessions.lastSeen': 'Last used',
  'sessions.since': 'signed in {{ date }}',
  'sessions.end': 'End session',
  'sessions.endLabel': 'End session {{ device }}',
  'sessions.ended': 'Session ended.',
  'sessions.everywhere': 'Sign out on every device',
  'sessions.everywhereConfirm': 'Sign out on every device, this one included?',

  'reset.title': 'Reset password',
  'reset.subtitle': '{{ admin }} (an admin) made this link for {{ name }} (@{{ username }}); it works once.',
  'reset.expires': 'Valid until {{ date }}.',
  'reset.submit': 'Save password and sign in',
};
