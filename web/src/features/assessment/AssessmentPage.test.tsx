import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import AssessmentPage from './AssessmentPage';
import { fakeClient } from '../../test/fakeClient';
import { renderPage } from '../../test/render';
import { assessmentOf, assessmentScreen, type AssessmentData } from '../../test/assessmentFixtures';
import { setLocale } from '../../lib/i18n';

const member = (role: 'MEMBER' | 'REGION_ADMIN') => ({
  data: { me: { __typename: 'User', id: '1', name: 'Diskominfo', username: 'd', role, organisation: null, email: null, region: { __typename: 'Region', code: '32.11', name: 'Kabupaten Sumedang' } } },
});
const open = (client: ReturnType<typeof fakeClient>['client'], year = '2023') =>
  renderPage(() => <AssessmentPage />, { client, path: '/wilayah/:code/penilaian/:year', location: `/wilayah/32.11/penilaian/${year}` });

describe('AssessmentPage', () => {
  it('saves the chosen levels as a draft and shows the index the server answers with', async () => {
    let stored: AssessmentData = assessmentOf({ 1: 2 }, { provisionalIndex: 2 });
    const { client, calls } = fakeClient(
      {
        AssessmentScreen: () => ({ data: assessmentScreen([stored], true) }),
        Me: () => member('REGION_ADMIN'),
        RecordAssessment: () => {
          stored = assessmentOf({ 1: 2, 2: 4 }, { provisionalIndex: 2.67 });
          return { data: { recordAssessment: { ...stored, region: { __typename: 'Region', code: '32.11' } } } };
        },
      },
      { cache: true },
    );
    open(client);
    expect(await screen.findByTestId('assessment-index')).toHaveTextContent('2,00');
    expect(screen.getByTestId('assessment-completeness')).toHaveTextContent('33% lengkap (1/3 indikator)');
    expect(screen.getByRole('heading', { name: 'Aspek 2. Perencanaan' })).toBeInTheDocument();
    // Each level is a radio named by its number and the framework's name for it.
    expect(screen.getAllByRole('radio', { name: '2 Terkelola' })[0]).toBeChecked();
    const [first, second] = screen.getAllByRole('radio', { name: '4 Terintegrasi dan Terukur' });
    fireEvent.click(second!);
    expect(second).toBeChecked();
    expect(first).not.toBeChecked();
    expect(screen.getByTestId('assessment-save-unsaved')).toHaveTextContent('1 perubahan belum disimpan');
    expect(screen.getByTestId('indicator-2-level')).toHaveTextContent('Tingkat 4: Terintegrasi dan Terukur (belum disimpan)');
    fireEvent.click(screen.getByTestId('assessment-save'));
    await waitFor(() => expect(screen.getByTestId('assessment-index')).toHaveTextContent('2,67'));
    // Only the change is sent; the server merges it into the draft.
    expect(calls.find((c) => c.name === 'RecordAssessment')?.variables).toEqual({ input: { regionCode: '32.11', frameworkCode: 'SPBE-2020', year: 2023, levels: [{ indicator: 2, level: 4 }] } });
    expect(screen.queryByTestId('assessment-save-unsaved')).not.toBeInTheDocument();
    expect(screen.getByTestId('indicator-2-level')).toHaveTextContent('Tingkat 4: Terintegrasi dan Terukur');
    expect(screen.getByTestId('assessment-completeness')).toHaveTextContent('67% lengkap (2/3 indikator)');
  });

  it('shows levels read-only to a member who may not record', async () => {
    const { client } = fakeClient({ AssessmentScreen: () => ({ data: assessmentScreen([assessmentOf({ 1: 3 }, { provisionalIndex: 3 })], false) }), Me: () => member('MEMBER') });
    open(client);
    expect(await screen.findByTestId('assessment-readonly')).toBeInTheDocument();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(screen.queryByTestId('assessment-save')).not.toBeInTheDocument();
    expect(screen.getByTestId('indicator-1-level')).toHaveTextContent('Tingkat 3: Terstandarisasi');
    expect(screen.getByTestId('indicator-2-level')).toHaveTextContent('Belum diisi');
  });

  it("shows the server's refusal in the user's language and marks the indicator it names", async () => {
    setLocale('en');
    try {
      const { client } = fakeClient({
        AssessmentScreen: () => ({ data: assessmentScreen([assessmentOf({ 1: 2 }, { provisionalIndex: 2 })], true) }),
        Me: () => member('REGION_ADMIN'),
        RecordAssessment: () => ({
          errors: [
            {
              message: 'level for indicator 3 must be 1 to 5',
              extensions: { code: 'BAD_USER_INPUT', i18n: { en: 'level for indicator 3 must be 1 to 5', id: 'tingkat indikator 3 harus 1 sampai 5' }, fields: [{ field: 'levels.3', message: 'x' }] },
            },
          ],
        }),
      });
      open(client);
      await screen.findByTestId('assessment-index');
      // Nothing chosen yet: said on the page, nothing sent.
      fireEvent.click(screen.getByTestId('assessment-save'));
      expect(await screen.findAllByRole('alert')).not.toHaveLength(0);
      expect(screen.getAllByRole('alert')[0]).toHaveTextContent('There are no changes to save yet.');
      fireEvent.click(screen.getAllByRole('radio', { name: '5 Optimum' })[2]!);
      fireEvent.click(screen.getByTestId('assessment-save'));
      await waitFor(() => expect(screen.getAllByRole('alert')[0]).toHaveTextContent('level for indicator 3 must be 1 to 5'));
      expect(screen.getByRole('group', { name: /Indicator 3\. Manajemen Data/ })).toHaveAttribute('aria-invalid', 'true');
      // The choice stays, to correct or save again.
      expect(screen.getByTestId('assessment-save-unsaved')).toHaveTextContent('1 unsaved change');
    } finally {
      setLocale('id');
    }
  });

  it('refuses a year the API would not accept, without asking it', async () => {
    const { client, calls } = fakeClient({ Me: () => member('REGION_ADMIN') });
    open(client, '1850');
    expect(await screen.findByRole('alert')).toHaveTextContent('Tahun "1850" tidak valid: pilih tahun 2000 sampai 2100.');
    expect(calls.some((c) => c.name === 'AssessmentScreen')).toBe(false);
  });

  it('starts a year with no assessment yet for whoever may record', async () => {
    const { client } = fakeClient({ AssessmentScreen: () => ({ data: assessmentScreen([], true) }), Me: () => member('REGION_ADMIN') });
    open(client, '2026');
    expect(await screen.findByText(/Penilaian tahun 2026 belum dimulai/)).toBeInTheDocument();
    expect(screen.getByTestId('assessment-index')).toHaveTextContent('—');
    expect(screen.getAllByRole('radio')).toHaveLength(15);
  });
});
