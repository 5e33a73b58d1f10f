import type { Status } from '../data/core/facts/schema';
import { STATUS_KEYS } from './format';
import { useUi } from './i18n';

export function StatusBadge({ status }: { status: Status }) {
  const { t } = useUi();
  return (
    <span class={`cc-badge cc-badge-${status}`} title={t(STATUS_KEYS[status].help)}>
      {t(STATUS_KEYS[status].label)}
    </span>
  );
}
