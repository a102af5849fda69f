// Outside a React server bundle "server-only" throws on import; the bench runs server code
// directly, so it resolves to an empty module here (as tests do through their alias).
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return nextResolve(specifier, context);
}
