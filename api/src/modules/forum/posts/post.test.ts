import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { CREATE_POST, newThread, reply } from '../../../../test/forum-helpers.js';
import { Post } from './post.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const POST = `query($id: ID!) { thread(id: $id) { replyCount posts(first: 100) { edges { node { id number body excerpt isDeleted isHidden hiddenReason replyTo { number excerpt } } } } } }`;
type PostNode = { id: string; number: number; body: string | null; excerpt: string | null; isDeleted: boolean; isHidden: boolean; hiddenReason: string | null; replyTo: { number: number; excerpt: string } | null };
async function posts(token: string, threadId: string) {
  const res = await app.gql<{ thread: { replyCount: number; posts: { edges: { node: PostNode }[] } } }>(POST, { id: threadId }, { token });
  return { replyCount: res.data!.thread.replyCount, posts: res.data!.thread.posts.edges.map((e) => e.node) };
}

describe('createPost', () => {
  it('numbers replies in order, renders markdown, and keeps quoted context', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const b = await app.user(Role.MEMBER, '14.08');
    const t = await newThread(app, a.token);
    const r1 = await reply(app, b.token, t.id, 'Kami pakai **templat** Sumedang:\n\n- satu\n- dua');
    const r2 = await reply(app, a.token, t.id, 'Terima kasih!', r1.id);
    expect([r1.number, r2.number]).toEqual([2, 3]);
    expect(r1.body).toBe('<p>Kami pakai <strong>templat</strong> Sumedang:</p>\n<ul>\n<li>satu</li>\n<li>dua</li>\n</ul>\n');
    const { posts: list, replyCount } = await posts(a.token, t.id);
    expect(replyCount).toBe(2);
    expect(list[2].replyTo).toEqual({ number: 2, excerpt: 'Kami pakai templat Sumedang: satu dua' });
  });

  it('numbers concurrent replies without gaps or duplicates', async () => {
    const users = await Promise.all(Array.from({ length: 5 }, () => app.user(Role.MEMBER, '32.11')));
    const t = await newThread(app, users[0].token);
    await Promise.all(users.flatMap((u) => [1, 2, 3].map((k) => reply(app, u.token, t.id, `balasan ${k}`))));
    const { posts: list, replyCount } = await posts(users[0].token, t.id);
    expect(replyCount).toBe(15);
    expect(list.map((p) => p.number)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
  });

  it('rejects a reply to a post of another thread and empty bodies, changing nothing', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const t1 = await newThread(app, a.token);
    const t2 = await newThread(app, a.token);
    const p2 = await reply(app, a.token, t2.id, 'di topik lain');
    const before = await app.orm.em.fork().count(Post);
    const wrong = await app.gql(CREATE_POST, { i: { threadId: t1.id, body: 'x', replyToPostId: p2.id } }, { token: a.token });
    expect(wrong.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const empty = await app.gql(CREATE_POST, { i: { threadId: t1.id, body: '' } }, { token: a.token });
    expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await app.gql(CREATE_POST, { i: { threadId: '999999', body: 'x' } }, { token: a.token });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await app.orm.em.fork().count(Post)).toBe(before);
  });
});

