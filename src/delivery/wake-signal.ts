// One waiter at a time (the sender's loop): woken by a timer, notify/stop, freed slots or a finished flush.
export class WakeSignal {
  private waiter: (() => void) | undefined;

  readonly kick = (): void => this.waiter?.();

  nap(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        if (this.waiter === done) this.waiter = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiter = done;
    });
  }
}
