// SVG and PNG of a chart as shown, framed with title, subtitle, legend, source and date.
export interface ImageMeta {
  title: string;
  subtitle: string;
  legend: { name: string; colour: string; dash?: string }[];
  sourceLine: string;
  dateLine: string;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function cleanClone(chart: SVGSVGElement, x: number, y: number): string {
  const clone = chart.cloneNode(true) as SVGSVGElement;
  // Interaction layers and scripts never leave the page.
  clone.querySelectorAll('script, foreignObject, .recharts-tooltip-cursor').forEach((n) => n.remove());
  for (const el of [clone, ...Array.from(clone.querySelectorAll('*'))]) {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name) || /javascript:/i.test(attr.value)) el.removeAttribute(attr.name);
    }
  }
  clone.setAttribute('x', String(x));
  clone.setAttribute('y', String(y));
  clone.removeAttribute('style');
  clone.removeAttribute('class');
  return new XMLSerializer().serializeToString(clone);
}

const sizeOf = (chart: SVGSVGElement) => ({
  width: Math.round(chart.width.baseVal.value || chart.getBoundingClientRect().width),
  height: Math.round(chart.height.baseVal.value || chart.getBoundingClientRect().height),
});

/**
 * Wraps the charts' own SVG in a self-contained document; nothing from the page is referenced.
 * Several panels (the report's themes) are laid out two to a row, each under its own heading.
 */
export function chartSvg(panels: { chart: SVGSVGElement; title?: string }[], meta: ImageMeta): { svg: string; width: number; height: number } {
  if (panels.length === 0) throw new Error('no chart');
  const columns = panels.length > 1 ? 2 : 1;
  const sizes = panels.map((p) => sizeOf(p.chart));
  const cellWidth = Math.max(...sizes.map((s) => s.width));
  const heading = panels.some((p) => p.title) ? 24 : 0;
  const cellHeight = Math.max(...sizes.map((s) => s.height)) + heading;
  const width = cellWidth * columns + (columns - 1) * 16;
  const inner = panels
    .map((p, i) => {
      const x = (i % columns) * (cellWidth + 16);
      const y = 64 + Math.floor(i / columns) * (cellHeight + 8);
      const title = p.title ? `<text x="${x + 16}" y="${y + 16}" font-size="15" font-weight="700" fill="#1d1d1f">${escapeXml(p.title)}</text>` : '';
      return title + cleanClone(p.chart, x, y + heading);
    })
    .join('\n');
  const chartsHeight = Math.ceil(panels.length / columns) * (cellHeight + 8);

  let legendX = 16;
  const legendY = 64 + chartsHeight + 18;
  const legend = meta.legend
    .map((l) => {
      const item = `<line x1="${legendX}" y1="${legendY - 4}" x2="${legendX + 22}" y2="${legendY - 4}" stroke="${escapeXml(l.colour)}" stroke-width="3"${l.dash ? ` stroke-dasharray="${escapeXml(l.dash)}"` : ''}/><text x="${legendX + 28}" y="${legendY}" font-size="13" fill="#1d1d1f">${escapeXml(l.name)}</text>`;
      legendX += 40 + l.name.length * 7.5;
      return item;
    })
    .join('');
  const height = legendY + 48;
  const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">
<title>${escapeXml(meta.title)}</title>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="16" y="28" font-size="20" font-weight="700" fill="#1d1d1f">${escapeXml(meta.title)}</text>
<text x="16" y="50" font-size="14" fill="#555b63">${escapeXml(meta.subtitle)}</text>
${inner}
${legend}
<text x="16" y="${height - 24}" font-size="12" fill="#555b63">${escapeXml(meta.sourceLine)}</text>
<text x="16" y="${height - 8}" font-size="12" fill="#555b63">${escapeXml(meta.dateLine)}</text>
</svg>`;
  return { svg, width, height };
}

export function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width * scale;
      canvas.height = height * scale;
      const ctx = canvas.getContext('2d');
      if (!ctx) return reject(new Error('Lærredet kunne ikke tegnes.'));
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG kunne ikke dannes.'))), 'image/png');
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('SVG kunne ikke læses som billede.'));
    };
    img.src = url;
  });
}
