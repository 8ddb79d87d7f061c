import { readView } from '../../core/db/read-view.js';
import { Category } from './category.entity.js';

/** A category as one JSON object (`c` is forum_category), joined onto thread rows. */
export const CATEGORY_JSON = `json_build_object('id', c.id, 'slug', c.slug, 'name', c.name, 'description', c.description, 'position', c.position,
  'spbe_domain_number', c.spbe_domain_number, 'color', c.color, 'created_at', c.created_at)`;

export interface CategoryRow {
  id: number;
  slug: string;
  name: string;
  description: string | null;
  position: number;
  spbe_domain_number: number | null;
  color: string;
  created_at: string | Date;
}

const categoryView = readView(Category, ['id', 'slug', 'name', 'description', 'position', 'spbeDomainNumber', 'color', 'createdAt']);

/** A read-only Category from a row (see read-view.ts). */
export function categoryFromRow(r: CategoryRow): Category {
  return categoryView({
    id: r.id,
    slug: r.slug,
    name: r.name,
    description: r.description,
    position: r.position,
    spbeDomainNumber: r.spbe_domain_number,
    color: r.color,
    createdAt: new Date(r.created_at),
  });
}
