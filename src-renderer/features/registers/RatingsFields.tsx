import { useFieldArray, type Control } from 'react-hook-form';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { TASK_RATING_LABELS } from '../../domain/vocabulary';
import { TASK_RATINGS } from '../../data/schemas';
import type { z } from 'zod';
import type { yearRatingSchema } from '../../data/schemas';
import { FormNumberField, FormSelectField } from '../../ui/formFields';
import { currentYear } from '../../ui/formValues';

const RATING_OPTIONS = TASK_RATINGS.map((r) => ({ value: r, label: TASK_RATING_LABELS[r] }));

type RatingsForm = { ratings?: z.input<typeof yearRatingSchema>[] };

/**
 * Yearly ratings (xếp loại chất lượng) of a person or unit: the prerequisite chains read them
 * (Luật TĐKT 2022 Đ23–24: LĐTT needs "Hoàn thành tốt nhiệm vụ" or better).
 */
export function RatingsFields<T extends RatingsForm>({ control, label }: { control: Control<T, unknown, unknown>; label: string }) {
  const typed = control as unknown as Control<RatingsForm>;
  const ratings = useFieldArray({ control: typed, name: 'ratings' });
  return (
    <Box>
      <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        {label}
      </Typography>
      <Stack spacing={1}>
        {ratings.fields.map((field, index) => (
          <Stack key={field.id} direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
            <Box sx={{ width: 140, flexShrink: 0 }}>
              <FormNumberField control={typed} name={`ratings.${index}.year`} label="Năm" />
            </Box>
            <FormSelectField control={typed} name={`ratings.${index}.rating`} label={`Xếp loại năm (dòng ${index + 1})`} options={RATING_OPTIONS} />
            <IconButton aria-label={`Xóa xếp loại dòng ${index + 1}`} onClick={() => ratings.remove(index)}>
              <DeleteIcon />
            </IconButton>
          </Stack>
        ))}
      </Stack>
      <Button size="small" startIcon={<AddIcon />} onClick={() => ratings.append({ year: currentYear(), rating: 'HTTNV' })} sx={{ mt: 1 }}>
        Thêm xếp loại
      </Button>
    </Box>
  );
}
