import type { ReactNode } from 'react';

interface BadgeProps {
  /** A background dark enough for white text (≥ 4.5:1); without it the badge is neutral. */
  color?: string;
  className?: string;
  children: ReactNode;
}

export function Badge({ color, className = '', children }: BadgeProps) {
  const tone = color ? 'text-white' : 'border border-gray-500 bg-gray-100 text-gray-900';
  return (
    <span
      className={`inline-flex items-center rounded-full px-3 py-1 text-sm font-semibold ${tone} ${className}`}
      style={color ? { backgroundColor: color } : undefined}
    >
      {children}
    </span>
  );
}
