import { date, rowShape, type RowOf } from '../../../core/db/row-shape.js';
import { Category } from './category.entity.js';

/** A category as plain SQL reads it (alias `c`); joined onto thread rows as one JSON object. */
export const CATEGORY_ROW = rowShape(Category, 'c', {
  id: 'id',
  slug: 'slug',
  name: 'name',
  description: 'description',
  position: 'position',
  spbe_domain_number: 'spbeDomainNumber',
  color: 'color',
  created_at: date('createdAt'),
});

export type CategoryRow = RowOf<typeof CATEGORY_ROW>;
export const CATEGORY_JSON = CATEGORY_ROW.json;
export const categoryFromRow = (r: CategoryRow) => CATEGORY_ROW.view(r);
