/** Live queries behind the document actions; undefined while loading, as every data hook. */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db';
import { documentsFrom } from '../documents';
import { RefusedError } from '../errors';
import type { RegisteredDocument } from '../schemas';
import { meetingOutcome } from './meeting';
import type { MeetingOutcome } from './meeting';
import { upwardState, type UpwardState } from '../upwardDossiers';
import type { AwardCode } from '../../domain/vocabulary';

/** Documents issued from a record (a meeting, a nomination…), newest first. */
export function useDocumentsFrom(sourceId: string | null): RegisteredDocument[] | undefined {
  return useLiveQuery(
    async () => (sourceId ? (await documentsFrom(getDb(), sourceId)).sort((a, b) => b.createdAt.localeCompare(a.createdAt)) : []),
    [sourceId],
  );
}

/** Ballot results of a meeting as the documents will state them; null when the meeting is gone. */
export function useMeetingOutcome(meetingId: string): MeetingOutcome | null | undefined {
  return useLiveQuery(async () => {
    try {
      return await meetingOutcome(getDb(), meetingId);
    } catch (error) {
      if (error instanceof RefusedError) return null;
      throw error;
    }
  }, [meetingId]);
}

/** The upward dossier of a meeting's title, kept current as documents are issued. */
export function useUpwardState(meetingId: string, titleCode: AwardCode): UpwardState | undefined {
  return useLiveQuery(() => upwardState(getDb(), meetingId, titleCode), [meetingId, titleCode]);
}
