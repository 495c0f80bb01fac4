// An Indonesian date field, the same whatever the browser's or the system's locale: it shows "19 November 2021",
// takes "19/11/2021" (or "19 November 2021", or 2021-11-19) as typed, and offers a calendar in Indonesian (Fluent's
// Calendar) from the button beside it. The value is always ISO yyyy-mm-dd, or null when empty; text that is no date
// is passed on as typed, so that the form's schema refuses it and nothing wrong is saved.
import { Button, Field, Input, Popover, PopoverSurface, PopoverTrigger } from '@fluentui/react-components';
import { Calendar, type CalendarStrings, type DateFormatting, DayOfWeek } from '@fluentui/react-calendar-compat';
import { CalendarLtr20Regular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { DAY_NAMES, MONTH_NAMES, parseIsoDate } from '../../../shared/format/dates';
import { editDate, parseTypedDate, showDate } from '../lib/typed-date';

export const CALENDAR_STRINGS: CalendarStrings = {
  months: [...MONTH_NAMES],
  shortMonths: MONTH_NAMES.map((m) => m.slice(0, 3)),
  days: [...DAY_NAMES],
  shortDays: ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab'],
  goToToday: 'Ke hari ini',
  prevMonthAriaLabel: 'Bulan sebelumnya',
  nextMonthAriaLabel: 'Bulan berikutnya',
  prevYearAriaLabel: 'Tahun sebelumnya',
  nextYearAriaLabel: 'Tahun berikutnya',
  prevYearRangeAriaLabel: 'Rentang tahun sebelumnya',
  nextYearRangeAriaLabel: 'Rentang tahun berikutnya',
  monthPickerHeaderAriaLabel: '{0}, pilih untuk mengganti tahun',
  yearPickerHeaderAriaLabel: '{0}, pilih untuk mengganti bulan',
  closeButtonAriaLabel: 'Tutup',
  weekNumberFormatString: 'Minggu ke-{0}',
  selectedDateFormatString: 'Tanggal terpilih {0}',
  todayDateFormatString: 'Hari ini, {0}',
  dayMarkedAriaLabel: 'ditandai',
};

/** The calendar's own words for dates: "19 November 2021", "November 2021". */
const INDONESIAN_FORMAT: DateFormatting = {
  formatDay: (d) => String(d.getDate()),
  formatMonth: (d, s) => s.months[d.getMonth()]!,
  formatYear: (d) => String(d.getFullYear()),
  formatMonthDayYear: (d, s) => `${d.getDate()} ${s.months[d.getMonth()]} ${d.getFullYear()}`,
  formatMonthYear: (d, s) => `${s.months[d.getMonth()]} ${d.getFullYear()}`,
};

export interface DateFieldProps {
  label: string;
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  error?: string | undefined;
  required?: boolean;
  hint?: string;
  name?: string;
  inputRef?: (el: HTMLInputElement | null) => void;
  onBlur?: () => void;
}

const toDate = (iso: string | null | undefined): Date | undefined => {
  const d = iso ? parseIsoDate(iso) : null;
  return d ? new Date(d.year, d.month - 1, d.day) : undefined;
};

export function DateField(props: DateFieldProps) {
  const [typing, setTyping] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement | null>(null);
  const shown = typing ?? showDate(props.value);
  const unreadable = typing !== null && typing.trim() !== '' && parseTypedDate(typing) === null;
  const message = props.error ?? (unreadable ? 'tanggal tidak dikenali; tulis misalnya 19/11/2021' : undefined);
  const setRefs = (el: HTMLInputElement | null) => {
    input.current = el;
    props.inputRef?.(el);
  };
  return (
    <Field
      label={props.label}
      required={props.required ?? false}
      validationState={message ? 'error' : 'none'}
      validationMessage={message}
      hint={props.hint ?? 'Contoh: 19/11/2021'}
    >
      <Input
        ref={setRefs}
        name={props.name}
        value={shown}
        placeholder="hh/bb/tttt"
        autoComplete="off"
        onFocus={() => setTyping(editDate(props.value))}
        onBlur={() => {
          setTyping(null);
          props.onBlur?.();
        }}
        onChange={(_, d) => {
          setTyping(d.value);
          props.onChange(d.value.trim() === '' ? null : (parseTypedDate(d.value) ?? d.value));
        }}
        contentAfter={
          <Popover open={open} onOpenChange={(_, d) => setOpen(d.open)} trapFocus positioning="below-end">
            <PopoverTrigger disableButtonEnhancement>
              <Button
                appearance="transparent"
                size="small"
                icon={<CalendarLtr20Regular />}
                aria-label="Pilih dari kalender"
                title="Pilih dari kalender"
              />
            </PopoverTrigger>
            <PopoverSurface aria-label={`Kalender ${props.label}`} style={{ padding: 4 }}>
              <Calendar
                strings={CALENDAR_STRINGS}
                dateTimeFormatter={INDONESIAN_FORMAT}
                firstDayOfWeek={DayOfWeek.Monday}
                value={toDate(props.value)}
                today={new Date()}
                showGoToToday
                onSelectDate={(date) => {
                  const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
                  props.onChange(iso);
                  setOpen(false);
                  // Back in the field, which reads the chosen date as it is edited (dd/mm/yyyy).
                  input.current?.focus();
                  setTyping(editDate(iso));
                }}
              />
            </PopoverSurface>
          </Popover>
        }
      />
    </Field>
  );
}
