import { useI18n, type Tr } from '../../i18n/i18n';

export interface SectionLayer {
  level: string;
  topDepth: number;
  bottomDepth: number;
  netHeight: number;
}

const levelName = (level: string, tr: Tr) =>
  level === 'semi' ? tr('半地下', 'Semi-basement') : tr(`负${level.slice(1)}层`, level);

/**
 * Vertical section of a parcel, drawn to scale: ground at 0, each layer from its top to its bottom
 * depth, net height as a hatched band, and the 2.2 m net-height line (东政办〔2023〕95号 Art. 3).
 */
export function SectionDiagram({ layers }: { layers: SectionLayer[] }) {
  const { tr } = useI18n();
  if (layers.length === 0) return <p className="empty">{tr('无分层数据', 'No layers')}</p>;
  const top = Math.min(0, ...layers.map((l) => l.topDepth)) - 1;
  const bottom = Math.max(...layers.map((l) => l.bottomDepth)) + 1;
  const width = 360;
  const height = 260;
  const pad = { l: 44, r: 150, t: 10, b: 10 };
  const scale = (height - pad.t - pad.b) / (bottom - top);
  const y = (d: number) => pad.t + (d - top) * scale;
  const ticks: number[] = [];
  for (let d = Math.ceil(top / 2) * 2; d <= bottom; d += 2) ticks.push(d);
  return (
    <svg className="ug-section" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={tr('竖向剖面', 'Vertical section')} data-testid="ug-section">
      <rect x={pad.l} y={pad.t} width={width - pad.l - pad.r} height={y(0) - pad.t} fill="#e8f1fb" />
      <rect x={pad.l} y={y(0)} width={width - pad.l - pad.r} height={y(bottom) - y(0)} fill="#efe6d8" />
      {ticks.map((d) => (
        <g key={d}>
          <line x1={pad.l - 4} x2={pad.l} y1={y(d)} y2={y(d)} stroke="#6b7a8c" />
          <text x={pad.l - 6} y={y(d) + 4} textAnchor="end" fontSize="10" fill="#6b7a8c">{`${-d} m`}</text>
        </g>
      ))}
      {layers.map((l) => {
        const low = l.netHeight <= 2.2;
        const x0 = pad.l + 10;
        const w = width - pad.l - pad.r - 20;
        // Net height measured up from the floor; the rest of the storey is slab and services.
        const netTop = Math.max(l.topDepth, l.bottomDepth - l.netHeight);
        return (
          <g key={`${l.level}-${l.topDepth}`}>
            <rect x={x0} y={y(l.topDepth)} width={w} height={y(l.bottomDepth) - y(l.topDepth)} fill="#fff" stroke="#1d4e89" />
            <rect x={x0 + 2} y={y(netTop)} width={w - 4} height={y(l.bottomDepth) - y(netTop)} fill={low ? '#fde2e1' : '#dbe7f5'} />
            {/* 2.2 m above this floor: the net height a layer must exceed to create a right (Art. 3). */}
            <line x1={x0} x2={x0 + w} y1={y(l.bottomDepth - 2.2)} y2={y(l.bottomDepth - 2.2)} stroke="#c62828" strokeDasharray="4 3" />
            <text x={x0 + w + 6} y={(y(l.topDepth) + y(l.bottomDepth)) / 2} fontSize="11" fill="#1f2d3d">
              {`${levelName(l.level, tr)} ${l.topDepth}–${l.bottomDepth} m`}
            </text>
            <text x={x0 + w + 6} y={(y(l.topDepth) + y(l.bottomDepth)) / 2 + 13} fontSize="10" fill={low ? '#c62828' : '#6b7a8c'}>
              {tr(`净高 ${l.netHeight} m`, `net ${l.netHeight} m`)}
              {low ? tr('（≤2.2 m 不设权）', ' (≤2.2 m: no right)') : ''}
            </text>
          </g>
        );
      })}
      <line x1={pad.l} x2={width - pad.r} y1={y(0)} y2={y(0)} stroke="#2e7d32" strokeWidth="2" />
      <text x={width - pad.r - 4} y={y(0) - 4} textAnchor="end" fontSize="10" fill="#2e7d32">{tr('室外地面 ±0', 'ground ±0')}</text>
      <text x={pad.l + 12} y={height - 2} fontSize="9" fill="#c62828">{tr('红虚线：地板以上 2.2 m', 'red dashed: 2.2 m above floor')}</text>
    </svg>
  );
}
