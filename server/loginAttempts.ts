import type { Limit } from './config'
import type { KnownAddresses } from './store/knownAddresses'

/** Attempts counted per key in fixed windows: the first attempt of a key opens its window. */
export class Budget {
  private readonly windows = new Map<string, { used: number; endsAt: number }>()
  private sweepAt = 0

  constructor(
    private readonly limit: Limit,
    private readonly now: () => number,
  ) {}

  /** Takes one attempt: 0 when taken, else the seconds until the key has one again. */
  take(key: string): number {
    const now = this.now()
    this.sweep(now)
    let window = this.windows.get(key)
    if (!window || window.endsAt <= now) {
      window = { used: 0, endsAt: now + this.limit.windowMs }
      this.windows.set(key, window)
    }
    if (window.used >= this.limit.max) return Math.max(1, Math.ceil((window.endsAt - now) / 1000))
    window.used++
    return 0
  }

  giveBack(key: string): void {
    const window = this.windows.get(key)
    if (window && window.used > 0) window.used--
  }

  // Forgets ended windows now and then, so names and addresses seen once do not pile up.
  private sweep(now: number): void {
    if (now < this.sweepAt) return
    this.sweepAt = now + 60_000
    for (const [key, w] of this.windows) if (w.endsAt <= now) this.windows.delete(key)
  }
}

export interface Attempt {
  /** The password was right: the attempt does not count, and the address is remembered for the name. */
  succeeded(): Promise<void>
  /** The check itself failed (not a wrong password): the attempt does not count. */
  cancelled(): void
}

/**
 * Login guesses, limited per address and per account name. An attempt is reserved before the slow
 * password check and only given back if the password was right, so however many guesses arrive at
 * once, no more than the limits are ever checked.
 *
 * A name's budget is shared by every address it never logged in from; an address it did log in from
 * has a budget of its own for it. So strangers who spend a name's budget lock it out only where the
 * analyst never worked from: not from the analyst's usual desk.
 */
export class LoginAttempts {
  private readonly byAddress: Budget
  private readonly byName: Budget
  private readonly byNameAtKnown: Budget

  constructor(
    limits: { readonly perIp: Limit; readonly perName: Limit },
    private readonly known: KnownAddresses,
    now: () => number = Date.now,
  ) {
    this.byAddress = new Budget(limits.perIp, now)
    this.byName = new Budget(limits.perName, now)
    this.byNameAtKnown = new Budget(limits.perName, now)
  }

  /** Reserves an attempt of `name` from `address`, or says in how many seconds one is possible. */
  reserve(name: string, address: string): Attempt | { readonly retryAfter: number } {
    const atKnown = this.known.has(name, address)
    const [names, nameKey] = atKnown ? [this.byNameAtKnown, `${name}\n${address}`] : [this.byName, name]
    const addressWait = this.byAddress.take(address)
    if (addressWait) return { retryAfter: addressWait }
    const nameWait = names.take(nameKey)
    if (nameWait) {
      this.byAddress.giveBack(address)
      return { retryAfter: nameWait }
    }
    const giveBack = () => {
      this.byAddress.giveBack(address)
      names.giveBack(nameKey)
    }
    return {
      succeeded: () => {
        giveBack()
        return this.known.add(name, address)
      },
      cancelled: giveBack,
    }
  }
}
