import type { TimingResult } from '@/lib/core/scoring/result';

const TEXT = { hot: 'Timing: hot', warm: 'Timing: warm', cold: 'Timing: cold' } as const;

export function TimingBadge({ timing }: { timing: TimingResult }) {
  const why = timing.signals.map((s) => `${s.label} (${s.detail})`).join('; ');
  return (
    <span
      className={`timing timing--${timing.level}`}
      data-testid="timing"
      data-timing={timing.level}
      title={why || 'No buying signals seen yet'}
    >
      {TEXT[timing.level]}
    </span>
  );
}
