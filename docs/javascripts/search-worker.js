// Material's own search worker, loaded unchanged, answering only the
// newest query. The theme posts one query per key released and its worker
// answers them in turn, so a reader typing faster than a one-letter query
// takes (up to 95 ms: `n` lists 1,833 entries) waited for every prefix
// before seeing the word typed. Here a query that arrives while an older
// one still waits replaces it; the query being searched is never cut off.
// Each answer names the query it answers (`query`; material ignores the
// field), so the browser tests and the benchmark can wait for the answer
// to what was typed. The page names material's worker in the URL
// (`?material=`, see overrides/main.html): its file name is hashed.
"use strict";

(() => {
  const QUERY = 2;
  const RESULT = 3;
  const handlers = [];
  const listen = self.addEventListener.bind(self);
  const post = self.postMessage.bind(self);
  self.addEventListener = (type, handler, options) =>
    type === "message"
      ? handlers.push(handler)
      : listen(type, handler, options);
  let answering = null;
  self.postMessage = (message, ...rest) =>
    post(
      message && message.type === RESULT
        ? { ...message, query: answering }
        : message,
      ...rest,
    );
  importScripts(new URL(location.href).searchParams.get("material"));

  const handle = (event) => {
    if (event.data && event.data.type === QUERY) answering = event.data.data;
    for (const handler of handlers) handler(event);
  };
  // Material's handler searches at once and posts its answer a microtask
  // later, before the next task: `answering` still names its query then.
  let newest = null;
  listen("message", (event) => {
    if (!event.data || event.data.type !== QUERY) return handle(event);
    // Queries queued while a search ran are normally delivered before
    // this timer fires: the newest of them is the one searched.
    if (newest === null)
      setTimeout(() => {
        const event = newest;
        newest = null;
        handle(event);
      });
    newest = event;
  });
})();
