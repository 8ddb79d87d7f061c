import { createEffect, createMemo, createSignal, Match, onCleanup, onMount, Show, Switch } from 'solid-js';
import { useParams } from '@solidjs/router';
import { useLiveSession, type LiveEvent } from '../session/useLiveSession';
import { JoinForm } from '../join/JoinForm';
import { HallPoll, HallQuestion, HallTopQuestions } from './HallFocus';
import { QrCode } from './QrCode';
import { livePath, normaliseCode, sortQuestions, type LiveSession } from '../types';
import { formatNumber } from '../../../lib/format';
import { t } from '../i18n';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { Spinner } from '../../../lib/ui/Spinner';
import { TokenClient } from '../../../lib/client/session';

const TOP = 5;

/** As large as fits: a 12-character code must stay on one line inside the side panel. */
const codeSize = (code: string): string => `min(clamp(2.5rem, 4.4vw, 6rem), calc(100cqi / ${((code.length + 1) * 0.7).toFixed(1)}))`;

/** The display token of a hall-screen link (`#layar=d.…`): in the fragment, so no server or Referer ever sees it. */
export function displayTokenOf(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('layar');
  return token?.startsWith('d.') ? token : null;
}

/**
 * /live/:code/layar — the hall screen: no app chrome, very large type, live; no controls. Opened
 * with a hall-screen link it reads with the link's display token (no account, no joining, not
 * counted); otherwise as whoever is signed in here.
 */
export default function HallPage() {
  const params = useParams<{ code: string }>();
  const token = displayTokenOf(window.location.hash);
  return (
    <div class="min-h-screen bg-slate-950 text-white">
      <Show when={normaliseCode(params.code ?? '')} keyed>
        {(code) => (
          <Show when={token} fallback={<HallScreen code={code} />}>
            {(displayToken) => (
              <TokenClient token={displayToken()}>
                <HallScreen code={code} display />
              </TokenClient>
            )}
          </Show>
        )}
      </Show>
    </div>
  );
}

/** What the moderator did last: opened or closed a poll, highlighted a question, or nothing yet. */
type Focus = { kind: 'poll'; pollId: string } | { kind: 'question' } | { kind: 'auto' };

function HallScreen(props: { code: string; display?: boolean }) {
  const [focus, setFocus] = createSignal<Focus>({ kind: 'auto' });
  const onEvent = (event: LiveEvent) => {
    if (event.kind === 'HIGHLIGHT') setFocus(event.highlightedQuestionId ? { kind: 'question' } : { kind: 'auto' });
    // A poll opened, or closed (its results are now for everyone): on screen until the next step.
    if (event.kind === 'POLL_UPDATED' && event.poll && event.poll.state !== 'DRAFT') setFocus({ kind: 'poll', pollId: event.poll.id });
  };
  const live = useLiveSession(() => props.code, onEvent);
  createEffect(() => {
    document.title = `#${props.code} · Rembuk`;
  });
  return (
    <Switch>
      <Match when={live.needsJoin() && props.display}>
        <p role="alert" data-testid="hall-link-invalid" class="mx-auto max-w-3xl p-10 text-center text-[clamp(1.5rem,2.4vw,3rem)] text-slate-200">
          {t('hall.linkInvalid')}
        </p>
      </Match>
      <Match when={live.needsJoin()}>
        <div class="mx-auto max-w-sm p-6 text-slate-900">
          <JoinForm code={props.code} />
        </div>
      </Match>
      <Match when={!live.session() && live.state.error}>
        <div class="p-6">
          <ErrorBox error={live.state.error} />
        </div>
      </Match>
      <Match when={!live.session()}>
        <div class="p-6 text-slate-200">
          <Spinner label={t('common.loading')} />
        </div>
      </Match>
      <Match when={live.session()}>{(session) => <Hall session={session()} focus={focus()} />}</Match>
    </Switch>
  );
}

