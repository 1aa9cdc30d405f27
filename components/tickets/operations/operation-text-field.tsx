import type { UseFormRegisterReturn } from 'react-hook-form';
import { TRANSITIONS, type Operacion } from '@/lib/domain/transitions';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/form-controls';

interface OperationTextFieldProps {
  id: string;
  op: Operacion;
  label: string;
  required?: boolean;
  error?: string;
  registration: UseFormRegisterReturn;
  /** Overrides the hint about who reads the text. */
  hint?: string;
}

/** The hint says whether the requester will read the text: the transition table's `publicText` decides (docs/workflow.md). */
export function OperationTextField({ id, op, label, required = false, error, registration, hint }: OperationTextFieldProps) {
  const audience = TRANSITIONS[op].publicText ? 'El solicitante verá este texto al consultar su ticket.' : 'Solo lo ve el personal.';
  return (
    <Field id={id} label={label} required={required} error={error} hint={hint ?? `${required ? '' : 'Opcional. '}${audience}`}>
      {(a) => <Textarea {...a} {...registration} rows={3} />}
    </Field>
  );
}
