/** The forum module's public surface: what other modules may use (architecture rule). */
export { forumModule } from './forum.module.js';
export { Category } from './category.entity.js';
export { Post } from './post.entity.js';
export { Thread, ThreadType } from './thread.entity.js';
export { NotificationLevel, ThreadUser } from './thread-user.entity.js';
export { findCategory, openQuestionThreads } from './thread.commands.js';
