import { For, type JSX } from 'solid-js';
import { A } from '@solidjs/router';
import { Dynamic } from 'solid-js/web';
import { useMe } from '../../me';
import { t } from '../../i18n';
import type { HeaderWidget, NavLink } from '../../feature';
import { DemoBadge } from './DemoBadge';
import { LangToggle } from './LangToggle';
import { UserMenu } from './UserMenu';
import { BottomNav } from './BottomNav';
import { HeaderNav } from './HeaderNav';

interface Props {
  /** The features' links, in the order of the feature list. */
  nav: NavLink[];
  /** The features' widgets beside the user menu. */
  header: HeaderWidget[];
  /** Where the logo and signing out lead. */
  home: string;
  signIn: string;
  children?: JSX.Element;
}

/**
 * The header (logo, demo badge, language, navigation from `lg` up, widgets, user menu), the page,
 * the footer, and on narrower screens the bottom navigation bar.
 */
export function Layout(props: Props) {
  const me = useMe();
  const items = () => props.nav.filter((item) => item.show?.(me.data?.me) ?? true);
  const widgets = () => props.header.filter((widget) => widget.show?.(me.data?.me) ?? true);
  return (
    <div class="flex min-h-screen flex-col pb-[calc(4.5rem+env(safe-area-inset-bottom))] lg:pb-0">
      <a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t('nav.skip')}
      </a>
      <header class="sticky top-0 z-10 border-b border-slate-200 bg-white/95 backdrop-blur">
        <div class="mx-auto flex max-w-6xl flex-wrap items-center gap-x-2 gap-y-1 px-3 py-1.5 sm:gap-x-3 sm:px-6">
          <A href={props.home} class="flex min-h-11 items-center gap-1.5 text-lg font-bold text-teal-800" aria-label={t('nav.home')}>
            <img src="/favicon.svg" alt="" width="26" height="26" />
            <span>Rembuk</span>
          </A>
          <DemoBadge />
          <HeaderNav items={items()} />
          <span class="ml-auto flex items-center gap-2">
            <LangToggle />
            <For each={widgets()}>{(widget) => <Dynamic component={widget.component} />}</For>
            <UserMenu home={props.home} signIn={props.signIn} />
          </span>
        </div>
      </header>
      <main id="main" class="mx-auto w-full max-w-6xl flex-1 px-3 py-4 sm:px-6 sm:py-6">
        {props.children}
      </main>
      <footer class="border-t border-slate-200 px-3 py-4 text-center text-xs text-slate-500">{t('footer.text')}</footer>
      <BottomNav items={items()} />
    </div>
  );
}
