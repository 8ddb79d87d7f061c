import { describe, expect, it } from 'vitest';
import type { NavLink } from '../../feature';
import { splitForBar } from './navGroups';

const link = (href: string, group?: NavLink['group']): NavLink => ({ href, label: () => href, group });
const hrefs = (items: NavLink[]) => items.map((i) => i.href);

describe('splitForBar', () => {
  it('puts every link in the bar when they fit', () => {
    const { bar, more } = splitForBar([link('/a'), link('/b'), link('/c'), link('/d'), link('/e')]);
    expect(hrefs(bar)).toEqual(['/a', '/b', '/c', '/d', '/e']);
    expect(more).toEqual([]);
  });

  it('keeps the first main sections in the bar and everything else, manage pages too, in the sheet', () => {
    const items = [link('/a'), link('/b'), link('/m1', 'manage'), link('/c'), link('/d'), link('/e'), link('/m2', 'manage')];
    const { bar, more } = splitForBar(items);
    expect(hrefs(bar)).toEqual(['/a', '/b', '/c', '/d']);
    expect(hrefs(more)).toEqual(['/m1', '/e', '/m2']);
  });
});
