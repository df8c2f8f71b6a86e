import Link from "next/link";

export default function NotFound() {
  return (
    <div className="empty">
      <h1>Not found</h1>
      <p>There is no page at this address. It may have been moved or unpublished.</p>
      <p><Link href="/">Back to the overview</Link></p>
    </div>
  );
}
