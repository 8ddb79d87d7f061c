import { createEffect, createSignal, Show, untrack } from 'solid-js';
import { A, useNavigate } from '@solidjs/router';
import { createMutation, useClient } from '@urql/solid';
import type { CombinedError } from '@urql/core';
import { JoinLiveSessionMutation, LiveSessionPreviewQuery } from '../queries/session';
import { CODE_RE, livePath, normaliseCode, REGION_CODE_RE } from '../types';
import { errorCode, errorFields } from '../../../lib/errors';
import { t } from '../i18n';
import { useMe } from '../../../lib/me';
import { useSignInHref } from '../../../lib/signIn';
import { useSession } from '../../../lib/client/session';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { Field } from '../../../lib/ui/Field';
import { limits } from '../../../gql/limits';

interface Props {
  /** From a /live/:code link: asks at once whether guests may join. */
  code?: string;
}

type Step = 'code' | 'guest' | 'signIn';

interface Preview {
  title: string;
  meetingTitle: string;
}

/**
 * Joins a session by code. Signed-in people go straight in; others first see the session's
 * public preview (its title, whether it has ended, whether it takes guests) and then join
 * with a display name or are asked to sign in. A guest join sets the guest cookie, so the
 * client is started afresh: the WebSocket then connects with it.
 */
export function JoinForm(props: Props) {
  const me = useMe();
  const navigate = useNavigate();
  const session = useSession();
  // The code from the URL only fills the field at first; after that it is the user's.
  const signInHref = useSignInHref();
  const [code, setCode] = createSignal(untrack(() => (props.code ? `#${props.code}` : '')));
  const [name, setName] = createSignal('');
  const [region, setRegion] = createSignal('');
  const [step, setStep] = createSignal<Step>('code');
  const [problem, setProblem] = createSignal('');
  const [serverError, setServerError] = createSignal<CombinedError>();
  const [result, join] = createMutation(JoinLiveSessionMutation);
  const client = useClient();
  const [preview, setPreview] = createSignal<Preview>();

  /** For people without an account: what the session is and how they may join it. */
  const look = async (normalised: string) => {
    const res = await client.query(LiveSessionPreviewQuery, { code: normalised }, { requestPolicy: 'network-only' }).toPromise();
    const p = res.data?.liveSessionPreview;
    if (!p) return setServerError(res.error);
    setPreview({ title: p.title, meetingTitle: p.meetingTitle });
    if (p.state !== 'OPEN') return setProblem(t('join.closed'));
    setStep(p.allowGuests ? 'guest' : 'signIn');
  };

  const attempt = async (guest: boolean) => {
    const normalised = normaliseCode(code());
    if (!CODE_RE.test(normalised)) return setProblem(t('join.badCode'));
    const guestName = name().trim();
    const guestRegionCode = region().trim();
    if (guest && (guestName.length < limits.meeting.guestNameMin || guestName.length > limits.meeting.guestNameMax)) return setProblem(t('join.badName'));
    if (guest && guestRegionCode && !REGION_CODE_RE.test(guestRegionCode)) return setProblem(t('join.badRegion'));
    setProblem('');
    setServerError(undefined);
    if (!guest && me.data && !me.data.me) return look(normalised);
    const res = await join({ input: guest ? { code: normalised, guestName, guestRegionCode: guestRegionCode || null } : { code: normalised } });
    if (res.data) {
      if (me.data?.me) navigate(livePath(normalised));
      else session.restart(livePath(normalised));
      return;
    }
    if (!guest && errorCode(res.error) === 'BAD_USER_INPUT' && errorFields(res.error).includes('guestName')) return setStep('guest');
    if (!guest && errorCode(res.error) === 'UNAUTHENTICATED') return setStep('signIn');
    setServerError(res.error);
  };

  // From a link: try once we know who is asking (members join, others see the preview).
  let tried = false;
  createEffect(() => {
    if (!props.code || tried || (!me.data && !me.error)) return;
    tried = true;
    void attempt(false);
  });

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    void attempt(step() === 'guest');
  };

  return (
    <form class="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6" onSubmit={submit} noValidate>
      <Field
        label={t('join.code')}
        hint={t('join.codeHint')}
        testid="join-code-input"
        autocomplete="off"
        autocapitalize="characters"
        spellcheck={false}
        class="[&_input]:font-mono [&_input]:text-lg [&_input]:tracking-widest"
        value={code()}
        onInput={(e) => {
          setCode(e.currentTarget.value);
          setStep('code');
          setPreview(undefined);
        }}
      />
      <Show when={preview()}>
        {(p) => (
          <div data-testid="join-preview" class="rounded-md border border-slate-200 bg-slate-50 px-3 py-2">
            <p class="text-xs text-slate-600">{p().meetingTitle}</p>
            <p class="font-medium text-slate-900">{p().title}</p>
          </div>
        )}
      </Show>
      <Show when={step() === 'guest'}>
        <p class="rounded-md bg-teal-50 px-3 py-2 text-sm text-teal-900">{t('join.guestIntro')}</p>
        <Field label={t('join.guestName')} testid="guest-name-input" autocomplete="name" maxLength={limits.meeting.guestNameMax} value={name()} onInput={(e) => setName(e.currentTarget.value)} />
        <Field
          label={t('join.guestRegion')}
          hint={t('join.guestRegionHint')}
          testid="guest-region-input"
          inputMode="decimal"
          maxLength={5}
          value={region()}
          onInput={(e) => setRegion(e.currentTarget.value)}
        />
      </Show>
      <Show when={step() === 'signIn'}>
        <p role="alert" class="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          {t('join.needSignIn')}{' '}
          <A href={signInHref()} class="font-medium underline">
            {t('nav.signIn')}
          </A>
        </p>
      </Show>
      <ErrorBox message={problem()} error={serverError()} />
      <Button type="submit" data-testid="join-submit" busy={result.fetching}>
        {step() === 'guest' ? t('join.guestSubmit') : t('join.submit')}
      </Button>
    </form>
  );
}
