// One form model for every screen: react-hook-form validated by the shared zod schemas (the very rules the
// services apply). Errors show at the field and clear as soon as the field is corrected; a refusal from the
// service lands at its field too, and in the error bar with the field's label. The form tells the navigation when
// it holds unsaved changes (leaving asks first) and registers its save for Ctrl+S.
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { type DefaultValues, type FieldValues, type Path, type Resolver, useForm, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { CallError } from '../api/bridge';
import { useNavigation } from '../app/navigation';
import { asCallError } from '../hooks/use-data';

export interface SchemaForm<T extends FieldValues> {
  form: UseFormReturn<T>;
  /** Validates, then saves; bound to the form's submit, its save button and Ctrl+S. */
  submit: () => Promise<void>;
  /** The service's refusal, for the ErrorBar (field problems also show at their fields). */
  error: CallError | null;
  setError: (error: CallError | null) => void;
  saving: boolean;
  /** Put on the element holding the form: Ctrl+S saves the form that holds the focus. */
  ref: React.RefObject<HTMLElement | null>;
}

/** "signatories[2].positionId" as react-hook-form names it: "signatories.2.positionId". */
export const formPath = (path: string): string => path.replace(/\[(\d+)\]/g, '.$1');

export function useSchemaForm<T extends FieldValues>(options: {
  schema: z.ZodType;
  defaultValues: T;
  /**
   * Saves the valid values; resolves with the values the form shows next (the saved record, or an empty form for
   * the next entry), or nothing to keep what was saved.
   */
  onSave: (values: T) => Promise<T | void>;
  /** How a service problem's path maps onto the form ("regency.name" → "name"); null leaves it to the error bar. */
  mapPath?: (path: string) => string | null;
  /** Whether Ctrl+S and the leave guard know this form (an inline form that is not open does not register). */
  active?: boolean;
  /** False for a form that adds one more item: Ctrl+S saves it only when it holds the focus or has changes. */
  saveByDefault?: boolean;
  /**
   * Tidies the values before they are checked (blank list items dropped), so that a message points at the item
   * the user sees; returns the fields it changed, or nothing.
   */
  tidy?: (values: T) => Partial<T> | void;
}): SchemaForm<T> {
  const { schema, onSave, mapPath, active = true, saveByDefault = true } = options;
  const form = useForm<T>({
    // raw: the values go to the service as typed; the service parses them again with the same schema.
    resolver: zodResolver(schema as z.ZodType<T, T>, undefined, { raw: true }) as unknown as Resolver<T>,
    defaultValues: options.defaultValues as DefaultValues<T>,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  const [error, setError] = useState<CallError | null>(null);
  const nav = useNavigation();
  const key = useId();
  const ref = useRef<HTMLElement | null>(null);
  const save = useRef(onSave);
  const map = useRef(mapPath);
  const tidy = useRef(options.tidy);
  useEffect(() => {
    save.current = onSave;
    map.current = mapPath;
    tidy.current = options.tidy;
  });

  const submit = useCallback(() => {
    const tidied = tidy.current?.(form.getValues());
    if (tidied) {
      for (const [key, value] of Object.entries(tidied)) form.setValue(key as Path<T>, value as never, { shouldDirty: true });
    }
    return form.handleSubmit(async (values) => {
      try {
        const next = await save.current(values);
        setError(null);
        form.reset(next ?? values);
      } catch (e) {
        const err = asCallError(e);
        setError(err);
        let focused = false;
        for (const problem of err.problems) {
          const path = map.current ? map.current(problem.path) : problem.path;
          if (!path) continue;
          form.setError(formPath(path) as Path<T>, { type: 'server', message: problem.message }, { shouldFocus: !focused });
          focused = true;
        }
      }
    })();
  }, [form]);

  const { isDirty, isSubmitting } = form.formState;
  useEffect(() => {
    nav.setDirty(active && isDirty, key);
  }, [nav, active, isDirty, key]);
  useEffect(() => () => nav.setDirty(false, key), [nav, key]);
  useEffect(() => {
    if (!active) return;
    return nav.registerSave(key, {
      save: () => void submit(),
      element: () => ref.current,
      isDirty: () => form.formState.isDirty,
      byDefault: saveByDefault,
    });
  }, [nav, active, key, submit, form, saveByDefault]);

  return { form, submit, error, setError, saving: isSubmitting, ref };
}
