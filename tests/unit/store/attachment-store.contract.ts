import { afterEach, expect, it } from 'vitest';
import { newConversation } from '../../../server/core/conversation';
import type { AttachmentRecord } from '../../../server/store/attachment-store';
import type { Store } from '../../../server/store/store';

/** The attachment cases every Store implementation must pass: the bytes come back exactly, metadata apart. */
export function attachmentStoreContract(open: () => Promise<Store>): void {
  let store: Store;
  afterEach(async () => {
    await store?.close();
  });

  async function withConversation(id: string) {
    store = await open();
    await store.createPlayer({ id: `p-${id}`, siteId: 'demo', sessionHash: `h-${id}`, name: null, vipTier: 0, managerAgentId: null, externalId: null, createdAt: 1 });
    await store.createConversation(newConversation({ id, siteId: 'demo', playerId: `p-${id}`, createdAt: 10 }));
  }

  const record = (id: string, conversationId = 'c1', size = 4): AttachmentRecord => ({
    id,
    name: 'écran 1.png',
    type: 'image/png',
    size,
    siteId: 'demo',
    conversationId,
    uploader: 'player',
    uploaderId: 'p-c1',
    createdAt: 100,
  });

  it('stores every byte value and reads the file back, metadata without the bytes', async () => {
    await withConversation('c1');
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    await store.attachments.save(record('f1', 'c1', bytes.length), bytes);
    expect(await store.attachments.get('f1')).toEqual(record('f1', 'c1', 256));
    expect([...(await store.attachments.bytes('f1'))!]).toEqual([...bytes]);
    expect(await store.attachments.get('nope')).toBeNull();
    expect(await store.attachments.bytes('nope')).toBeNull();
  });

  it('counts the files of a conversation', async () => {
    await withConversation('c1');
    await store.createPlayer({ id: 'p-c2', siteId: 'demo', sessionHash: 'h-c2', name: null, vipTier: 0, managerAgentId: null, externalId: null, createdAt: 1 });
    await store.createConversation(newConversation({ id: 'c2', siteId: 'demo', playerId: 'p-c2', createdAt: 10 }));
    expect(await store.attachments.countInConversation('c1')).toBe(0);
    await store.attachments.save(record('f1'), new Uint8Array([1, 2, 3, 4]));
    await store.attachments.save(record('f2'), new Uint8Array([5, 6, 7, 8]));
    await store.attachments.save(record('f3', 'c2'), new Uint8Array([9, 9, 9, 9]));
    expect(await store.attachments.countInConversation('c1')).toBe(2);
    expect(await store.attachments.countInConversation('c2')).toBe(1);
  });

  it('keeps a message’s attachment reference with the message', async () => {
    await withConversation('c1');
    const attachment = { id: 'f1', name: 'id.pdf', type: 'application/pdf' as const, size: 1234 };
    const { message } = await store.appendMessage({ conversationId: 'c1', clientId: 'm-1', author: 'player', authorId: 'p-c1', authorName: null, text: 'id.pdf', at: 100, attachment });
    expect(message.attachment).toEqual(attachment);
    const [listed] = await store.listMessages('c1', 0, 10);
    expect(listed).toMatchObject({ text: 'id.pdf', attachment });
    await store.appendMessage({ conversationId: 'c1', clientId: 'm-2', author: 'player', authorId: 'p-c1', authorName: null, text: 'plain', at: 101 });
    expect((await store.listMessages('c1', 1, 10))[0]).not.toHaveProperty('attachment');
  });
}
