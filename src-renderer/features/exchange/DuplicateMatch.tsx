import { Link as RouterLink } from 'react-router-dom';
import Link from '@mui/material/Link';
import { NOMINATION_STATUS_LABELS } from '../../domain/lifecycle';
import { GOOD_DEED_STATUS_LABELS } from '../../domain/vocabulary';
import { useRecord, useTitles } from '../../data/hooks';
import type { ExchangeKind } from '../../data/exchange';
import type { GoodDeed, Nomination, Unit } from '../../data/schemas';
import { formatMonth } from '../goodDeeds/labels';

/**
 * The ward's own nomination a package line duplicates (same nominee, title and year by definition):
 * its status and proposing unit, the full description on hover, and a link to open it.
 */
function NominationMatch({ id }: { id: string }) {
  const nomination = useRecord<Nomination>('nominations', id);
  const titles = useTitles();
  const unit = useRecord<Unit>('units', nomination?.proposingUnitId);
  if (!nomination) return null;
  const by = unit ? `, do ${unit.name} đề nghị` : '';
  const text = `Đã có: ${NOMINATION_STATUS_LABELS[nomination.status]}${by}`;
  const full = `Đề nghị “${titles[nomination.titleCode].label}” năm ${nomination.year}${by} — ${NOMINATION_STATUS_LABELS[nomination.status]}`;
  return (
    <Link component={RouterLink} to={`/de-nghi/${nomination.id}`} title={full}>
      {text}
    </Link>
  );
}

/** The ward's own good-deed report a package line repeats. */
function GoodDeedMatch({ id }: { id: string }) {
  const deed = useRecord<GoodDeed>('goodDeeds', id);
  if (!deed) return null;
  const text = `Báo cáo tháng ${formatMonth(deed.month)}: ${deed.subjectName}, ${deed.field} — ${GOOD_DEED_STATUS_LABELS[deed.status]}`;
  return <span title={text}>{text}</span>;
}

/** Rendered only for the visible rows of the virtualized grid, so each looks up one record. */
export function DuplicateMatch({ kind, id }: { kind: ExchangeKind; id: string }) {
  return kind === 'nominations' ? <NominationMatch id={id} /> : <GoodDeedMatch id={id} />;
}
