// Marking an account as the shop's own, or unmarking it, from the feed or from
// the staff panel: one call to the app and one toast saying what was done.
import { useCallback } from 'react';
import { client } from '../../api/client';
import { errorText, useTranslation } from '../../i18n';
import { useToasts } from '../../components/toasts';
import type { StaffView } from './use-live-data';

export function useStaffMark(): (account: StaffView, staff: boolean) => Promise<void> {
  const { t } = useTranslation('live');
  const toasts = useToasts();
  return useCallback(
    async (account, staff) => {
      try {
        await client.call('setStaff', { platform: account.platform, userId: account.userId, userName: account.userName, staff });
        toasts.show(t(staff ? 'feed.markedStaff' : 'feed.unmarkedStaff', { name: account.userName }));
      } catch (error) {
        toasts.show(errorText(error), { kind: 'error' });
      }
    },
    [t, toasts],
  );
}
