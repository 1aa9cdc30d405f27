import type { ReactNode } from 'react';

/** The props a field hands its control so the label, hint and error are tied to it. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  'aria-required': true | undefined;
}

interface FieldProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  error?: string;
  children: (control: FieldControlProps) => ReactNode;
}

export function Field({ id, label, required = false, hint, error, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium text-gray-900">
        {label}
        {required && <RequiredMark />}
      </label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        'aria-required': required || undefined,
      })}
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
      {hint && (
        <div id={hintId} className="text-sm text-gray-700">
          {hint}
        </div>
      )}
    </div>
  );
}

/** The visual "required" mark; screen readers hear aria-required instead. */
export function RequiredMark() {
  return (
    <span aria-hidden="true" className="ml-1 text-red-700">
      *
    </span>
  );
}

/** The sentence that explains the asterisk, at the top of a form (the form points to it with aria-describedby). */
export function RequiredFieldsNote({ id }: { id: string }) {
  return (
    <p id={id} className="text-gray-700">
      Los campos marcados con
      <RequiredMark />
      <span className="sr-only">asterisco</span> son obligatorios.
    </p>
  );
}
