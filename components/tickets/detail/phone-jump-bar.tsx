const LINK =
  'inline-flex min-h-11 flex-1 items-center justify-center rounded-md px-4 py-2 font-semibold underline-offset-4 hover:underline';

/**
 * Below `lg` the ticket's page is one long column: this bar stays at the bottom of the screen and
 * jumps to the reply box and to the operations, wherever the reader is in the conversation.
 */
export function PhoneJumpBar({ canReply }: { canReply: boolean }) {
  return (
    <nav aria-label="Atajos del ticket" className="fixed inset-x-0 bottom-0 z-30 border-t border-gray-300 bg-white px-4 py-2 shadow-[0_-2px_6px_rgba(0,0,0,0.08)] lg:hidden">
      <ul className="mx-auto flex max-w-xl gap-3">
        {canReply && (
          <li className="flex flex-1">
            <a href="#responder" className={`${LINK} bg-blue-700 text-white`}>Responder</a>
          </li>
        )}
        <li className="flex flex-1">
          <a href="#acciones" className={`${LINK} border border-gray-500 bg-white text-gray-900`}>Acciones</a>
        </li>
      </ul>
    </nav>
  );
}
