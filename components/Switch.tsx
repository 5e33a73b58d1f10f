import { useUi } from './i18n';

/**
 * An on/off switch: a button with role "switch", so screen readers say "on" or "off" and
 * Space or Enter flips it. The visible text is the label and, below it, what it applies to.
 */
export function Switch({
  checked,
  label,
  detail,
  name,
  onChange,
  disabled = false,
  pending = false,
}: {
  checked: boolean;
  label: string;
  detail?: string;
  /** The accessible name, when it should say more than the visible label. */
  name?: string;
  onChange(next: boolean): void;
  disabled?: boolean;
  /** Not known yet (the tab has not answered): neither on nor off is shown. */
  pending?: boolean;
}) {
  const { t } = useUi();
  return (
    <button
      type="button"
      role="switch"
      class="cc-switch"
      aria-checked={checked}
      aria-label={name ?? label}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      onClick={() => onChange(!checked)}
    >
      <span class="cc-switch-text">
        <span class="cc-switch-label">{label}</span>
        {detail && <span class="cc-switch-detail">{detail}</span>}
      </span>
      <span class="cc-switch-track" aria-hidden="true">
        <span class="cc-switch-thumb" />
      </span>
      <span class="cc-switch-state" aria-hidden="true">
        {pending ? '' : checked ? t('on') : t('off')}
      </span>
    </button>
  );
}
