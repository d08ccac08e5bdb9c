/**
 * An on/off switch: a native checkbox (keyboard and form behaviour for free) announced as a switch, so a
 * screen reader says "on"/"off" rather than "checked".
 */
import type { ComponentChildren } from 'preact';

export interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
  disabled?: boolean;
  /** Extra text read after the label (the reason the switch has no effect, for instance). */
  describedBy?: string;
  class?: string;
}

export function Switch(props: SwitchProps) {
  return (
    <label class={`switch ${props.class ?? ''}`}>
      <input
        type="checkbox"
        role="switch"
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.describedBy}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <span class="switch-track" aria-hidden="true" />
      <span class="switch-label">{props.children}</span>
    </label>
  );
}
