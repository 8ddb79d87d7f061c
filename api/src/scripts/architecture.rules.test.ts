import { describe, expect, it } from 'vitest';
import { checkArchitecture, type SourceFile } from './architecture.rules.js';

const rules = (files: SourceFile[]) => checkArchitecture(files).map((v) => `${v.file} ${v.rule}`);

describe('the architecture check', () => {
  it('accepts the allowed shapes', () => {
    expect(
      rules([
        { path: 'api/src/modules/forum/forum.sql.ts', text: "import { sql } from '../../core/db/sql.js';\nexport const q = () => sql`select 1 from forum_thread`;" },
        { path: 'api/src/modules/forum/thread.resolver.ts', text: "import { userModule } from '../user/index.js';\nclass R { @Mutation(() => Boolean) go(@Ctx() ctx: Context) { return runCommand(ctx, goCommand, 1); } }" },
        { path: 'api/src/modules/user/index.ts', text: 'export const userModule = {};' },
        { path: 'web/src/lib/ui/Button.tsx', text: "import { x } from './x';" },
      ]),
    ).toEqual([]);
  });

  it('finds each kind of violation', () => {
    const found = rules([
      { path: 'api/src/core/hub.ts', text: "import { forumModule } from '../modules/forum/index.js';" },
      { path: 'api/src/modules/meeting/export.service.ts', text: "import { Thread } from '../forum/thread.entity.js';\nconst q = `select id from forum_thread where id = ${1}`;" },
      { path: 'api/src/modules/forum/thread.entity.ts', text: '' },
      { path: 'api/src/modules/forum/feed.service.ts', text: "const r = em.execute('select 1');\nconst k = em.getConnection().getKnex();\nawait em.transactional(async () => 1);\nctx.services.pubsub.publish('A', '1', {});" },
      { path: 'api/src/modules/forum/post.resolver.ts', text: 'class R { @Mutation(() => Post) createPost(@Ctx() ctx: Context) { return createPost(ctx); } }' },
      { path: 'web/src/lib/ui/Layout.tsx', text: "import { Bell } from '../../features/notifications/Bell';" },
      { path: 'api/src/modules/a/index.ts', text: "import { b } from '../b/index.js';" },
      { path: 'api/src/modules/b/index.ts', text: "import { a } from '../a/index.js';" },
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        'api/src/core/hub.ts core-imports-no-module',
        'api/src/modules/meeting/export.service.ts module-public-index',
        'api/src/modules/meeting/export.service.ts sql-in-statement-files',
        'api/src/modules/forum/feed.service.ts sql-in-statement-files',
        'api/src/modules/forum/feed.service.ts no-knex-internals',
        'api/src/modules/forum/feed.service.ts writes-through-the-runner',
        'api/src/modules/forum/post.resolver.ts writes-through-the-runner',
        'web/src/lib/ui/Layout.tsx web-lib-imports-no-feature',
        'api/src/modules/a/index.ts no-module-cycles',
      ]),
    );
    expect(found.filter((r) => r === 'api/src/modules/forum/feed.service.ts writes-through-the-runner')).toHaveLength(2);
  });
});
