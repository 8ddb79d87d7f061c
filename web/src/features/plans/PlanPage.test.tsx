import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@solidjs/testing-library';
import PlanPage from './PlanPage';
import { fakeClient } from '../../test/fakeClient';
import { renderPage } from '../../test/render';
import { meAs, sumedangUser } from '../../test/forumFixtures';
import { planFull } from '../../test/planFixtures';

function setup() {
  let index = 2.14;
  const fake = fakeClient({
    Me: () => meAs(sumedangUser, 'REGION_ADMIN'),
    Plan: () => {
      const data = planFull();
      data.plan!.projection.index = index;
      return { data };
    },
  });
  renderPage(() => <PlanPage />, { client: fake.client, path: '/rencana/:id', location: '/rencana/5' });
  return { ...fake, raise: () => (index = 2.3) };
}

describe('PlanPage', () => {
  it('shows the items with who changed them, the projected index and the priorities', async () => {
    setup();
    expect(await screen.findByText('Rencana Aksi SPBE Sumedang 2027')).toBeInTheDocument();
    expect(screen.getByTestId('plan-state')).toHaveTextContent('Draf');
    expect(screen.getAllByTestId('plan-item')).toHaveLength(1);
    expect(screen.getByTestId('plan-item-changed')).toHaveTextContent('Terakhir diubah oleh Siti');
    expect(screen.getByTestId('plan-current-index')).toHaveTextContent('2,10');
    expect(screen.getByTestId('plan-projected-index')).toHaveTextContent('2,14');
    expect(screen.getByTestId('plan-priorities')).toHaveTextContent('Kebijakan Internal Arsitektur SPBE');
  });

  it('reads the plan again on a live event and says who changed it', async () => {
    const { emit, subscribed, raise } = setup();
    await screen.findByTestId('plan-projected-index');
    await waitFor(() => expect(subscribed('PlanEvents')).toBe(1));
    raise();
    emit('PlanEvents', { planEvents: { __typename: 'PlanEvent', kind: 'ITEM_CHANGED', planId: '5', by: { __typename: 'User', id: '7', name: 'Budi' }, fields: ['TARGET_LEVEL'] } });
    await waitFor(() => expect(screen.getByTestId('plan-projected-index')).toHaveTextContent('2,30'));
    expect(screen.getByTestId('plan-live-region')).toHaveTextContent('Rencana diperbarui oleh Budi');
  });
});
