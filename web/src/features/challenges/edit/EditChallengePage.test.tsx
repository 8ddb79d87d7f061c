import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import EditChallengePage from './EditChallengePage';
import { fakeClient } from '../../../test/fakeClient';
import { renderPage } from '../../../test/render';
import { meAs, sumedangUser } from '../../../test/forumFixtures';
import { challengeChoices, challengeFull } from '../../../test/challengeFixtures';

const PROBLEM = 'Warga menunggu berjam-jam untuk layanan KTP dan KK.';

function setup(extra: Parameters<typeof challengeFull>[0] = {}) {
  const fake = fakeClient({
    Me: () => meAs(sumedangUser, 'REGION_ADMIN'),
    Challenge: () => ({ data: challengeFull({ tags: ['adminduk', 'antrean'], problemMarkdown: PROBLEM, ...extra }) }),
    ChallengeChoices: () => ({ data: challengeChoices }),
    UpdateChallenge: () => ({ data: { updateChallenge: { ...challengeFull().challenge!, title: 'Antrean adminduk di kecamatan' } } }),
  });
  renderPage(() => <EditChallengePage />, { client: fake.client, path: '/tantangan/:id/ubah', location: '/tantangan/9/ubah' });
  return fake;
}

describe('EditChallengePage', () => {
  it('starts from the challenge as it is and sends the edited fields with its id', async () => {
    const { calls } = setup();
    const title = await screen.findByLabelText('Judul tantangan');
    expect(title).toHaveValue('Antrean layanan adminduk');
    expect(screen.getByTestId('challenge-own-region')).toHaveTextContent('Kabupaten Sumedang');
    fireEvent.input(title, { target: { value: 'Antrean adminduk di kecamatan' } });
    fireEvent.click(screen.getByTestId('challenge-edit-submit'));
    await waitFor(() => expect(calls.some((c) => c.name === 'UpdateChallenge')).toBe(true));
    expect(calls.find((c) => c.name === 'UpdateChallenge')?.variables).toMatchObject({
      input: { challengeId: '9', title: 'Antrean adminduk di kecamatan', problemMarkdown: PROBLEM, tags: ['adminduk', 'antrean'], indicators: [{ framework: 'SPBE-2020', number: 20 }], cohort: null, deadlines: [] },
    });
  });

  it('refuses a title that is too short before asking the server', async () => {
    const { calls } = setup();
    const title = await screen.findByLabelText('Judul tantangan');
    fireEvent.input(title, { target: { value: 'Ab' } });
    fireEvent.click(screen.getByTestId('challenge-edit-submit'));
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect(calls.some((c) => c.name === 'UpdateChallenge')).toBe(false);
  });

  it('tells someone outside the lead who may edit, and shows no form', async () => {
    setup({ myMembership: null });
    expect(await screen.findByRole('alert')).toHaveTextContent('Hanya pemimpin tantangan dan fasilitator yang dapat mengubahnya.');
    expect(screen.queryByTestId('challenge-edit-form')).toBeNull();
  });
});
