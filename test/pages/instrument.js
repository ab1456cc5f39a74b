// Counts, from the first moment of a test page, what an element could leave behind: event
// listeners, observer registrations, timers and animation frames. A classic script, loaded
// before the bundle (test/browser/reliability-lifecycle.test.ts reads `window.instrument`).
(() => {
  /** Live listeners: {target, type, listener, capture}, held weakly (they must not keep a node alive). */
  const listeners = new Set();
  /** The same entries by target, to find one fast. */
  const byTarget = new WeakMap();
  const captureOf = (options) => (typeof options === 'boolean' ? options : !!options?.capture);
  const find = (target, type, listener, capture) =>
    byTarget.get(target)?.find((e) => e.type === type && e.listener.deref() === listener && e.capture === capture);
  const forget = (entry) => {
    listeners.delete(entry);
    const list = byTarget.get(entry.target.deref());
    if (list) list.splice(list.indexOf(entry), 1);
  };
  const { addEventListener, removeEventListener } = EventTarget.prototype;
  // A bare `addEventListener(…)` in a module calls them with no `this`: the window's.
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    const target = this ?? window;
    const capture = captureOf(options);
    if (listener && !find(target, type, listener, capture)) {
      const entry = { target: new WeakRef(target), type, listener: new WeakRef(listener), capture };
      listeners.add(entry);
      if (!byTarget.has(target)) byTarget.set(target, []);
      byTarget.get(target).push(entry);
      // A listener that removes itself ({once}, or an aborted signal) is gone too.
      if (options?.once) {
        const original = listener;
        listener = function (event) {
          forget(entry);
          return typeof original === 'function' ? original.call(this, event) : original.handleEvent(event);
        };
        entry.listener = new WeakRef(original);
        entry.wrapped = listener;
      }
      options?.signal?.addEventListener('abort', () => forget(entry), { once: true });
      return addEventListener.call(target, type, listener, options);
    }
    return addEventListener.call(target, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    const target = this ?? window;
    const entry = listener && find(target, type, listener, captureOf(options));
    if (entry) {
      forget(entry);
      if (entry.wrapped) return removeEventListener.call(target, type, entry.wrapped, options);
    }
    return removeEventListener.call(target, type, listener, options);
  };

  /** Observed targets per observer kind, held weakly. */
  const observed = new Map();
  for (const name of ['IntersectionObserver', 'ResizeObserver', 'MutationObserver']) {
    const proto = window[name]?.prototype;
    if (!proto) continue;
    const live = new Set();
    observed.set(name, live);
    const { observe, unobserve, disconnect } = proto;
    proto.observe = function (target, ...rest) {
      live.add({ observer: new WeakRef(this), target: new WeakRef(target) });
      return observe.call(this, target, ...rest);
    };
    if (unobserve) {
      proto.unobserve = function (target) {
        for (const e of live) if (e.observer.deref() === this && e.target.deref() === target) live.delete(e);
        return unobserve.call(this, target);
      };
    }
    proto.disconnect = function () {
      for (const e of live) if (e.observer.deref() === this) live.delete(e);
      return disconnect.call(this);
    };
  }

  /** Timers and frames: how many are pending, and how many callbacks ran. */
  const pending = { timeouts: new Set(), intervals: new Set(), frames: new Set() };
  const ran = { timeouts: 0, intervals: 0, frames: 0 };
  const wrap = (kind, schedule, cancel, once) => {
    const set = pending[kind];
    window[schedule.name] = function (callback, ...rest) {
      const id = schedule.call(window, function (...args) {
        ran[kind] += 1;
        if (once) set.delete(id);
        return typeof callback === 'function' ? callback.apply(this, args) : undefined;
      }, ...rest);
      set.add(id);
      return id;
    };
    window[cancel.name] = function (id) {
      set.delete(id);
      return cancel.call(window, id);
    };
  };
  wrap('timeouts', window.setTimeout, window.clearTimeout, true);
  wrap('intervals', window.setInterval, window.clearInterval, false);
  wrap('frames', window.requestAnimationFrame, window.cancelAnimationFrame, true);

  /** Is this target still part of the page (a detached node's listeners die with it)? */
  const inPage = (target) => !(target instanceof Node) || target.isConnected;

  /** Every node of the document, shadow roots included. */
  const countNodes = (root) => {
    let n = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      n += 1;
      if (node.shadowRoot) n += countNodes(node.shadowRoot);
    }
    return n;
  };

  window.instrument = {
    counts() {
      let live = 0;
      for (const e of listeners) {
        const target = e.target.deref();
        if (!target) listeners.delete(e);
        else if (inPage(target)) live += 1;
      }
      const observations = {};
      for (const [name, set] of observed) {
        for (const e of set) if (!e.observer.deref() || !e.target.deref()) set.delete(e);
        observations[name] = [...set].filter((e) => e.target.deref().isConnected).length;
      }
      return {
        listeners: live,
        observations,
        nodes: countNodes(document),
        timeouts: pending.timeouts.size,
        intervals: pending.intervals.size,
        frames: pending.frames.size,
      };
    },
    ran: () => ({ ...ran }),
  };
})();
