/** One self-contained HTML page, printable on A4: the frame and base style the HTML reports share. */

export const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const BASE_STYLE = `@page { size: A4; margin: 18mm 15mm; }
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; font-size: 10.5pt; color: #111; max-width: 180mm; margin: 0 auto; }
h1 { font-size: 16pt; margin-bottom: 2mm; } h2 { font-size: 12.5pt; margin-top: 7mm; border-bottom: 1px solid #999; } h3 { font-size: 11pt; margin-bottom: 1mm; break-after: avoid; page-break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0; page-break-inside: avoid; }
th, td { border-bottom: 1px solid #ddd; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #f2f2f2; } .num { text-align: right; white-space: nowrap; } tr.total td { font-weight: bold; border-top: 1.5px solid #333; }
.verdict { font-weight: bold; } .verdict.fits { color: #1a7f37; } .verdict.over { color: #b42318; }`;

/** The page around `body`, with the base style and any of the report's own. */
export function renderHtmlPage(page: { lang: string; title: string; style?: string; body: string }): string {
  return `<!DOCTYPE html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(page.title)}</title>
<style>
${BASE_STYLE}${page.style ? `\n${page.style}` : ""}
</style>
</head>
<body>
${page.body}
</body>
</html>
`;
}
