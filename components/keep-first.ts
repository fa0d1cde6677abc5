import { createContext } from 'react';

/**
 * Set around an account not kept yet: a rep's answer in the panel is a
 * change to the account, so it is kept (and opened) before the answer is
 * saved on it; false when it could not be. Absent around a stored account.
 */
export const KeepFirst = createContext<(() => Promise<boolean>) | undefined>(undefined);
