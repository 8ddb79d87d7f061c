/**
 * A small, safe preview of markdown while writing: everything is escaped first, then only
 * paragraphs, line breaks, headings, lists, quotes, code, bold, italics, links and @mentions
 * are drawn. The server renders the real post (GFM, sanitized); this is only a guide.
 */
const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function inline(text: string): string {
  const codes: string[] = [];
  let s = text.replace(/`([^`\n]+)`/g, (_m, code: string) => `\uE000${codes.push(code) - 1}\uE000`);
  s = escapeHtml(s)
    .replace(/\*\*([^*\n]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*\n]+)\*/g, '$1<em>$2</em>')
    .replace(/(^|[^\w])_([^_\n]+)_(?=$|[^\w])/g, '$1<em>$2</em>')
    .replace(/~~([^~\n]+)~~/g, '<del>$1</del>')
    .replace(/\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g, '<a href="$2" rel="nofollow ugc noopener" target="_blank">$1</a>')
    .replace(/(^|[^\w@])@([a-z0-9_]{2,30})\b/gi, '$1<span class="mention">@$2</span>');
  return s.replace(/\uE000(\d+)\uE000/g, (_m, i: string) => `<code>${escapeHtml(codes[Number(i)] ?? '')}</code>`);
}

export function previewMarkdown(markdown: string): string {
  const blocks = markdown.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  return blocks
    .map((block) => {
      const trimmed = block.trim();
      if (!trimmed) return '';
      if (/^```/.test(trimmed)) return `<pre><code>${escapeHtml(trimmed.replace(/^```[^\n]*\n?/, '').replace(/\n?```$/, ''))}</code></pre>`;
      const heading = /^(#{1,6})\s+(.*)$/.exec(trimmed);
      if (heading && !trimmed.includes('\n')) {
        const level = Math.min(6, Math.max(2, (heading[1] ?? '#').length + 1));
        return `<h${level}>${inline(heading[2] ?? '')}</h${level}>`;
      }
      const lines = trimmed.split('\n');
      if (lines.every((l) => /^\s*[-*+]\s+/.test(l))) return `<ul>${lines.map((l) => `<li>${inline(l.replace(/^\s*[-*+]\s+/, ''))}</li>`).join('')}</ul>`;
      if (lines.every((l) => /^\s*\d+[.)]\s+/.test(l))) return `<ol>${lines.map((l) => `<li>${inline(l.replace(/^\s*\d+[.)]\s+/, ''))}</li>`).join('')}</ol>`;
      if (lines.every((l) => /^>\s?/.test(l))) return `<blockquote><p>${lines.map((l) => inline(l.replace(/^>\s?/, ''))).join('<br>')}</p></blockquote>`;
      return `<p>${lines.map(inline).join('<br>')}</p>`;
    })
    .join('');
}
