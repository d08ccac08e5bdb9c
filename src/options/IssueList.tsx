/** Every problem found in a pack or an entry, one per line as "file: entity: field: message". */
import { formatIssue, type EntityIssue } from '../knowledge/schema';

export function IssueList({ title, issues }: { title: string; issues: readonly EntityIssue[] }) {
  if (!issues.length) return null;
  return (
    <div class="issues" role="alert">
      <p class="error">{title}</p>
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>
            <code>{formatIssue(issue)}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
