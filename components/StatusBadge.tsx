import type { Status } from '../data/core/facts/schema';
import { STATUS_HELP, STATUS_LABELS } from './format';

export function StatusBadge({ status }: { status: Status }) {
  return (
    <span class={`cc-badge cc-badge-${status}`} title={STATUS_HELP[status]}>
      {STATUS_LABELS[status]}
    </span>
  );
}
