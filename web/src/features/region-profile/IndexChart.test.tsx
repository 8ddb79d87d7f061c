import { describe, expect, it } from 'vitest';
import { render, screen } from '@solidjs/testing-library';
import { IndexChart } from './IndexChart';
import { DomainBars } from './DomainBars';

describe('IndexChart', () => {
  it('draws one point per year, higher index higher up, in year order', () => {
    render(() => (
      <IndexChart
        points={[
          { year: 2022, index: 3.84 },
          { year: 2020, index: 3.81 },
          { year: 2021, index: 2.5 },
        ]}
      />
    ));
    const points = screen.getAllByTestId('chart-point');
    expect(points.map((p) => p.getAttribute('data-year'))).toEqual(['2020', '2021', '2022']);
    const cy = points.map((p) => Number(p.getAttribute('cy')));
    expect(cy[1]).toBeGreaterThan(cy[0]);
    expect(cy[2]).toBeLessThan(cy[1]);
    const cx = points.map((p) => Number(p.getAttribute('cx')));
    expect(cx[0]).toBeLessThan(cx[1]);
    expect(cx[1]).toBeLessThan(cx[2]);
    expect(screen.getByRole('img')).toHaveAccessibleName(/2021: 2,50/);
  });

  it('keeps values on the 1 to 5 scale: 5 at the top, 1 at the bottom', () => {
    render(() => (
      <IndexChart
        points={[
          { year: 2020, index: 1 },
          { year: 2021, index: 5 },
        ]}
      />
    ));
    const [low, high] = screen.getAllByTestId('chart-point').map((p) => Number(p.getAttribute('cy')));
    expect(low).toBeGreaterThan(high);
  });

  it('says so when there is nothing to draw', () => {
    render(() => <IndexChart points={[]} />);
    expect(screen.queryByTestId('chart-point')).toBeNull();
    expect(screen.getByText('Belum ada indeks untuk digambar.')).toBeInTheDocument();
  });
});

describe('DomainBars', () => {
  it('draws a bar as wide as the score on the level scale', () => {
    render(() => (
      <DomainBars
        domains={[
          { number: 2, name: 'Tata Kelola SPBE', score: 2.5, weightPercent: 25, completeness: 1 },
          { number: 1, name: 'Kebijakan Internal SPBE', score: null, weightPercent: 13, completeness: 0.5 },
        ]}
      />
    ));
    const bars = screen.getAllByTestId('domain-bar');
    expect(bars.map((b) => b.getAttribute('width'))).toEqual(['0', '50']);
    expect(screen.getByText('belum lengkap (50%)')).toBeInTheDocument();
  });
});
