import { createContext, useContext } from 'react';
import type { Path } from '@/lib/core/icp/draft-path';
import type { Draft } from '@/lib/core/icp/form-draft';

/** The draft the ICP form edits, its problems by path, and the edits it can make. */
export interface FormDraftApi {
  draft: Draft;
  problems: Map<string, string[]>;
  set(path: Path, value: unknown): void;
  remove(path: Path): void;
  append(path: Path, item: unknown): void;
}

export const FormDraftContext = createContext<FormDraftApi | null>(null);

export function useFormDraft(): FormDraftApi {
  const api = useContext(FormDraftContext);
  if (!api) throw new Error('ICP form fields must sit inside <IcpForm>');
  return api;
}
