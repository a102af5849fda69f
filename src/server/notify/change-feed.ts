import { EventEmitter } from "node:events";

export type ChangeListener = (blocYearId: string) => void;

/**
 * The in-process fan-out of "bloc-year changed" notices: one database listener feeds it, every
 * open conference stream of this process subscribes to the one bloc-year it shows.
 */
export class ChangeFeed {
  private readonly emitter = new EventEmitter();

  constructor() {
    // Hundreds of screens may watch one bloc-year; that is the point, not a leak.
    this.emitter.setMaxListeners(0);
  }

  subscribe(blocYearId: string, listener: ChangeListener): () => void {
    this.emitter.on(blocYearId, listener);
    return () => this.emitter.off(blocYearId, listener);
  }

  publish(blocYearId: string): void {
    this.emitter.emit(blocYearId, blocYearId);
  }

  /** After a gap in listening, notices may have been missed: every watched bloc-year reloads. */
  publishAll(): void {
    for (const name of this.emitter.eventNames()) {
      if (typeof name === "string") this.publish(name);
    }
  }
}
