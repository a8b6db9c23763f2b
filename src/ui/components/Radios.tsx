import type { ReactNode } from 'react';
import { ErrorMessage } from './ErrorSummary';

export interface RadioOption<V extends string = string> {
  value: V;
  label: string;
  hint?: string;
}

/** V is the type of the options' values, so onChange gives the caller that type, not a string. */
interface RadiosProps<V extends string> {
  /** Used for ids: the first radio's id is `name`, so an error link can focus it. */
  name: string;
  legend: ReactNode;
  /** The legend is the page's heading (one question per page). */
  legendIsHeading?: boolean;
  hint?: ReactNode;
  options: readonly RadioOption<V>[];
  /** The options decide V; value and onChange follow them. */
  value: NoInfer<V> | undefined;
  onChange(value: NoInfer<V>): void;
  error?: string;
  inline?: boolean;
  /** Shown under the option it belongs to while that option is chosen. */
  conditional?: Partial<Record<V, ReactNode>>;
  /** Shown after the legend and hint, before the options, without being read as the group's description. */
  before?: ReactNode;
}

export function Radios<V extends string>(props: RadiosProps<V>) {
  const { name, legend, legendIsHeading, hint, options, value, onChange, error, inline, conditional, before } = props;
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset aria-describedby={describedBy}>
        <legend className={legendIsHeading ? 'legend--page' : 'legend--medium'}>{legend}</legend>
        {hint && (
          <div className="hint" id={hintId}>
            {hint}
          </div>
        )}
        {before}
        <ErrorMessage id={`${name}-error`} message={error} />
        {/* A rating scale (more than two choices side by side) stacks into one column on a phone. */}
        <div className={inline ? (options.length > 2 ? 'radios--inline radios--scale' : 'radios--inline') : undefined}>
          {options.map((option, index) => {
            const id = index === 0 ? name : `${name}-${option.value}`;
            const optionHintId = option.hint ? `${id}-hint` : undefined;
            return (
              <div key={option.value}>
                <div className="radios__item">
                  <input
                    type="radio"
                    id={id}
                    name={name}
                    value={option.value}
                    checked={value === option.value}
                    onChange={() => onChange(option.value)}
                    aria-describedby={optionHintId}
                  />
                  <label htmlFor={id}>
                    {option.label}
                    {option.hint && (
                      <span className="radios__hint" id={optionHintId}>
                        {option.hint}
                      </span>
                    )}
                  </label>
                </div>
                {conditional?.[option.value] && value === option.value && (
                  <div className="conditional">{conditional[option.value]}</div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