describe('updatePost and deletePost', () => {
  const UPDATE = `mutation($i: UpdatePostInput!) { updatePost(input: $i) { body editedAt revisionCount } }`;
  const DELETE = `mutation($id: ID!) { deletePost(postId: $id) { isDeleted body } }`;

  it('lets the author and facilitators edit, not other members', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const b = await app.user(Role.MEMBER, '14.08');
    const f = await app.user(Role.FACILITATOR);
    const t = await newThread(app, a.token);
    const p = await reply(app, a.token, t.id, 'versi 1');
    expect((await app.gql(UPDATE, { i: { postId: p.id, body: 'dibajak' } }, { token: b.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(UPDATE, { i: { postId: p.id, body: 'versi 2' } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const mine = await app.gql<{ updatePost: { body: string; editedAt: string; revisionCount: number } }>(UPDATE, { i: { postId: p.id, body: 'versi 2' } }, { token: a.token });
    expect(mine.data?.updatePost).toMatchObject({ body: '<p>versi 2</p>\n', revisionCount: 1 });
    expect(mine.data?.updatePost.editedAt).toBeTruthy();
    const byF = await app.gql(UPDATE, { i: { postId: p.id, body: 'versi 3 (dirapikan fasilitator)' } }, { token: f.token });
    expect(byF.data?.updatePost).toMatchObject({ revisionCount: 2 });
  });

  it('soft-deletes a reply: replies to it stay readable, the count drops', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const b = await app.user(Role.MEMBER, '14.08');
    const t = await newThread(app, a.token);
    const p = await reply(app, a.token, t.id, 'akan dihapus');
    await reply(app, b.token, t.id, 'menanggapi', p.id);
    expect((await app.gql(DELETE, { id: p.id }, { token: b.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(DELETE, { id: p.id }, { token: a.token })).data).toEqual({ deletePost: { isDeleted: true, body: null } });
    const { posts: list, replyCount } = await posts(b.token, t.id);
    expect(replyCount).toBe(1);
    expect(list[1]).toMatchObject({ isDeleted: true, body: null, excerpt: null });
    expect(list[2]).toMatchObject({ body: '<p>menanggapi</p>\n', replyTo: { number: 2, excerpt: null } });
  });

  it('refuses to delete the opening post (delete the thread instead)', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const t = await newThread(app, a.token);
    const { posts: list } = await posts(a.token, t.id);
    expect((await app.gql(DELETE, { id: list[0].id }, { token: a.token })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('moderation', () => {
  it('flags go to a queue; hiding needs a reason and hides the text from other members', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const b = await app.user(Role.MEMBER, '14.08');
    const f = await app.user(Role.FACILITATOR);
    const t = await newThread(app, a.token);
    const p = await reply(app, a.token, t.id, 'iklan obat kuat');
    const FLAG = `mutation($p: ID!, $r: String!) { flagPost(postId: $p, reason: $r) { id reason } }`;
    expect((await app.gql(FLAG, { p: p.id, r: 'spam' }, { token: a.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(FLAG, { p: p.id, r: 'spam' }, { token: b.token })).data?.flagPost).toMatchObject({ reason: 'spam' });
    expect((await app.gql(FLAG, { p: p.id, r: 'spam lagi' }, { token: b.token })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await app.gql(`{ flags { id } }`, {}, { token: b.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const queue = await app.gql<{ flags: { reason: string; post: { id: string }; user: { id: string } }[] }>(`{ flags { reason post { id } user { id } } }`, {}, { token: f.token });
    expect(queue.data?.flags).toContainEqual({ reason: 'spam', post: { id: p.id }, user: { id: String(b.user.id) } });

    const MOD = `mutation($i: ModeratePostInput!) { moderatePost(input: $i) { isHidden } }`;
    expect((await app.gql(MOD, { i: { postId: p.id, action: 'HIDE' } }, { token: f.token })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await app.gql(MOD, { i: { postId: p.id, action: 'HIDE', reason: 'Spam' } }, { token: b.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(MOD, { i: { postId: p.id, action: 'HIDE', reason: 'Spam' } }, { token: f.token })).data).toEqual({ moderatePost: { isHidden: true } });
    expect((await posts(b.token, t.id)).posts[1]).toMatchObject({ isHidden: true, body: null, hiddenReason: null });
    expect((await posts(a.token, t.id)).posts[1]).toMatchObject({ isHidden: true, body: '<p>iklan obat kuat</p>\n', hiddenReason: 'Spam' });
    const after = await app.gql<{ flags: { post: { id: string } }[] }>(`{ flags { post { id } } }`, {}, { token: f.token });
    expect(after.data?.flags.map((x) => x.post.id)).not.toContain(p.id);
  });
});

describe('markdown safety', () => {
  // A selection of the OWASP XSS filter evasion cheat sheet.
  const payloads = [
    `<script>alert('XSS')</script>`,
    `<IMG SRC="javascript:alert('XSS');">`,
    `<IMG SRC=javascript:alert('XSS')>`,
    `<IMG SRC=JaVaScRiPt:alert('XSS')>`,
    '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>',
    `<a onmouseover="alert(document.cookie)">xxs link</a>`,
    `<IMG """><SCRIPT>alert("XSS")</SCRIPT>">`,
    `<IMG SRC=# onmouseover="alert('xxs')">`,
    `<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>`,
    `<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">`,
    `<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>`,
    `<IMG SRC="jav	ascript:alert('XSS');">`,
    `<IMG SRC="jav&#x0A;ascript:alert('XSS');">`,
    `<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>`,
    `<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^\`=alert("XSS")>`,
    `<<SCRIPT>alert("XSS");//\\<</SCRIPT>`,
    `<iframe src=http://xss.rocks/scriptlet.html <`,
    `<svg/onload=alert('XSS')>`,
    `<BODY BACKGROUND="javascript:alert('XSS')">`,
    `<STYLE>@import'http://xss.rocks/xss.css';</STYLE>`,
    `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">`,
    `<TABLE BACKGROUND="javascript:alert('XSS')">`,
    `<DIV STYLE="background-image: url(javascript:alert('XSS'))">`,
    `<a href="javascript:alert(1)">click</a>`,
    `[click](javascript:alert(1))`,
    `[click](JAVASCRIPT:alert(1))`,
    `[click](  javascript:alert(1))`,
    `![x](javascript:alert(1))`,
    `[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
    `<object data="javascript:alert(1)"></object>`,
    `<embed src="javascript:alert(1)">`,
    `<form action="javascript:alert(1)"><input type=submit></form>`,
    `<details open ontoggle=alert(1)>`,
    `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
    `<a href="&#x6A;avascript:alert(1)">x</a>`,
  ];

  it('stores and serves no script, event handler or javascript: URL for any OWASP payload', async () => {
    let a = await app.user(Role.MEMBER, '32.11');
    const t = await newThread(app, a.token);
    for (const [i, payload] of payloads.entries()) {
      // A fresh author every 20 posts keeps under the per-person write limit.
      if (i % 20 === 19) a = await app.user(Role.MEMBER, '32.11');
      const p = await reply(app, a.token, t.id, payload);
      const stored = await app.orm.em.fork().findOneOrFail(Post, Number(p.id));
      for (const html of [p.body, stored.bodyHtml]) {
        // Only real tags matter: escaped text such as &lt;script&gt; is shown, never run.
        const tags = html.match(/<[^>]*>/g) ?? [];
        for (const tag of tags) {
          expect(tag, payload).not.toMatch(/^<\/?(script|iframe|object|embed|style|meta|svg|math|form|body|details|table background|div)\b/i);
          expect(tag, payload).not.toMatch(/\son\w+\s*=/i);
          expect(tag, payload).not.toMatch(/(javascript|data|vbscript)\s*:/i);
          expect(tag, payload).not.toMatch(/\sstyle\s*=/i);
        }
        expect(html, payload).not.toMatch(/<script/i);
      }
    }
  });

  it('refuses NUL characters (as in java\\0script:) before anything is stored', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const t = await newThread(app, a.token);
    const res = await app.gql(CREATE_POST, { i: { threadId: t.id, body: '<a href="java\u0000script:alert(1)">x</a>' } }, { token: a.token });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('marks links nofollow ugc noopener and keeps images served here', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const t = await newThread(app, a.token);
    const p = await reply(app, a.token, t.id, 'Lihat [panduan](https://spbe.go.id/panduan) dan ![bagan](/uploads/bagan.png) ![titik](data:image/png;base64,iVBORw0KGgo=)');
    expect(p.body).toContain('<a href="https://spbe.go.id/panduan" rel="nofollow ugc noopener">panduan</a>');
    expect(p.body).toContain('<img src="/uploads/bagan.png" alt="bagan"');
    expect(p.body).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" alt="titik"');
  });

  it('turns off-site images into links, so reading a post calls no third party', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const t = await newThread(app, a.token);
    const p = await reply(app, a.token, t.id, '![x](https://evil.example/p.png) ![](http://evil.example/q.png) <img src="https://evil.example/r.png" alt="r"> ![y](//evil.example/s.png)');
    expect(p.body).not.toMatch(/<img/i);
    expect(p.body).toContain('<a href="https://evil.example/p.png" rel="nofollow ugc noopener">x</a>');
    expect(p.body).toContain('<a href="http://evil.example/q.png" rel="nofollow ugc noopener">http://evil.example/q.png</a>');
    expect(p.body).toContain('<a href="https://evil.example/r.png" rel="nofollow ugc noopener">r</a>');
    expect(p.body).not.toContain('//evil.example/s.png');
  });
});
