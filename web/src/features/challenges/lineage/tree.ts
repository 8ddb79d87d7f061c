/** One place in a solution's lineage: the solution itself (no parent) or a replication of its parent. */
export interface LineageNode {
  id: string;
  parentId: string | null;
  depth: number;
  regionName: string;
  regionCode: string;
  /** PLANNED, IN_PROGRESS, DONE or ABANDONED for replications; null for the solution itself. */
  status: string | null;
  /** Where the node's own page or details are, if it has one. */
  href?: string;
  /** A short line under the region, e.g. the indicator levels before and after. */
  detail?: string;
}

export interface LineageBranch {
  node: LineageNode;
  children: LineageBranch[];
}

/**
 * Builds the tree from the server's flat list (parents before children or not). A node whose
 * parent is missing hangs from the root, so nothing the server sent is hidden.
 */
export function buildLineage(nodes: LineageNode[]): LineageBranch | null {
  if (nodes.length === 0) return null;
  const branches = new Map(nodes.map((n) => [n.id, { node: n, children: [] as LineageBranch[] }]));
  const root = [...branches.values()].find((b) => b.node.parentId === null) ?? branches.get(nodes[0]!.id)!;
  for (const b of branches.values()) {
    if (b === root) continue;
    const parent = (b.node.parentId && branches.get(b.node.parentId)) || root;
    parent.children.push(b);
  }
  const byName = (a: LineageBranch, b: LineageBranch) => a.node.regionName.localeCompare(b.node.regionName);
  const sort = (b: LineageBranch) => {
    b.children.sort(byName);
    b.children.forEach(sort);
  };
  sort(root);
  return root;
}

/** "A → B → C, D": the tree in one line, for the report and for screen readers. */
export function lineageText(branch: LineageBranch): string {
  const name = branch.node.regionName;
  if (branch.children.length === 0) return name;
  const kids = branch.children.map(lineageText);
  return `${name} → ${kids.length === 1 ? kids[0] : `(${kids.join(', ')})`}`;
}
