import { createSignal, Show } from 'solid-js';
import { createMutation } from '@urql/solid';
import type { Role } from '../../../gql/graphql';
import { CreateInviteMutation } from './queries';
import { InviteLink } from './InviteLink';
import { REGION_CODE } from '../cohorts/regionCodes';
import { invitableRoles, isRegionRole, type Actor } from '../../../lib/roles';
import { t } from '../i18n';
import { Button } from '../../../lib/ui/Button';
import { Card } from '../../../lib/ui/Card';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { Field } from '../../../lib/ui/Field';
import { Select } from '../../../lib/ui/Select';
import { roleLabel } from '../../../lib/ui/roleLabel';
import { limits } from '../../../gql/limits';

interface Props {
  actor: Actor;
}

export function CreateInviteForm(props: Props) {
  const ownRegion = () => (props.actor.role === 'REGION_ADMIN' ? (props.actor.region?.code ?? '') : '');
  const [role, setRole] = createSignal<Role>('MEMBER');
  const [regionCode, setRegionCode] = createSignal(ownRegion());
  const [organisation, setOrganisation] = createSignal('');
  const [email, setEmail] = createSignal('');
  const [localError, setLocalError] = createSignal('');
  const [result, create] = createMutation(CreateInviteMutation);

  const link = () => {
    const payload = result.data?.createInvite;
    return payload ? { url: `${window.location.origin}${payload.path}`, expiresAt: payload.invite.expiresAt } : null;
  };

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const regionRole = isRegionRole(role());
    if (regionRole && !REGION_CODE.test(regionCode().trim())) {
      setLocalError(t('invites.regionInvalid'));
      return;
    }
    if (!regionRole && organisation().trim().length < 2) {
      setLocalError(t('invites.organisationRequired'));
      return;
    }
    setLocalError('');
    const res = await create({
      input: {
        role: role(),
        regionCode: regionRole ? regionCode().trim() : null,
        organisation: regionRole ? null : organisation().trim(),
        email: email().trim() || null,
      },
    });
    if (res.data) {
      setEmail('');
      setOrganisation('');
    }
  };

  return (
    <Card title={t('invites.create')}>
      <form class="grid gap-3 sm:grid-cols-2" onSubmit={submit}>
        <Select
          label={t('invites.role')}
          value={role()}
          options={invitableRoles(props.actor).map((r) => ({ value: r, label: roleLabel(r) }))}
          onChange={(e) => setRole(e.currentTarget.value as Role)}
        />
        <Show
          when={isRegionRole(role())}
          fallback={<Field label={t('invites.organisation')} required maxLength={limits.user.organisationMax} value={organisation()} onInput={(e) => setOrganisation(e.currentTarget.value)} />}
        >
          <Field
            label={t('invites.regionCode')}
            hint={ownRegion() ? t('invites.ownRegion', { name: props.actor.region?.name ?? '' }) : t('invites.regionHint')}
            required
            readOnly={!!ownRegion()}
            inputMode="decimal"
            placeholder="32.11"
            value={regionCode()}
            onInput={(e) => setRegionCode(e.currentTarget.value)}
          />
        </Show>
        <Field
          class="sm:col-span-2"
          label={t('invites.email')}
          hint={t('invites.emailHint')}
          type="email"
          maxLength={limits.user.emailMax}
          value={email()}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
        <div class="flex flex-col gap-3 sm:col-span-2">
          <ErrorBox message={localError()} error={result.error} />
          <Button type="submit" busy={result.fetching} class="self-start" data-testid="invite-submit">
            {t('invites.submit')}
          </Button>
          <Show when={link()}>{(l) => <InviteLink url={l().url} expiresAt={l().expiresAt} />}</Show>
        </div>
      </form>
    </Card>
  );
}
