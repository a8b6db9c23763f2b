import type { DatePart, DateParts } from '@/domain/date-parts';
import { ErrorMessage } from './ErrorSummary';

interface DateFieldProps {
  /** The group's id; the boxes are `${id}-day`, `${id}-month` and `${id}-year`. */
  id: string;
  legend: string;
  hint?: string;
  value: DateParts;
  onChange(value: DateParts): void;
  error?: { message: string; parts: DatePart[] };
}

const boxes: { part: DatePart; label: string; width: number }[] = [
  { part: 'day', label: 'Day', width: 2 },
  { part: 'month', label: 'Month', width: 2 },
  { part: 'year', label: 'Year', width: 4 },
];

/**
 * GOV.UK date input: day, month and year in their own boxes (never the browser's date picker,
 * which puts the month first in some places). Only the boxes that are wrong are marked.
 */
export function DateField({ id, legend, hint = 'For example, 27 3 2026', value, onChange, error }: DateFieldProps) {
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="date-field" role="group" aria-describedby={describedBy}>
        <legend className="label">{legend}</legend>
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
        <ErrorMessage id={`${id}-error`} message={error?.message} />
        <div className="date-input" id={id}>
          {boxes.map(({ part, label, width }) => (
            <div className="date-input__item" key={part}>
              <label className="label date-input__label" htmlFor={`${id}-${part}`}>
                {label}
              </label>
              <input
                id={`${id}-${part}`}
                name={`${id}-${part}`}
                type="text"
                inputMode="numeric"
                className={`input date-input__input input--width-${width}${error?.parts.includes(part) ? ' input--error' : ''}`}
                value={value[part]}
                onChange={(e) => onChange({ ...value, [part]: e.target.value })}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
