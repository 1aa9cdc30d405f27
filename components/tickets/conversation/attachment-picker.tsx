'use client';

import { useState, type DragEvent, type RefObject } from 'react';
import { ATTACHMENT_LIMITS } from '@/lib/domain/conversation';
import { ATTACHMENT_ACCEPT, ATTACHMENT_TYPES_TEXT, addFiles, formatFileSize } from './attachment-rules';

interface AttachmentPickerProps {
  id: string;
  files: readonly File[];
  /** The refused files' reasons and the server's attachment errors. */
  errors: readonly string[];
  disabled: boolean;
  inputRef: RefObject<HTMLInputElement | null>;
  onFilesChange: (files: File[], errors: string[]) => void;
}

/** Files picked with the input or dropped on the zone, checked against the limits before they are sent. */
export function AttachmentPicker({ id, files, errors, disabled, inputRef, onFilesChange }: AttachmentPickerProps) {
  const [dragging, setDragging] = useState(false);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const add = (incoming: FileList | null) => {
    if (!incoming || incoming.length === 0) return;
    const result = addFiles(files, [...incoming]);
    onFilesChange(result.files, result.errors);
  };
  const remove = (index: number) => {
    onFilesChange(files.filter((_, i) => i !== index), []);
    inputRef.current?.focus();
  };
  const onDragOver = (e: DragEvent) => {
    if (disabled || !e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (e: DragEvent) => {
    setDragging(false);
    if (disabled || e.dataTransfer.files.length === 0) return;
    e.preventDefault();
    add(e.dataTransfer.files);
  };
  const total = files.reduce((sum, f) => sum + f.size, 0);
  return (
    <div className="space-y-2">
      <div
        onDragOver={onDragOver}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
        className={`space-y-2 rounded-md border-2 border-dashed p-3 ${dragging ? 'border-blue-700 bg-blue-50' : 'border-gray-500 bg-white'}`}
      >
        <label htmlFor={id} className="block font-medium text-gray-900">
          Adjuntar archivos
        </label>
        <input
          ref={inputRef}
          id={id}
          type="file"
          multiple
          accept={ATTACHMENT_ACCEPT}
          disabled={disabled}
          aria-describedby={`${errorId} ${hintId}`}
          aria-invalid={errors.length > 0 || undefined}
          onChange={(e) => {
            add(e.currentTarget.files);
            // The same file can be picked again after it is removed.
            e.currentTarget.value = '';
          }}
          className="block w-full text-sm text-gray-900 file:mr-3 file:min-h-11 file:rounded-md file:border file:border-gray-500 file:bg-white file:px-4 file:py-2 file:font-semibold file:text-gray-900 hover:file:bg-gray-100 disabled:opacity-70"
        />
        <p id={hintId} className="text-sm text-gray-700">
          Elija los archivos o arrástrelos a este recuadro. Hasta {ATTACHMENT_LIMITS.perMessage} archivos de{' '}
          {formatFileSize(ATTACHMENT_LIMITS.fileBytes)} cada uno ({formatFileSize(ATTACHMENT_LIMITS.requestBytes)} en total): {ATTACHMENT_TYPES_TEXT}.
        </p>
      </div>
      <div id={errorId} role="alert">
        {errors.length > 0 && (
          <ul className="space-y-0.5 text-sm font-medium text-red-700">
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        )}
      </div>
      {files.length > 0 && (
        <ul aria-label="Archivos elegidos" className="space-y-2">
          {files.map((file, i) => (
            <li key={`${file.name}-${file.size}-${file.lastModified}`} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-gray-300 bg-white px-3 py-1">
              <span className="text-gray-900 [overflow-wrap:anywhere]">
                {file.name} <span className="text-sm text-gray-700">({formatFileSize(file.size)})</span>
              </span>
              <button
                type="button"
                disabled={disabled}
                onClick={() => remove(i)}
                className="min-h-11 rounded-md px-3 font-semibold text-red-800 underline hover:bg-red-50 disabled:opacity-70"
              >
                Quitar<span className="sr-only"> {file.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p aria-live="polite" className="text-sm text-gray-700">
        {files.length > 0 && `${files.length} de ${ATTACHMENT_LIMITS.perMessage} archivos, ${formatFileSize(total)} de ${formatFileSize(ATTACHMENT_LIMITS.requestBytes)}.`}
      </p>
    </div>
  );
}
