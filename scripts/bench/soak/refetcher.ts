// A screen's refetch after each (re)subscription: retried every second until it succeeds (the app
// may be down), overlapping calls coalesced into one more run. `lastStartedAt` is when the last
// successful one began, which the checks compare with the channel's last subscription.

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const MAX_TRIES = 120;

export class Refetcher {
  lastStartedAt = 0;
  private running: Promise<void> | null = null;
  private again = false;

  /** `fetchOnce(startedAt)` reads and applies the state, saying whether the read succeeded. */
  constructor(private readonly fetchOnce: (startedAt: number) => Promise<boolean>) {}

  run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        for (let tries = 0; tries < MAX_TRIES; tries++) {
          const startedAt = Date.now();
          if (await this.fetchOnce(startedAt)) {
            this.lastStartedAt = startedAt;
            break;
          }
          await sleep(1000);
        }
      } while (this.again);
      this.running = null;
    })();
    return this.running;
  }

  pending(): boolean {
    return this.running !== null;
  }
}
