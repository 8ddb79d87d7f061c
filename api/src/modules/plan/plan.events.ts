import type { PlanItemField } from './items/item.entity.js';

/** What changed in a plan; subscribers load what they may see by id. */
export type PlanEventKind = 'CREATED' | 'UPDATED' | 'ITEM_CHANGED' | 'ITEM_DELETED' | 'MEMBER_CHANGED' | 'MEMBER_REMOVED';

export interface PlanEventMessage {
  kind: PlanEventKind;
  planId: number;
  /** Who made the change. */
  byUserId: number;
  /** ITEM_*: the indicator of the item (an item is one per indicator and plan). */
  indicatorId?: number;
  /** ITEM_CHANGED: the fields this change set, each now stamped with byUserId. */
  fields?: PlanItemField[];
  /** MEMBER_*: whose membership changed. */
  userId?: number;
}

declare module '../../core/events/bus.js' {
  interface Events {
    PLAN_EVENT: [planId: string, payload: PlanEventMessage];
  }
}
