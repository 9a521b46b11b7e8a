// The accounts the seller marked as the shop's own, kept in the settings
// table and in memory: the ingest asks about every comment's author.
import { z } from 'zod';
import type { SettingsStore } from '../../adapters/sqlite/settings-store';
import { staffAccountSchema, type StaffAccount } from '../../core/chat/staff-account';
import { staffKey } from '../../core/chat/staff-key';

export const STAFF_SETTING = 'live.staffAccounts';

export class StaffRoster {
  private accounts: StaffAccount[];
  private keys: Set<string>;

  constructor(private readonly settings: SettingsStore) {
    // a value an older or newer app wrote that no longer fits: nobody is marked, rather than a failed start
    const stored = z.array(staffAccountSchema).safeParse(settings.readAll()[STAFF_SETTING]);
    this.accounts = stored.success ? stored.data : [];
    this.keys = new Set(this.accounts.map((account) => staffKey(account.platform, account.userId)));
  }

  /** Whether this author is the shop's own (every comment asks: a set lookup, none when nobody is marked). */
  has(platform: string, userId: string): boolean {
    return this.keys.size > 0 && this.keys.has(staffKey(platform, userId));
  }

  list(): StaffAccount[] {
    return [...this.accounts];
  }

  /** Marks or unmarks an account; its comments from now on follow. Returns the list as saved. */
  set(account: StaffAccount, staff: boolean): StaffAccount[] {
    const key = staffKey(account.platform, account.userId);
    const others = this.accounts.filter((known) => staffKey(known.platform, known.userId) !== key);
    const next = staff ? [...others, { platform: account.platform, userId: account.userId, userName: account.userName }] : others;
    this.settings.writeMany({ [STAFF_SETTING]: next });
    this.accounts = next;
    this.keys = new Set(next.map((known) => staffKey(known.platform, known.userId)));
    return this.list();
  }
}
