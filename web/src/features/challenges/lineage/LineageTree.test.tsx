import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@solidjs/testing-library';
import { MemoryRouter, Route } from '@solidjs/router';
import { LineageTree } from './LineageTree';
import { buildLineage, lineageText, type LineageNode } from './tree';

const node = (id: string, parentId: string | null, depth: number, regionName: string, status: string | null = 'DONE'): LineageNode => ({ id, parentId, depth, regionName, regionCode: id, status });

// A (Sumedang) → B (Belitung) → C (Siak), and A → D (Bandung); the server may send them in any order.
const nodes = [node('c', 'b', 2, 'Kabupaten Siak', 'IN_PROGRESS'), node('a', null, 0, 'Kabupaten Sumedang', null), node('d', 'a', 1, 'Kabupaten Bandung', 'PLANNED'), node('b', 'a', 1, 'Kabupaten Belitung')];

const renderTree = (list: LineageNode[], summary?: string) =>
  render(() => (
    <MemoryRouter>
      <Route path="*" component={() => <LineageTree nodes={list} summary={summary} />} />
    </MemoryRouter>
  ));

describe('lineage tree', () => {
  it('builds A → B → C, D from a flat list in any order', () => {
    const root = buildLineage(nodes)!;
    expect(root.node.id).toBe('a');
    expect(root.children.map((c) => c.node.id)).toEqual(['d', 'b']);
    expect(root.children[1]!.children.map((c) => c.node.id)).toEqual(['c']);
    expect(lineageText(root)).toBe('Kabupaten Sumedang → (Kabupaten Bandung, Kabupaten Belitung → Kabupaten Siak)');
  });

  it('hangs a node whose parent is missing from the root rather than hiding it', () => {
    const root = buildLineage([node('a', null, 0, 'A', null), node('x', 'gone', 2, 'X')])!;
    expect(root.children.map((c) => c.node.id)).toEqual(['x']);
  });

  it('renders nested lists: each replication inside the region it copied from, with status and summary', async () => {
    renderTree(nodes, 'ditiru oleh 3 daerah; rata-rata kenaikan indikator 20: +1,3 level');
    const tree = await screen.findByTestId('lineage-tree');
    const all = within(tree).getAllByTestId('lineage-node');
    expect(all.map((li) => li.dataset.nodeId)).toEqual(['a', 'd', 'b', 'c']);
    const root = all[0]!;
    expect(root).toHaveTextContent('Asal');
    const belitung = all.find((li) => li.dataset.nodeId === 'b')!;
    const siak = all.find((li) => li.dataset.nodeId === 'c')!;
    expect(belitung.contains(siak)).toBe(true);
    expect(all.find((li) => li.dataset.nodeId === 'd')!.contains(siak)).toBe(false);
    expect(siak).toHaveTextContent('Berjalan');
    expect(all.find((li) => li.dataset.nodeId === 'd')).toHaveTextContent('Direncanakan');
    expect(screen.getByTestId('lineage-summary')).toHaveTextContent('ditiru oleh 3 daerah; rata-rata kenaikan indikator 20: +1,3 level');
    expect(screen.getByTestId('lineage-text')).toHaveTextContent('Kabupaten Sumedang → (Kabupaten Bandung, Kabupaten Belitung → Kabupaten Siak)');
  });

  it('says so when nobody has replicated the solution', () => {
    renderTree([]);
    expect(screen.getByText('Belum ada daerah yang meniru solusi ini.')).toBeInTheDocument();
  });
});
