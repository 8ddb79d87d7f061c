import { Marked, type TokenizerAndRendererExtension } from 'marked';
import sanitizeHtml from 'sanitize-html';

const MENTION = /^@([a-z0-9_]{2,30})\b/i;

const mentionExtension: TokenizerAndRendererExtension = {
  name: 'mention',
  level: 'inline',
  start(src: string) {
    const i = src.search(/(^|[^\w@])@[a-z0-9_]{2,30}/i);
    return i < 0 ? undefined : src[i] === '@' ? i : i + 1;
  },
  tokenizer(src: string) {
    const m = MENTION.exec(src);
    return m ? { type: 'mention', raw: m[0], username: m[1].toLowerCase() } : undefined;
  },
  renderer(token) {
    const username = String(token.username);
    return `<a class="mention" href="/u/${username}">@${username}</a>`;
  },
};

// A private instance: global marked options would leak into any other user of the library.
const marked = new Marked({ gfm: true, breaks: true, async: false });
marked.use({ extensions: [mentionExtension] });

/**
 * Images that may load as images: a path on this site, or inline raster data. An absolute URL
 * counts as off-site even when it names this site: the renderer does not know the public origin.
 */
const servedHere = (src: string) => /^\/(?![/\\])/.test(src) || /^data:image\/(png|jpeg|gif|webp);/i.test(src);

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'strong', 'em', 'del', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li',
    'a', 'img', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'class'],
    img: ['src', 'alt', 'title'],
    code: ['class'],
    th: ['align'],
    td: ['align'],
    ol: ['start'],
    input: ['type', 'checked', 'disabled'],
  },
  allowedClasses: { a: ['mention'], code: [/^language-[\w-]+$/] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['data'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    // Headings in posts start at h2: h1 belongs to the page.
    h1: 'h2',
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'nofollow ugc noopener' } }),
    img: (tagName, attribs): sanitizeHtml.Tag => {
      const src = attribs.src ?? '';
      if (servedHere(src)) return { tagName, attribs: { ...attribs, loading: 'lazy', referrerpolicy: 'no-referrer' } };
      // An off-site image would make every reader's browser call a third party that can log them: a link asks first.
      if (/^https?:\/\//i.test(src)) return { tagName: 'a', attribs: { href: src, rel: 'nofollow ugc noopener' }, text: attribs.alt?.trim() || src };
      return { tagName: 'a', attribs: {} }; // no usable address: dropped by exclusiveFilter
    },
    input: (tagName, attribs) => (attribs.type === 'checkbox' ? { tagName, attribs: { type: 'checkbox', disabled: '', ...(attribs.checked !== undefined ? { checked: '' } : {}) } } : { tagName: 'span', attribs: {} }),
  },
  exclusiveFilter: (frame) => frame.tag === 'a' && !frame.attribs.href,
};
SANITIZE.allowedAttributes = { ...SANITIZE.allowedAttributes, a: ['href', 'title', 'class', 'rel'], img: ['src', 'alt', 'title', 'loading', 'referrerpolicy'] };

/** Markdown as written by the author to HTML that is safe to insert into the page. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown) as string;
  return sanitizeHtml(html, SANITIZE);
}

/** Usernames mentioned outside code, lower-cased and unique, in order of appearance. */
export function mentionedUsernames(markdown: string): string[] {
  const names: string[] = [];
  marked.walkTokens(marked.lexer(markdown), (token) => {
    if (token.type === 'mention') names.push(String((token as { username?: string }).username));
  });
  return [...new Set(names)];
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** HTML entities back to characters, in one pass (so `&amp;lt;` stays `&lt;`). */
export const decodeEntities = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[e.toLowerCase()] ?? whole;
  });

/** Plain text for notifications and quotes: markdown stripped to its words. */
export function excerpt(markdown: string, max = 160): string {
  const text = decodeEntities(sanitizeHtml(marked.parse(markdown) as string, { allowedTags: [], allowedAttributes: {} }))
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
