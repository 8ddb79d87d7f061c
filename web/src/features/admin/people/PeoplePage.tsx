import { For, Show } from 'solid-js';
import { createQuery } from '@urql/solid';
import { RequireRole } from '../../auth/RequireRole';
import { PeopleQuery } from './queries';
import { PersonRow } from './PersonRow';
import { t } from '../i18n';
import { useMe } from '../../../lib/me';
import { canManagePeople } from '../../../lib/roles';
import { createDebounced } from '../../../lib/debounce';
import { limits } from '../../../gql/limits';
import { Card } from '../../../lib/ui/Card';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { Field } from '../../../lib/ui/Field';
import { PageTitle } from '../../../lib/ui/PageTitle';
import { Spinner } from '../../../lib/ui/Spinner';

/** Everyone with an account, searched as the admin types; asked for only once the role allows it. */
function PeopleList() {
  const me = useMe();
  const [search, setSearch] = createDebounced('', 250);
  const [people] = createQuery({ query: PeopleQuery, variables: () => ({ search: search() || null }), requestPolicy: 'cache-and-network' });
  return (
    <Card>
      <Field label={t('people.search')} type="search" name="search" testid="people-search" maxLength={limits.user.searchMax} onInput={(e) => setSearch(e.currentTarget.value.trim())} />
      <ErrorBox error={people.error} />
      <Show when={people.fetching && !people.data}>
        <Spinner />
      </Show>
      <ul class="mt-3 divide-y divide-slate-100" data-testid="people-list">
        <For each={people.data?.people} fallback={<Show when={people.data}><li class="py-2 text-sm text-slate-600">{t('people.none')}</li></Show>}>
          {(person) => <PersonRow person={person} isSelf={person.id === me.data?.me?.id} />}
        </For>
      </ul>
    </Card>
  );
}

export default function PeoplePage() {
  return (
    <>
      <PageTitle title={t('people.title')} subtitle={t('people.subtitle')} />
      <RequireRole allow={canManagePeople}>
        <PeopleList />
      </RequireRole>
    </>
  );
}
