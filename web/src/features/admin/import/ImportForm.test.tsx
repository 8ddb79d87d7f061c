import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@solidjs/testing-library';
import { ImportForm, csvHeader } from './ImportForm';
import { fakeClient } from '../../../test/fakeClient';
import { renderPage } from '../../../test/render';

const frameworks = {
  spbeFrameworks: [
    { __typename: 'SpbeFramework', id: '2', code: 'PEMDI-2025', title: 'Indeks Pemerintah Digital', isDraft: true, indicatorCount: 0 },
    { __typename: 'SpbeFramework', id: '1', code: 'SPBE-2020', title: 'Indeks SPBE', isDraft: false, indicatorCount: 47 },
  ],
};

const rowErrors = [
  { __typename: 'ImportRowError', line: 3, regionCode: '32.11', column: 'i5', message: 'i5 harus tingkat 1 sampai 5, berisi "9"' },
  { __typename: 'ImportRowError', line: 4, regionCode: '99.99', column: 'region_code', message: 'Kode wilayah "99.99" tidak dikenal' },
];

function setup(ok: boolean) {
  return fakeClient({
    ImportFrameworks: () => ({ data: frameworks }),
    ImportAssessments: () => ({
      data: { importAssessments: { __typename: 'ImportAssessmentsPayload', ok, imported: ok ? 2 : 0, errors: ok ? [] : rowErrors } },
    }),
  });
}

async function submit(csv: string, year = '2024') {
  await fireEvent.input(screen.getByTestId('import-year'), { target: { value: year } });
  await fireEvent.input(screen.getByTestId('import-csv'), { target: { value: csv } });
  await fireEvent.click(screen.getByTestId('import-submit'));
}

describe('ImportForm', () => {
  it('shows every row error in a table: line, region, column, message', async () => {
    const { client, calls } = setup(false);
    renderPage(() => <ImportForm />, { client });
    await screen.findByRole('option', { name: 'Indeks SPBE' });
    await submit(`${csvHeader(47)}\n32.11,...`);
    const table = await screen.findByTestId('import-errors');
    const rows = within(table).getAllByTestId('import-error-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('3');
    expect(rows[0]).toHaveTextContent('32.11');
    expect(rows[0]).toHaveTextContent('i5');
    expect(rows[0]).toHaveTextContent('harus tingkat 1 sampai 5');
    expect(rows[1]).toHaveTextContent('99.99');
    expect(screen.queryByTestId('import-success')).toBeNull();
    expect(calls.at(-1)).toMatchObject({ name: 'ImportAssessments', variables: { frameworkCode: 'SPBE-2020', year: 2024 } });
  });

  it('shows how many assessments were imported', async () => {
    const { client } = setup(true);
    renderPage(() => <ImportForm />, { client });
    await screen.findByRole('option', { name: 'Indeks SPBE' });
    await submit(`${csvHeader(47)}\n32.11,...`, '2023');
    expect(await screen.findByTestId('import-success')).toHaveTextContent('2 penilaian tahun 2023 berhasil diimpor.');
    expect(screen.queryByTestId('import-errors')).toBeNull();
  });

  it('does not send an empty file and offers only assessable frameworks', async () => {
    const { client, calls } = setup(true);
    renderPage(() => <ImportForm />, { client });
    expect(await screen.findByRole('option', { name: /Indeks Pemerintah Digital/ })).toBeDisabled();
    await fireEvent.click(screen.getByTestId('import-submit'));
    expect(screen.getByRole('alert')).toHaveTextContent('Tempel isi CSV');
    expect(calls.some((c) => c.name === 'ImportAssessments')).toBe(false);
  });

  it('builds the header the server expects', () => {
    expect(csvHeader(3)).toBe('region_code,i1,i2,i3');
  });
});
