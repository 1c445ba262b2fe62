import { useCallback } from 'react';
import { useReportError } from '../../app/useReportError';
import { useToaster } from '../../ui/Toasts';

/**
 * Runs a repository write: on success a short confirmation, on refusal the db's own reason
 * (Vietnamese/English) as a toast. Resolves whether it succeeded, so a dialog knows to close.
 */
export function useAction(): (write: () => Promise<unknown>, done: string) => Promise<boolean> {
  const report = useReportError();
  const toaster = useToaster();
  return useCallback(
    async (write, done) => {
      try {
        await write();
        toaster.show('success', done);
        return true;
      } catch (error) {
        report(error);
        return false;
      }
    },
    [report, toaster],
  );
}
