import type { Dataset } from '../data/types.js';

/**
 * What the timeline's drawing (./timeline-view.ts, loaded on demand) needs of its element: the
 * chunk sees this interface, never the element class.
 */
export interface TimelineHost {
  /** The whole dataset, whose claims the axis shows whatever the date. */
  readonly fullData: Dataset | null;
  /** The width to draw at. */
  readonly drawWidth: number;
  readonly from: string | null;
  readonly asOf: string | null;
  readonly selected: string | null;
  readonly playing: boolean;
  play(): void;
  pause(): void;
  /** A reader's change of date: shared with the group, announced, `as-of-change` fired. */
  changeAsOf(value: string | null, stopPlaying?: boolean): void;
}
