import type { NavLink } from '../../feature';

/** Links a 360 px phone's bottom bar takes side by side with 44 px targets and readable labels. */
export const BAR_SLOTS = 5;

export const isManage = (item: NavLink) => item.group === 'manage';

/**
 * The phone's bottom bar and its "Lainnya" sheet: every link when they fit, otherwise the first
 * main sections in the bar (one slot left for the sheet's button) and all the rest in the sheet.
 * Driven by the features' links only, so a new feature's section lands in one or the other.
 */
export function splitForBar(items: readonly NavLink[], slots = BAR_SLOTS): { bar: NavLink[]; more: NavLink[] } {
  if (items.length <= slots) return { bar: [...items], more: [] };
  const bar = items.filter((item) => !isManage(item)).slice(0, slots - 1);
  return { bar, more: items.filter((item) => !bar.includes(item)) };
}

/** Whether `pathname` is the link's page or one below it (as the router's active links do). */
export const isCurrent = (item: NavLink, pathname: string) => pathname === item.href || pathname.startsWith(`${item.href}/`);
