/** Reads docs/architecture.md's table of what loads when, for the tests that hold it to the build. */

export interface StageRow {
  stage: string;
  folder: string;
  built: string;
  budgetKb: number;
}

export function stageTable(markdown: string): StageRow[] {
  const section = markdown.slice(markdown.indexOf('## What loads when'));
  const rows = section.split('\n').filter((l) => /^\| (lookout|marker|card) \|/.test(l));
  return rows.map((l) => {
    const cells = l
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    const code = (c: string) => /^`([^`]+)`$/.exec(c)?.[1] ?? '';
    return { stage: cells[0]!, folder: code(cells[2]!), built: code(cells[3]!), budgetKb: Number(/^(\d+) kB$/.exec(cells[4]!)?.[1]) };
  });
}
