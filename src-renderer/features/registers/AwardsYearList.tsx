import { useDeferredValue, useState } from 'react';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { TITLE_CODES } from '../../domain/vocabulary';
import type { TitleCode } from '../../domain/vocabulary';
import { useAwardList, useTitles } from '../../data/hooks';
import type { Award } from '../../data/schemas';
import { DataTable } from '../../ui/DataTable';
import { SearchField } from '../../ui/SearchField';
import { YearSelect } from '../../ui/YearSelect';
import { currentYear } from '../../ui/formValues';
import { AWARD_LIST_COLUMNS } from './awardColumns';

const ALL = 'all';

/** A year's awards across people, units and households: filter by title, search by name or decision. */
export function AwardsYearList({ onOpen }: { onOpen: (award: Award) => void }) {
  const titles = useTitles();
  const [year, setYear] = useState(currentYear());
  const [titleCode, setTitleCode] = useState<TitleCode | typeof ALL>(ALL);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const awards = useAwardList({ year, titleCode: titleCode === ALL ? undefined : titleCode, query: deferredQuery });
  return (
    <>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { md: 'center' } }}>
        <YearSelect value={year} onChange={setYear} />
        <TextField select size="small" label="Danh hiệu / hình thức" value={titleCode} onChange={(e) => setTitleCode(e.target.value as TitleCode | typeof ALL)} sx={{ minWidth: 260 }}>
          <MenuItem value={ALL}>Tất cả</MenuItem>
          {TITLE_CODES.map((c) => <MenuItem key={c} value={c}>{titles[c].label}</MenuItem>)}
        </TextField>
        <SearchField value={query} onChange={setQuery} label="Tìm tên, danh hiệu, số quyết định" />
        {awards && <Typography variant="body2" color="text.secondary">{awards.length} lượt khen thưởng</Typography>}
      </Stack>
      <DataTable label={`Khen thưởng năm ${year}`} rows={awards ?? []} columns={AWARD_LIST_COLUMNS} onRowClick={onOpen} loading={awards === undefined} />
    </>
  );
}
