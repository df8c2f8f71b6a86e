export default function Loading() {
  return (
    <div role="status" aria-live="polite" aria-label="Loading actor" className="skeleton route-loading">
      <div className="skeleton__row" style={{ height: 40, width: "50%" }} />
      <div className="skeleton__row" style={{ height: 90 }} />
      <div className="skeleton__row" style={{ height: 240 }} />
      <div className="skeleton__row" />
      <div className="skeleton__row" />
    </div>
  );
}
