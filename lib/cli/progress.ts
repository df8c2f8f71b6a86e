// A progress bar with rate and ETA on stderr: redrawn in place on a terminal, a line every few
// seconds otherwise (logs, CI), so long loads never look stuck.

const WIDTH = 28;

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "?";
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
}

export function progressLine(label: string, done: number, total: number, elapsedMs: number): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(fraction * WIDTH);
  const rate = elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0;
  const eta = rate > 0 ? ((total - done) / rate) * 1000 : NaN;
  return `[${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${done.toLocaleString("en")}/${total.toLocaleString("en")} ${label} · ${Math.round(rate).toLocaleString("en")}/s · ${formatDuration(elapsedMs)} elapsed · ETA ${done >= total ? "0s" : formatDuration(eta)}`;
}

export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const started = performance.now();
  let lastLine = 0;
  let drawn = false;
  return {
    update(done: number, total: number) {
      const now = performance.now();
      const line = progressLine(label, done, total, now - started);
      if (stream.isTTY) {
        stream.write(`\r${line}\u001b[K`);
        drawn = true;
      } else if (now - lastLine > 5000 || done >= total) {
        stream.write(`${line}\n`);
        lastLine = now;
      }
    },
    /** Ends the bar's line so the next output starts on its own. */
    done() {
      if (drawn) stream.write("\n");
      drawn = false;
    },
  };
}
