import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { Provider } from '@urql/solid';
import { MemoryRouter, Route } from '@solidjs/router';
import { CohortCard } from './CohortCard';
import { fakeClient } from '../../../test/fakeClient';

const province = { __typename: 'Province' as const, code: '32', name: 'Jawa Barat' };
const cohort = { __typename: 'Cohort' as const, slug: 'living-lab-2022', name: 'Living Lab 2022', description: null, memberCount: 0, members: [] };
const unknown = {
  message: 'Unknown region codes: 99.99; nothing was added (1 other codes are valid)',
  extensions: { code: 'BAD_USER_INPUT', validCodes: ['32.04'], i18n: { en: 'Unknown region codes: 99.99; nothing was added (1 other codes are valid)', id: 'Kode wilayah tidak dikenal: 99.99; tidak ada yang ditambahkan (1 kode lain valid)' } },
};

describe('CohortCard', () => {
  it('names the unknown code and offers to add the valid ones only', async () => {
    const { client, calls } = fakeClient({
      AddCohortMembers: (v) =>
        v.input.regionCodes.includes('99.99')
          ? { errors: [unknown] }
          : { data: { addCohortMembers: { ...cohort, memberCount: 1, members: [{ __typename: 'Region', code: '32.04', name: 'Kabupaten Bandung', province }] } } },
    });
    render(() => (
      <Provider value={client}>
        <MemoryRouter>
          <Route path="*" component={() => <CohortCard cohort={cohort} />} />
        </MemoryRouter>
      </Provider>
    ));
    await fireEvent.input(screen.getByLabelText('Tambah anggota (kode wilayah)'), { target: { value: '32.04, 99.99' } });
    await fireEvent.submit(screen.getByLabelText('Tambah anggota (kode wilayah)').closest('form')!);
    expect(await screen.findByRole('alert')).toHaveTextContent('Kode wilayah tidak dikenal: 99.99');
    await fireEvent.click(screen.getByTestId('cohort-add-valid'));
    await waitFor(() => expect(calls.filter((c) => c.name === 'AddCohortMembers').at(-1)?.variables).toEqual({ input: { slug: 'living-lab-2022', regionCodes: ['32.04'] } }));
    await waitFor(() => expect(screen.queryByTestId('cohort-add-valid')).toBeNull());
  });
});
