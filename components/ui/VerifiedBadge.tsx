export function VerifiedBadge({ verified }: { verified: boolean }) {
  return verified ? (
    <span className="badge badge--verified" title="Checked by an editor">Verified</span>
  ) : (
    <span className="badge badge--suggested" title="Proposed by the extraction engine, not yet checked by an editor">
      Machine-suggested
    </span>
  );
}
