import { createEffect, For, on, type JSX } from 'solid-js';
import { A, useLocation } from '@solidjs/router';
import { Dynamic } from 'solid-js/web';
import { useMe } from '../../me';
import { t } from '../../i18n';
import type { HeaderWidget, NavLink } from '../../feature';
import { DemoBadge } from './DemoBadge';
import { LangToggle } from './LangToggle';
import { UserMenu } from './UserMenu';

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

/** The header (logo, demo badge, language, navigation, widgets, user menu), the page, the footer. */
export function Layout(props: Props) {
  const me = useMe();
  const items = () => props.nav.filter((item) => item.show?.(me.data?.me) ?? true);
  const widgets = () => props.header.filter((widget) => widget.show?.(me.data?.me) ?? true);
  const location = useLocation();
  let navList: HTMLElement | undefined;
  // On phones the navigation scrolls sideways: keep the current page's link in view.
  createEffect(
    on([() => location.pathname, items], () =>
      requestAnimationFrame(() => {
        const active = navList?.querySelectorAll<HTMLElement>('a.bg-teal-50');
        active?.[active.length - 1]?.scrollIntoView?.({ inline: 'nearest', block: 'nearest' });
      }),
    ),
  );
  return (
    <div class="flex min-h-screen flex-col">
      <a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t('nav.skip')}
      </a>
      <header class="sticky top-0 z-10 border-b border-slate-200 bg-white/95 backdrop-blur">
        {/* Phones: logo, badge and language on the first line; navigation and the user menu on the second. */}
        <div class="mx-auto flex max-w-6xl flex-wrap items-center gap-x-2 gap-y-1 px-3 py-1.5 sm:gap-x-3 sm:px-6">
          <A href={props.home} class="order-1 flex items-center gap-1.5 text-lg font-bold text-teal-800" aria-label={t('nav.home')}>
            <img src="/favicon.svg" alt="" width="26" height="26" />
            <span>Rembuk</span>
          </A>
          <span class="order-2">
            <DemoBadge />
          </span>
          <span class="order-3 ml-auto sm:order-4 sm:ml-0">
            <LangToggle />
          </span>
          <span class="order-4 basis-full sm:hidden" aria-hidden="true" />
          <nav ref={(el) => (navList = el)} aria-label={t('nav.main')} class="order-5 min-w-0 shrink grow basis-32 overflow-x-auto sm:order-3">
            <ul class="flex gap-1 text-sm">
              <For each={items()}>
                {(item) => (
                  <li>
                    <A
                      href={item.href}
                      class="block whitespace-nowrap rounded-md px-2 py-2 font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 sm:px-3"
                      activeClass="bg-teal-50 text-teal-800"
                    >
                      {item.label()}
                    </A>
                  </li>
                )}
              </For>
            </ul>
          </nav>
          <span class="order-6 flex items-center gap-2">
            <For each={widgets()}>{(widget) => <Dynamic component={widget.component} />}</For>
            <UserMenu home={props.home} signIn={props.signIn} />
          </span>
        </div>
      </header>
      <main id="main" class="mx-auto w-full max-w-6xl flex-1 px-3 py-4 sm:px-6 sm:py-6">
        {props.children}
      </main>
      <footer class="border-t border-slate-200 px-3 py-4 text-center text-xs text-slate-500">{t('footer.text')}</footer>
    </div>
  );
}
