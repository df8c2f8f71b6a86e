// Recharts colours each legend label like its series, inline: some series colours are too faint for text
// (the grey band's label is 3.6:1 on white, the blue one under 3:1 in dark mode). The swatch keeps the
// colour; the words take the page's secondary ink, light or dark.
export const legendText = (value: string) => <span style={{ color: "var(--ink-soft)" }}>{value}</span>;
