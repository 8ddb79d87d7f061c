import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import RegionDirectoryPage, { PAGE_SIZE } from './RegionDirectoryPage';
import { fakeClient } from '../../test/fakeClient';
import { renderPage } from '../../test/render';
import { connection, filters, region, sumedang } from '../../test/fixtures';

const firstPage = [region('11.01', 'Kabupaten Aceh Selatan'), sumedang, region('32.73', 'Kota Bandung', 3.2)];
const secondPage = [region('33.01', 'Kabupaten Cilacap', 2.9)];

function setup() {
  return fakeClient(
    {
      RegionFilters: () => ({ data: filters }),
      RegionDirectory: (v) => {
        if (v.search === 'sumedang') return { data: connection([sumedang], 1, false) };
        if (v.after === '32.73') return { data: connection(secondPage, 4, false) };
        return { data: connection(firstPage, 4, true) };
      },
    },
    { cache: true },
  );
}

describe('RegionDirectoryPage', () => {
  it('offers "Coba lagi" when the server cannot be reached, and shows the regions once it can', async () => {
    let online = false;
    const { client } = fakeClient(
      {
        RegionFilters: () => ({ data: filters }),
        RegionDirectory: () => (online ? { data: connection(firstPage, 4, true) } : { errors: [{ message: 'Service unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }),
      },
      { cache: true },
    );
    renderPage(() => <RegionDirectoryPage />, { client, location: '/wilayah' });
    const retry = await screen.findByTestId('error-retry');
    expect(retry).toHaveTextContent('Coba lagi');
    online = true;
    await fireEvent.click(retry);
    expect((await screen.findAllByTestId('region-row')).length).toBe(3);
    expect(screen.queryByTestId('error-retry')).toBeNull();
  });

  it('renders one row per region with code, name, province, index and predicate', async () => {
    const { client, calls } = setup();
    renderPage(() => <RegionDirectoryPage />, { client, location: '/wilayah' });
    const rows = await screen.findAllByTestId('region-row');
    expect(rows.map((r) => r.dataset.code)).toEqual(['11.01', '32.11', '32.73']);
    const row = rows[1];
    expect(row).toHaveTextContent('Kabupaten Sumedang');
    expect(row).toHaveTextContent('Jawa Barat');
    expect(row).toHaveTextContent('3,84');
    expect(row).toHaveTextContent('Sangat Baik');
    expect(row.querySelector('a')).toHaveAttribute('href', '/wilayah/32.11');
    expect(rows[0]).toHaveTextContent('Belum ada indeks');
    expect(screen.getByTestId('region-count')).toHaveTextContent('4 wilayah');
    expect(calls.find((c) => c.name === 'RegionDirectory')?.variables).toMatchObject({ first: PAGE_SIZE, after: null, search: null });
  });

  it('appends the next page with "Muat lebih banyak"', async () => {
    const { client, calls } = setup();
    renderPage(() => <RegionDirectoryPage />, { client, location: '/wilayah' });
    await screen.findAllByTestId('region-row');
    await fireEvent.click(screen.getByTestId('region-more'));
    await waitFor(() => expect(screen.getAllByTestId('region-row')).toHaveLength(4));
    expect(calls.at(-1)?.variables).toMatchObject({ after: '32.73' });
    expect(screen.queryByTestId('region-more')).toBeNull();
  });

  it('searches after typing stops and puts the search in the URL', async () => {
    const { client } = setup();
    const { history } = renderPage(() => <RegionDirectoryPage />, { client, location: '/wilayah' });
    await screen.findAllByTestId('region-row');
    await fireEvent.input(screen.getByTestId('region-search'), { target: { value: 'sumedang' } });
    await waitFor(() => expect(screen.getAllByTestId('region-row')).toHaveLength(1));
    expect(screen.getByTestId('region-row').dataset.code).toBe('32.11');
    expect(history.get()).toContain('q=sumedang');
  });

  it('fills the province and cohort selects', async () => {
    const { client } = setup();
    renderPage(() => <RegionDirectoryPage />, { client, location: '/wilayah?provinsi=32' });
    const province = await screen.findByLabelText('Provinsi');
    await waitFor(() => expect(province).toHaveValue('32'));
    expect(screen.getByRole('option', { name: 'Living Lab' })).toBeInTheDocument();
  });

  it('asks for the chosen order, kept in the address (?urut=)', async () => {
    const { client, calls } = setup();
    renderPage(() => <RegionDirectoryPage />, { client, location: '/wilayah' });
    const sort = await screen.findByTestId('region-sort');
    expect(sort).toHaveValue('');
    fireEvent.change(sort, { target: { value: 'indeks' } });
    await waitFor(() => expect(calls.some((c) => c.name === 'RegionDirectory' && c.variables.sort === 'INDEX')).toBe(true));
    expect(sort).toHaveValue('indeks');
  });
});
