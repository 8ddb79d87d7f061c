import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@solidjs/testing-library';
import { IndicatorRow } from './IndicatorRow';
import { fakeClient } from '../../test/fakeClient';
import { renderPage } from '../../test/render';
import { miniFramework } from '../../test/assessmentFixtures';
import type { IndicatorLeadersQuery } from '../../gql/graphql';
import type { ResultData } from '../../test/withTypenames';

const leaders = (withContact: boolean): ResultData<IndicatorLeadersQuery> => ({
  indicatorLeaders: [
    {
      __typename: 'IndicatorLeader',
      level: 5,
      year: 2022,
      region: { __typename: 'Region', code: '14.08', name: 'Kabupaten Siak' },
      contact: withContact ? { __typename: 'User', id: '7', name: 'Diskominfo Siak', username: 'siak' } : null,
    },
  ],
});

const row = (client: ReturnType<typeof fakeClient>['client'], signedIn: boolean, saved?: number) =>
  renderPage(
    () => (
      <ol>
        <IndicatorRow
          indicator={{ number: 3, name: 'Manajemen Data', weightPercent: 1.3 }}
          levels={miniFramework.levels}
          saved={saved}
          editable={false}
          onChoose={() => undefined}
          frameworkCode="SPBE-2020"
          regionCode="32.11"
          signedIn={signedIn}
        />
      </ol>
    ),
    { client },
  );

describe('who to learn from', () => {
  it("asks for the regions above the region's own level and links their contact's profile", async () => {
    const { client, calls } = fakeClient({ IndicatorLeaders: () => ({ data: leaders(true) }) });
    row(client, true, 3);
    const toggle = screen.getByRole('button', { name: 'Belajar dari daerah lain' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(calls.some((c) => c.name === 'IndicatorLeaders')).toBe(false);
    fireEvent.click(toggle);
    const item = await screen.findByTestId('learn-region');
    expect(calls.find((c) => c.name === 'IndicatorLeaders')?.variables).toEqual({ frameworkCode: 'SPBE-2020', indicator: 3, above: 3, exceptRegion: '32.11' });
    expect(screen.getByRole('heading', { name: 'Daerah di atas tingkat 3 pada indikator ini' })).toBeInTheDocument();
    expect(within(item).getByRole('link', { name: 'Kabupaten Siak' })).toHaveAttribute('href', '/wilayah/14.08');
    expect(within(item).getByText('Tingkat 5 (2022)')).toBeInTheDocument();
    expect(within(item).getByRole('link', { name: 'Diskominfo Siak' })).toHaveAttribute('href', '/u/siak');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });

  it('asks a signed-out visitor to sign in for the contact, and says when nobody is above', async () => {
    const { client } = fakeClient({ IndicatorLeaders: () => ({ data: leaders(false) }) });
    row(client, false);
    fireEvent.click(screen.getByRole('button', { name: 'Belajar dari daerah lain' }));
    expect(await screen.findByRole('link', { name: 'Masuk untuk melihat kontak' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Daerah yang sudah dinilai pada indikator ini' })).toBeInTheDocument();

    const empty = fakeClient({ IndicatorLeaders: () => ({ data: { indicatorLeaders: [] } }) });
    document.body.innerHTML = '';
    row(empty.client, true, 5);
    fireEvent.click(screen.getByRole('button', { name: 'Belajar dari daerah lain' }));
    expect(await screen.findByText('Belum ada daerah di atas tingkat ini.')).toBeInTheDocument();
  });

  it("shows the server's error with a retry", async () => {
    const { client } = fakeClient({ IndicatorLeaders: () => ({ errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT', i18n: { id: 'Argumen tidak valid', en: 'Invalid argument' } } }] }) });
    row(client, true, 2);
    fireEvent.click(screen.getByRole('button', { name: 'Belajar dari daerah lain' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Argumen tidak valid');
    expect(screen.getByTestId('error-retry')).toBeInTheDocument();
  });
});
