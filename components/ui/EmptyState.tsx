export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="empty">
      <p><strong>{title}</strong></p>
      {children && <div className="small">{children}</div>}
    </div>
  );
}
