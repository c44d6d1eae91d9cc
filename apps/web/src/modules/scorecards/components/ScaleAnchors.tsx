interface ScalePoint {
  value: number;
  label: string;
  anchor: string;
}

/**
 * What each point of the scale means, as text: shown on a phone, where the rating itself is chosen in
 * the bar at the bottom and the anchors would not fit there. The chosen point is marked.
 */
export function ScaleAnchors({ scale, value }: { scale: readonly ScalePoint[]; value: number | null }) {
  return (
    <details className="disclosure im-scale-anchors" open>
      <summary>What the ratings mean</summary>
      <dl className="im-scale-anchors__list">
        {scale.map((point) => (
          <div key={point.value} className={`im-scale-anchors__point${value === point.value ? ' is-chosen' : ''}`}>
            <dt>
              <span className="rating-option__value">{point.value}</span> {point.label}
              {value === point.value ? <span className="visually-hidden"> (your rating)</span> : null}
            </dt>
            {point.anchor ? <dd>{point.anchor}</dd> : null}
          </div>
        ))}
      </dl>
    </details>
  );
}
