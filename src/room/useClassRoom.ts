/**
 * The app's hold on a class room: the room from `?class=CODE` or the one this device is in, joined
 * at start; a code typed on the title screen joined on request; the story's events passed to the
 * reporter. Classroom mode goes on when a room is joined.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { StorageLike } from '../engine/save.ts';
import { isRoomCode, normaliseRoomCode } from './api.ts';
import { joinRoom, keptRoom, newDeviceId, RoomReporter, type HeardEvent, type JoinAnswer } from './reporter.ts';

export type RoomStatus =
  | { kind: 'none' }
  | { kind: 'joining'; code: string }
  | { kind: 'joined'; code: string }
  | { kind: 'malformed'; code: string }
  | { kind: 'refused'; code: string; answer: Exclude<JoinAnswer, 'joined'> }
  | { kind: 'gone'; code: string };

export interface ClassRoom {
  status: RoomStatus;
  /** Joins the room whose code a student typed. */
  join: (typed: string) => void;
  leave: () => void;
  /** Hears the story's events (choice, undo, ending); ignored outside a room. */
  hear: (event: HeardEvent) => void;
}

export function useClassRoom(
  fromUrl: string | undefined,
  storage: StorageLike,
  onJoined: () => void,
  fetchFn: typeof fetch = (...args) => fetch(...args),
): ClassRoom {
  const [status, setStatus] = useState<RoomStatus>({ kind: 'none' });
  const reporter = useRef<RoomReporter | undefined>(undefined);
  const joinedNow = useRef(onJoined);
  useEffect(() => {
    joinedNow.current = onJoined;
  }, [onJoined]);

  const join = useCallback(
    (typed: string) => {
      const code = normaliseRoomCode(typed);
      if (!isRoomCode(code)) {
        setStatus({ kind: 'malformed', code: typed.trim() });
        return;
      }
      if (reporter.current?.code === code) {
        setStatus({ kind: 'joined', code });
        return;
      }
      setStatus({ kind: 'joining', code });
      // The device id this room knows it by: the kept one for the same room, else a new one.
      const kept = new RoomReporter(code, {
        storage,
        fetch: fetchFn,
        random: newDeviceId,
        onGone: () => {
          reporter.current = undefined;
          setStatus({ kind: 'gone', code });
        },
      });
      void joinRoom(code, kept.device, fetchFn).then((answer) => {
        if (answer === 'joined') {
          reporter.current?.stop();
          reporter.current = kept;
          setStatus({ kind: 'joined', code });
          joinedNow.current();
        } else {
          // Nothing kept of a room not joined; the room this device was in, if any, stays.
          kept.stop();
          if (reporter.current) reporter.current.keep();
          else kept.leave();
          setStatus({ kind: 'refused', code, answer });
        }
      });
    },
    [fetchFn, storage],
  );

  useEffect(() => {
    const code = fromUrl ?? keptRoom(storage);
    if (!code) return;
    // After the first paint: the title screen shows at once, and says "Joining…" while it asks.
    const timer = setTimeout(() => join(code), 0);
    return () => clearTimeout(timer);
    // Once, for the page as it opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const leave = useCallback(() => {
    reporter.current?.leave();
    reporter.current = undefined;
    setStatus({ kind: 'none' });
  }, []);

  const hear = useCallback((event: HeardEvent) => reporter.current?.hear(event), []);
  return { status, join, leave, hear };
}
