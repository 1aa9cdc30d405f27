import type { UseFormRegisterReturn } from 'react-hook-form';

interface AreaCheckboxesProps {
  idPrefix: string;
  legend: string;
  hint: string;
  areas: { id: number; name: string; active: boolean }[];
  error?: string;
  register: UseFormRegisterReturn;
}

/** A group of area checkboxes whose hint and error are tied to the group. */
export function AreaCheckboxes({ idPrefix, legend, hint, areas, error, register }: AreaCheckboxesProps) {
  const describedBy = [error ? `${idPrefix}-error` : null, `${idPrefix}-hint`].filter(Boolean).join(' ');
  return (
    // min-w-0: a fieldset is as wide as its longest word by default, and one long area name would widen the page.
    <fieldset aria-describedby={describedBy} className="min-w-0 space-y-2">
      <legend className="font-medium text-gray-900">{legend}</legend>
      <p id={`${idPrefix}-hint`} className="text-sm text-gray-700">{hint}</p>
      {error && <p id={`${idPrefix}-error`} className="text-sm font-medium text-red-700">{error}</p>}
      <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {areas.map((area) => (
          <div key={area.id} className="flex items-center gap-3">
            <input id={`${idPrefix}-${area.id}`} type="checkbox" value={String(area.id)} {...register} className="size-5 rounded border-gray-500 accent-blue-700" />
            <label htmlFor={`${idPrefix}-${area.id}`} className="min-w-0 wrap-anywhere">{area.active ? area.name : `${area.name} (inactiva)`}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
