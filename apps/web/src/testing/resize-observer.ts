/** Recharts measures its container; jsdom has no layout, so a do-nothing observer is enough in tests. */
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}

export function installResizeObserverStub(): void {
  Object.assign(globalThis, { ResizeObserver: ResizeObserverStub });
}
