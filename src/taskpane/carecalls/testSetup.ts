// jsdom lacks these; Fluent's Dialog, Switch and positioning call them.
export function installJsdomShims(): void {
  if (!window.requestAnimationFrame) window.requestAnimationFrame = (cb) => setTimeout(() => cb(0), 0) as unknown as number;
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
