export default function Loading() {
  return (
    <div role="status" aria-live="polite" aria-label="Loading article" className="skeleton">
      <div className="skeleton__row" style={{ height: 24, width: "30%" }} />
      <div className="skeleton__row" style={{ height: 80 }} />
      <div className="skeleton__row" style={{ height: 300 }} />
    </div>
  );
}
