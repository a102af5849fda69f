import { EventEmitter } from "node:events";
import { parseChangeNotice, type ChangedPart } from "./channel";

/** Called with the part that changed when a notice names only one; with none, anything may have. */
export type ChangeListener = (part?: ChangedPart) => void;

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

  subscribe(key: string, listener: ChangeListener): () => void {
    this.emitter.on(key, listener);
    return () => this.emitter.off(key, listener);
  }

  /** `notice`: a notice's payload (channel.ts). */
  publish(notice: string): void {
    const { key, part } = parseChangeNotice(notice);
    this.emitter.emit(key, part);
  }

  /** After a gap in listening, notices may have been missed: every watched key reloads. */
  publishAll(): void {
    for (const name of this.emitter.eventNames()) {
      if (typeof name === "string") this.emitter.emit(name, undefined);
    }
  }
}
