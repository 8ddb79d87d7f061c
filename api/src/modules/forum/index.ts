/** The forum module's public surface: what other modules may use (architecture rule). */
export { forumModule } from './forum.module.js';
export { Category } from './categories/category.entity.js';
export { Post } from './posts/post.entity.js';
export { Thread, ThreadType } from './threads/thread.entity.js';
export { NotificationLevel, ThreadUser } from './threads/thread-user.entity.js';
export { findCategory, openLinkedThread, openQuestionThreads } from './threads/thread.commands.js';
export { visibleThread } from './threads/thread.events.js';
export { renderMarkdown } from './posts/markdown.js';
export { writeSeedThread, type SeedThread } from './threads/thread.seed.js';
