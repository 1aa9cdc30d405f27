import Form from 'next/form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/form-controls';

/** A GET search box: the query stays in the URL, so the result can be linked and reloaded. */
export function ListSearch({ action, label, value }: { action: string; label: string; value?: string }) {
  return (
    <Form action={action} className="flex flex-wrap items-end gap-3" role="search">
      <div className="space-y-1">
        <label htmlFor="list-search" className="block font-medium text-gray-900">{label}</label>
        <Input id="list-search" name="q" type="search" defaultValue={value ?? ''} className="w-72" />
      </div>
      <Button type="submit" variant="secondary">Buscar</Button>
    </Form>
  );
}
