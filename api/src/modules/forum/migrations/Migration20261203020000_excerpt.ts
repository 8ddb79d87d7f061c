import { Migration } from '@mikro-orm/migrations';
import { excerpt } from '../posts/markdown.js';

const BATCH = 500;

/**
 * Each post stores its plain-text excerpt, cooked at write time like its HTML (reads did marked +
 * sanitize-html on every quoted post of every page). Existing rows are filled here with the very
 * function writes use, in batches, so an old post quotes exactly as a new one would: an SQL
 * approximation from body_html (strip tags, decode a few entities) would differ on entities,
 * whitespace and off-site images, and a fill on start would leave reads facing nulls meanwhile.
 */
export class Migration20261203020000_excerpt extends Migration {
  override async up(): Promise<void> {
    await this.execute(`alter table "forum_post" add column "excerpt" text null;`);
    let after = 0;
    for (;;) {
      const rows = (await this.execute(`select "id", "body_markdown" from "forum_post" where "id" > ? order by "id" limit ${BATCH};`, [after])) as { id: number; body_markdown: string }[];
      if (!rows.length) break;
      await this.execute(
        // One JSON parameter: the query builder would spread an array parameter into a list.
        `update "forum_post" p set "excerpt" = v.e from json_to_recordset(?::json) as v(id int, e text) where p."id" = v.id;`,
        [JSON.stringify(rows.map((r) => ({ id: r.id, e: excerpt(r.body_markdown) })))],
      );
      after = rows.at(-1)!.id;
    }
    await this.execute(`alter table "forum_post" alter column "excerpt" set not null;`);
  }
}
