import type { ReactNode } from 'react';

interface NoticeProps {
  tone?: 'success' | 'info' | 'warning' | 'danger';
  /** `alert` interrupts (errors); `status` is announced politely (confirmations). */
  role?: 'alert' | 'status';
  title?: ReactNode;
  children?: ReactNode;
  id?: string;
}

/** A coloured message box. */
export function Notice({ tone = 'info', role, title, children, id }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role={role} id={id}>
      {title && <p className="notice__title">{title}</p>}
      {children}
    </div>
  );
}
