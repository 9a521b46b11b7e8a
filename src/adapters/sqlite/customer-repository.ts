// Buyers: one customer per person, reached through their platform identities
// (a TikTok user id, a Facebook user id, ...) or, for phone orders, a phone number.
import type { Database, Statement } from 'better-sqlite3';

export interface Customer {
  id: number;
  displayName: string;
  phone: string | null;
  address: string;
}

interface CustomerRow {
  id: number;
  display_name: string;
  phone: string | null;
  address: string;
}

const toCustomer = (row: CustomerRow): Customer => ({ id: row.id, displayName: row.display_name, phone: row.phone, address: row.address });

export class CustomerRepository {
  /**
   * platform + user id → customer id: every comment needs it, so the most recent
   * buyers are remembered (a Map keeps insertion order: the oldest go first when full).
   */
  private readonly identities = new Map<string, number>();
  private static readonly REMEMBERED = 50_000;
  private readonly identityOf: Statement<[string, string], { customer_id: number }>;
  private readonly insertCustomer: Statement<[string, string | null, string, string, string]>;
  private readonly insertIdentity: Statement<[number, string, string, string, string]>;
  private readonly updatePhone: Statement<[string, string, number, string]>;
  private readonly updateAddress: Statement<[string, string, number, string]>;
  private readonly byId: Statement<[number], CustomerRow>;
  private readonly byPhone: Statement<[string], CustomerRow>;

  constructor(db: Database) {
    this.identityOf = db.prepare('SELECT customer_id FROM customer_identities WHERE platform = ? AND platform_user_id = ?');
    this.insertCustomer = db.prepare(
      'INSERT INTO customers (display_name, phone, address, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.insertIdentity = db.prepare(
      'INSERT INTO customer_identities (customer_id, platform, platform_user_id, display_name, first_seen_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.updatePhone = db.prepare('UPDATE customers SET phone = ?, updated_at = ? WHERE id = ? AND phone IS NOT ?');
    this.updateAddress = db.prepare('UPDATE customers SET address = ?, updated_at = ? WHERE id = ? AND address IS NOT ?');
    this.byId = db.prepare('SELECT id, display_name, phone, address FROM customers WHERE id = ?');
    this.byPhone = db.prepare(
      'SELECT id, display_name, phone, address FROM customers WHERE phone = ? AND merged_into IS NULL ORDER BY id LIMIT 1',
    );
  }

  /** The customer behind a platform identity, created on their first comment. */
  forIdentity(platform: string, userId: string, displayName: string, now: string): number {
    const key = `${platform}\u0000${userId}`;
    const known = this.identities.get(key);
    if (known !== undefined) {
      // Seen again: move to the young end so an active buyer is never the one forgotten.
      this.identities.delete(key);
      this.identities.set(key, known);
      return known;
    }
    let id = this.identityOf.get(platform, userId)?.customer_id;
    if (id === undefined) {
      id = Number(this.insertCustomer.run(displayName.trim() || userId, null, '', now, now).lastInsertRowid);
      this.insertIdentity.run(id, platform, userId, displayName, now);
    }
    this.identities.set(key, id);
    if (this.identities.size > CustomerRepository.REMEMBERED) this.identities.delete(this.identities.keys().next().value!);
    return id;
  }

  /** Forget remembered identities (their transaction rolled back). */
  forgetRemembered(): void {
    this.identities.clear();
  }

  create(fields: { displayName: string; phone: string | null; address: string }, now: string): Customer {
    const id = Number(this.insertCustomer.run(fields.displayName, fields.phone, fields.address, now, now).lastInsertRowid);
    return this.get(id)!;
  }

  get(id: number): Customer | undefined {
    const row = this.byId.get(id);
    return row && toCustomer(row);
  }

  findByPhone(phone: string): Customer | undefined {
    const row = this.byPhone.get(phone);
    return row && toCustomer(row);
  }

  /** True when the phone changed. */
  savePhone(customerId: number, phone: string, now: string): boolean {
    return this.updatePhone.run(phone, now, customerId, phone).changes > 0;
  }

  saveAddress(customerId: number, address: string, now: string): boolean {
    return this.updateAddress.run(address, now, customerId, address).changes > 0;
  }
}
