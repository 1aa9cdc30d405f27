type Answer = Promise<[number, object]>;
export function crear(body: string): Answer;
export function consultar(body: string): Answer;
export function actualizar(ticketId: string, authorization: string | null | undefined, body: string): Answer;
export function catalogos(): [number, unknown];
export function closePool(): Promise<void>;
