import type { ComponentProps } from 'react';

// Borders at gray-500 keep 3:1 against white (WCAG 1.4.11); red marks an invalid control.
const CONTROL =
  'block w-full rounded-md border border-gray-500 bg-white px-3 py-2 text-gray-900 placeholder:text-gray-600 aria-invalid:border-red-700 aria-invalid:border-2';

export function Input({ className = '', ...props }: ComponentProps<'input'>) {
  return <input className={`${CONTROL} min-h-11 ${className}`} {...props} />;
}

export function Textarea({ className = '', ...props }: ComponentProps<'textarea'>) {
  return <textarea className={`${CONTROL} ${className}`} {...props} />;
}

export function Select({ className = '', ...props }: ComponentProps<'select'>) {
  return <select className={`${CONTROL} min-h-11 ${className}`} {...props} />;
}

interface CheckboxProps extends Omit<ComponentProps<'input'>, 'type'> {
  id: string;
  label: string;
}

export function Checkbox({ id, label, className = '', ...props }: CheckboxProps) {
  return (
    <div className={`flex items-center gap-3 ${className}`}>
      <input id={id} type="checkbox" className="size-5 rounded border-gray-500 accent-blue-700" {...props} />
      <label htmlFor={id} className="text-gray-900">
        {label}
      </label>
    </div>
  );
}
