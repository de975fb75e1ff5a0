import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

/*
 * One polite live region for the whole app: "Gemt." after a save is announced without
 * moving focus away from where the person is working.
 */

const AnnounceContext = createContext<(message: string) => void>(() => undefined);

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const announce = useCallback((next: string) => {
    clearTimeout(timer.current);
    // Emptied first, so the same words said twice are announced twice.
    setMessage('');
    timer.current = setTimeout(() => setMessage(next), 50);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <p className="sr-only" role="status" aria-live="polite" data-testid="announcer">
        {message}
      </p>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}
