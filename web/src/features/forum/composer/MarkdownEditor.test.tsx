import { describe, expect, it } from 'vitest';
import { createSignal } from 'solid-js';
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import { MarkdownEditor } from './MarkdownEditor';
import { insertMention, mentionAt } from './mentions';
import { previewMarkdown } from '../../../lib/markdownPreview';
import { fakeClient } from '../../../test/fakeClient';
import { renderPage } from '../../../test/render';
import { belitungUser, person } from '../../../test/forumFixtures';

const users = [belitungUser, person('8', 'Anggota Sumedang', 'anggota_sumedang', { code: '32.11', name: 'Kabupaten Sumedang' })];

function renderEditor() {
  const { client, calls } = fakeClient({ MentionableUsers: () => ({ data: { mentionableUsers: users } }) });
  const [value, setValue] = createSignal('');
  renderPage(() => <MarkdownEditor label="Balasan" testid="reply-input" value={value()} onInput={setValue} />, { client });
  return { calls, value, input: screen.getByTestId('reply-input') as HTMLTextAreaElement };
}

async function type(input: HTMLTextAreaElement, text: string) {
  input.value = text;
  input.setSelectionRange(text.length, text.length);
  await fireEvent.input(input);
}

describe('mention autocomplete', () => {
  it('queries mentionableUsers for the @word and inserts the chosen username with the keyboard', async () => {
    const { calls, value, input } = renderEditor();
    await type(input, 'Halo @ang');
    const options = await screen.findAllByTestId('mention-option');
    expect(options.map((o) => o.textContent)).toEqual([expect.stringContaining('@anggota_belitung'), expect.stringContaining('@anggota_sumedang')]);
    expect(calls.find((c) => c.name === 'MentionableUsers')?.variables).toEqual({ search: 'ang' });
    // A textarea is a textbox: no aria-expanded (not allowed on it), the list tied by aria-controls.
    expect(input).not.toHaveAttribute('aria-expanded');
    expect(input).toHaveAttribute('aria-controls', screen.getByTestId('mention-menu').id);
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', options[1]!.id);
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(value()).toBe('Halo @anggota_sumedang ');
    expect(input.selectionStart).toBe('Halo @anggota_sumedang '.length);
    await waitFor(() => expect(screen.queryByTestId('mention-menu')).toBeNull());
  });

  it('inserts on click and closes with Escape', async () => {
    const { value, input } = renderEditor();
    await type(input, '@ang');
    const [first] = await screen.findAllByTestId('mention-option');
    await fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByTestId('mention-menu')).toBeNull();
    await type(input, '@an');
    await screen.findAllByTestId('mention-option');
    await fireEvent.mouseDown(screen.getAllByTestId('mention-option')[0]!);
    expect(first).toBeDefined();
    expect(value()).toBe('@anggota_belitung ');
  });

  it('finds the @word before the caret only after a space or at the start', () => {
    expect(mentionAt('Halo @ab', 8)).toEqual({ start: 5, query: 'ab' });
    expect(mentionAt('email@ab', 8)).toBeNull();
    expect(mentionAt('Halo @ab cd', 11)).toBeNull();
    expect(insertMention('Halo @abc lagi', 7, 5, 'abdul')).toEqual({ text: 'Halo @abdul lagi', caret: 12 });
  });

  it('previews markdown without letting HTML through', () => {
    const html = previewMarkdown('**tebal** <script>alert(1)</script>\n\n- satu\n- dua\n\n[tautan](javascript:alert(1)) [ok](https://rembuk.id)');
    expect(html).toContain('<strong>tebal</strong> &lt;script&gt;');
    expect(html).toContain('<ul><li>satu</li><li>dua</li></ul>');
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('<a href="https://rembuk.id"');
  });
});
