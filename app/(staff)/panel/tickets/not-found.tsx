import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';

/** An unknown label and another area's ticket look the same to an AREA user (404 either way, docs/workflow.md). */
export default function TicketNotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">El ticket no existe o no está en sus áreas</h1>
      <p className="max-w-2xl text-gray-800">
        Revise el número del ticket. Si lo copió de un mensaje, puede que pertenezca a un área en la que usted no trabaja.
      </p>
      <Link href="/panel" className={buttonClasses('primary')}>
        Volver al tablero
      </Link>
    </div>
  );
}
