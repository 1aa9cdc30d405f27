interface CheckboxGroupProps {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  selected: readonly string[];
}

export function CheckboxGroup({ name, legend, options, selected }: CheckboxGroupProps) {
  return (
    <fieldset className="min-w-0 space-y-2">
      <legend className="font-medium text-gray-900">{legend}</legend>
      {options.length === 0 && <p className="text-sm text-gray-700">No hay opciones.</p>}
      <ul className="space-y-1">
        {options.map((o, i) => {
          const id = `filtro-${name}-${i}`;
          return (
            <li key={o.value} className="flex items-center gap-3">
              <input id={id} type="checkbox" name={name} value={o.value} defaultChecked={selected.includes(o.value)} className="size-5 rounded border-gray-500 accent-blue-700" />
              <label htmlFor={id} className="min-w-0 text-gray-900 wrap-anywhere">{o.label}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
