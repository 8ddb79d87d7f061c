import type { authId } from './id';

/** Sign-in and accepting an invitation, English. Typed by the Indonesian one, so a missing or extra key fails to compile. */
export const authEn: typeof authId = {
  'field.email': 'Email',
  'field.password': 'Password',
  'field.newPassword': 'New password',
  'field.name': 'Full name',

  'signIn.title': 'Sign in',
  'signIn.subtitle': 'Sign in with your Rembuk account.',
  'signIn.submit': 'Sign in',
  'signIn.already': 'You are signed in as {{ name }}.',
  'signIn.toRegions': 'Go to the region directory',
  'signIn.inviteOnly': 'No account yet? Accounts are created from an invitation by your facilitator or region admin.',

  'invite.accept.title': 'Accept invitation',
  'invite.accept.subtitle': 'Create your account to join Rembuk.',
  'invite.accept.emailHint': 'If the invitation is for a specific address, use that address.',
  'invite.accept.passwordHint': 'At least {{ min }} characters.',
  'invite.accept.passwordShort': 'The password needs at least {{ min }} characters.',
  'invite.accept.passwordLong': 'The password may have at most {{ max }} characters.',
  'invite.accept.submit': 'Create account and sign in',
  'invite.accept.for': 'Invitation as {{ role }} for {{ where }}, valid until {{ date }}.',
};
