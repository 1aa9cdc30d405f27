import { Alert } from '@/components/ui/alert';

export interface FormStatusValue {
  tone: 'success' | 'error';
  message: string;
}

/** The answer to a form's submission: announced politely on success, at once on error. */
export function FormStatus({ status }: { status: FormStatusValue | null }) {
  if (!status) return null;
  return (
    <Alert tone={status.tone} role={status.tone === 'error' ? 'alert' : 'status'}>
      {status.message}
    </Alert>
  );
}
