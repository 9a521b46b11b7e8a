// The accounts marked as the shop's own (helpers typing from their own
// accounts without moderator rights): what they write makes no order. Marked
// from the feed; listed here so one can be unmarked whenever, even when none
// of their comments is on screen.
import { useCallback, useEffect, useState } from 'react';
import { client } from '../../api/client';
import { errorText, useTranslation } from '../../i18n';
import { useToasts } from '../../components/toasts';
import type { StaffView } from './use-live-data';
import { useStaffMark } from './use-staff-mark';

export function StaffPanel() {
  const { t } = useTranslation('live');
  const toasts = useToasts();
  const [staff, setStaff] = useState<StaffView[]>([]);

  const load = useCallback(() => {
    client
      .call('listStaff', {})
      .then(setStaff)
      .catch((error: unknown) => toasts.show(errorText(error), { kind: 'error' }));
  }, [toasts]);

  useEffect(() => {
    load();
    return client.subscribe((event) => {
      if (event.event === 'staffChanged') setStaff(event.payload.staff);
    });
  }, [load]);

  const mark = useStaffMark();

  return (
    <div className="staff-panel" data-testid="staff-panel">
      <h2>{t('staff.title')}</h2>
      {staff.length === 0 ? (
        <p className="muted small">{t('staff.none')}</p>
      ) : (
        <ul>
          {staff.map((account) => (
            <li key={`${account.platform}:${account.userId}`}>
              <span className="feed-user">{account.userName || account.userId}</span> <span className="muted small">{account.platform}</span>{' '}
              <button type="button" onClick={() => void mark(account, false)}>
                {t('staff.unmark')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
