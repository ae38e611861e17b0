import { useEffect, useState } from 'preact/hooks';
import { CannedListSchema, type CannedReply } from '../../protocol';
import { getJson } from './rest';

/** The site's canned replies, fetched once per desk (an admin's edits show after a reload). */
export function useCannedReplies(): CannedReply[] {
  const [replies, setReplies] = useState<CannedReply[]>([]);
  useEffect(() => {
    let cancelled = false;
    void getJson('/api/canned', CannedListSchema).then((result) => {
      if (!cancelled && result.ok) setReplies(result.value.replies);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return replies;
}