function Hall(props: { session: LiveSession; focus: Focus }) {
  const joinUrl = () => `${window.location.origin}${livePath(props.session.code)}`;
  const highlighted = () => props.session.highlightedQuestion;
  const openPoll = () => props.session.polls.find((p) => p.state === 'OPEN');
  const top = createMemo(() => sortQuestions(props.session.questions.filter((q) => q.status === 'LIVE'), 'POPULAR').slice(0, TOP));
  const focusedPoll = () => {
    const focus = props.focus;
    return focus.kind === 'poll' ? props.session.polls.find((p) => p.id === focus.pollId && p.state !== 'DRAFT') : undefined;
  };
  const poll = () => focusedPoll() ?? openPoll();
  const show = (): 'question' | 'poll' | 'top' => {
    if (props.focus.kind === 'question' && highlighted()) return 'question';
    if (poll()) return 'poll';
    return highlighted() ? 'question' : 'top';
  };
  return (
    <div class="grid min-h-screen grid-cols-1 gap-10 p-[clamp(1.5rem,3vw,4rem)] lg:grid-cols-[minmax(0,1fr)_clamp(18rem,26vw,32rem)]">
      <main class="flex min-w-0 flex-col justify-center">
        <Show when={props.session.state === 'CLOSED'}>
          <p role="status" class="mb-8 self-start rounded-xl bg-amber-400 px-6 py-3 text-[clamp(1.5rem,2vw,2.75rem)] font-bold text-slate-950">
            {t('live.closed')}
          </p>
        </Show>
        <Switch>
          <Match when={show() === 'question' && highlighted()}>{(q) => <HallQuestion question={q()} />}</Match>
          <Match when={show() === 'poll' && poll()}>{(shown) => <HallPoll poll={shown()} />}</Match>
          <Match when={show() === 'top'}>
            <HallTopQuestions questions={top()} />
          </Match>
        </Switch>
      </main>
      <aside class="@container flex flex-col items-center justify-center gap-6 rounded-3xl bg-white/5 p-8 text-center">
        <p class="text-[clamp(1.25rem,1.6vw,2.25rem)] text-slate-300">{t('hall.join')}</p>
        <p class="break-all text-[clamp(1.25rem,1.7vw,2.5rem)] font-semibold">{window.location.host}/live</p>
        <p data-testid="hall-code" class="font-mono font-black leading-none tracking-wider text-teal-300" style={{ 'font-size': codeSize(props.session.code) }}>
          #{props.session.code}
        </p>
        <QrCode value={joinUrl()} label={`${t('hall.scan')}: ${joinUrl()}`} testid="hall-qr" class="aspect-square w-full max-w-[28rem] rounded-2xl" />
        <p class="text-[clamp(1.1rem,1.3vw,1.75rem)] text-slate-300">{t('hall.scan')}</p>
        <p class="text-[clamp(1.5rem,2vw,2.75rem)] font-semibold">
          <span data-testid="participant-count" class="tabular-nums">
            {formatNumber(props.session.participantCount)}
          </span>{' '}
          <span class="font-normal text-slate-300">{t('live.participants', { count: props.session.participantCount })}</span>
        </p>
      </aside>
      <FullscreenButton />
    </div>
  );
}

/** Small and out of the way; gone once the screen is full. */
function FullscreenButton() {
  const [full, setFull] = createSignal(false);
  const sync = () => setFull(!!document.fullscreenElement);
  onMount(() => document.addEventListener('fullscreenchange', sync));
  onCleanup(() => document.removeEventListener('fullscreenchange', sync));
  return (
    <Show when={!full() && typeof document.documentElement.requestFullscreen === 'function'}>
      <button
        type="button"
        class="fixed right-3 top-3 rounded-md bg-white/10 px-3 py-1.5 text-sm text-slate-300 opacity-60 hover:opacity-100 focus-visible:opacity-100"
        onClick={() => void document.documentElement.requestFullscreen().catch(() => undefined)}
      >
        {t('hall.fullscreen')}
      </button>
    </Show>
  );
}
