import { defineCommand } from '../../../core/commands/command.js';
import { conflict, notFound } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { Category } from './category.entity.js';
import { Thread } from '../threads/thread.entity.js';
import { canManageCategories } from '../forum.policy.js';
import { forumMessages as m } from '../forum.messages.js';
import { WRITE_LIMITS } from '../forum.limits.js';
import type { CategoryInput } from '../forum.types.js';

/** Creates a category, or updates the one with this slug (admins). */
export const saveCategoryCommand = defineCommand({
  name: 'forum.saveCategory',
  actor: 'user',
  limits: () => [{ rule: WRITE_LIMITS.category }],
  policy: canManageCategories,
  async change({ em }, _loaded, input: CategoryInput) {
    const category = (await em.findOne(Category, { slug: input.slug })) ?? em.create(Category, { slug: input.slug, name: input.name });
    category.name = input.name.trim();
    if (input.description !== undefined) category.description = input.description?.trim() || null;
    if (input.position !== undefined && input.position !== null) category.position = input.position;
    if (input.color) category.color = input.color;
    return category;
  },
});

/** Deletes an empty category (admins). */
export const deleteCategoryCommand = defineCommand({
  name: 'forum.deleteCategory',
  actor: 'user',
  validate: (id: string) => parseId(id, 'id'),
  limits: () => [{ rule: WRITE_LIMITS.category }],
  gate: canManageCategories,
  async load({ em }, id) {
    const category = await em.findOne(Category, id);
    if (!category) throw notFound(m.categoryNotFound);
    return category;
  },
  policy: canManageCategories,
  async change({ em }, category) {
    // Deleted threads count too: they still belong to the category (moderators can move them).
    if (await em.count(Thread, { category })) throw conflict(m.categoryNotEmpty);
    em.remove(category);
    return true;
  },
  constraints: { forum_thread_category_id_foreign: () => conflict(m.categoryNotEmpty) },
});
