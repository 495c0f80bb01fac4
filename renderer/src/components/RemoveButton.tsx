// The delete button of a list row: asks first, naming what goes, and removes only on "Hapus". One place for the
// rule that every delete is confirmed.
import { Button } from '@fluentui/react-components';
import { Dismiss12Regular } from '@fluentui/react-icons';
import { type ConfirmRequest, useConfirm } from '../app/confirm';

export function RemoveButton(props: {
  question: ConfirmRequest;
  onRemove: () => unknown;
  /** Accessible name; the visible text is "Hapus", or only a cross when `compact`. */
  label?: string;
  compact?: boolean;
}) {
  const confirm = useConfirm();
  const ask = () =>
    void confirm(props.question).then((yes) => {
      if (yes) void props.onRemove();
    });
  return props.compact ? (
    <Button size="small" appearance="transparent" icon={<Dismiss12Regular />} aria-label={props.label ?? 'Hapus'} onClick={ask} />
  ) : (
    <Button size="small" appearance="subtle" aria-label={props.label} onClick={ask}>
      Hapus
    </Button>
  );
}
