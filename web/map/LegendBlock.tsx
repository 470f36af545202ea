import type { Legend, LegendItem } from './mapContext';

export function Swatch({ item }: { item: Pick<LegendItem, 'colour' | 'shape'> }) {
  const shape = item.shape ?? 'fill';
  return <span className={`swatch swatch-${shape}`} style={shape === 'line' ? { borderColor: item.colour } : { background: item.colour }} aria-hidden />;
}

/** One layer's legend: its title (what is measured, unit), how it is counted, classes, circle sizes, ramp. */
export function LegendBlock({ legend, testId }: { legend: Legend; testId?: string }) {
  return (
    <section className="legend-block" data-testid={testId}>
      <h4 className="legend-title" data-testid="legend-title">{legend.title}</h4>
      {legend.note && <p className="legend-note">{legend.note}</p>}
      {legend.ramp && (
        <div className="legend-ramp" data-testid="legend-ramp">
          <span className="legend-ramp-bar" style={{ background: `linear-gradient(to right, ${legend.ramp.colours.join(', ')})` }} aria-hidden />
          <span className="legend-ramp-ends">
            <span data-testid="legend-class">{legend.ramp.low}</span>
            <span data-testid="legend-class">{legend.ramp.high}</span>
          </span>
        </div>
      )}
      {legend.items && legend.items.length > 0 && (
        <ul className="legend">
          {legend.items.map((item) => (
            <li key={item.label} data-testid="legend-class">
              <Swatch item={item} />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      {legend.sizes && legend.sizes.length > 0 && (
        <ul className="legend legend-sizes" data-testid="legend-sizes">
          {legend.sizes.map((s) => (
            <li key={s.label} data-testid="legend-size">
              <span className="legend-size-box" aria-hidden>
                <span className="legend-size-circle" style={{ width: 2 * s.radius, height: 2 * s.radius, borderColor: s.colour }} />
              </span>
              {s.label}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
