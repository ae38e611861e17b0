/**
 * The items in `compare` order, produced lazily: a binary heap is built in
 * linear time and each item taken costs log n. The routing plan usually stops
 * after the few chats that fit the free slots, so it need not sort a queue of
 * thousands on every assignment (bench:assign: one freed slot with 10,000
 * queued cost a full sort, 9-19 ms).
 */
export function* ordered<T>(items: Iterable<T>, compare: (a: T, b: T) => number): Generator<T> {
  const heap = [...items];
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(heap, i, compare);
  while (heap.length > 0) {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      siftDown(heap, 0, compare);
    }
    yield top;
  }
}

function siftDown<T>(heap: T[], start: number, compare: (a: T, b: T) => number): void {
  let i = start;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= heap.length) return;
    const right = left + 1;
    const child = right < heap.length && compare(heap[right]!, heap[left]!) < 0 ? right : left;
    if (compare(heap[child]!, heap[i]!) >= 0) return;
    [heap[i], heap[child]] = [heap[child]!, heap[i]!];
    i = child;
  }
}
