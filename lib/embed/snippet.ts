/**
 * The code a partner copies from Settings → Embedding: the server call
 * that creates a one-time URL, and the page that frames it and listens.
 */
export function embedSnippet(input: { appUrl: string; origin: string }): {
  server: string;
  page: string;
} {
  const app = JSON.stringify(input.appUrl);
  const origin = JSON.stringify(input.origin);
  const server = [
    "// On your server, for each page view. Keep the API key there: it",
    "// must never reach a browser.",
    `const res = await fetch(${JSON.stringify(
      `${input.appUrl}/api/v1/embed/sessions`,
    )}, {`,
    '  method: "POST",',
    "  headers: {",
    "    Authorization: `Bearer ${process.env.ICP_STUDIO_API_KEY}`,",
    '    "Content-Type": "application/json",',
    "  },",
    "  body: JSON.stringify({",
    `    origin: ${origin},`,
    '    view: "icps", // or "icp" / "lead-list" with an id',
    "    readOnly: true,",
    "  }),",
    "});",
    "// A one-time URL that expires within minutes: render it right away.",
    "const { url } = await res.json();",
  ].join("\n");

  const page = [
    '<iframe id="icp-studio" title="ICP Studio" src="{{ url }}"',
    '  style="width: 100%; border: 0"></iframe>',
    "<script>",
    `  const ICP_STUDIO = ${app};`,
    '  const frame = document.getElementById("icp-studio");',
    '  window.addEventListener("message", (event) => {',
    "    if (event.origin !== ICP_STUDIO) return;",
    "    if (event.source !== frame.contentWindow) return;",
    "    const msg = event.data;",
    '    if (msg.type === "resize") frame.style.height = `${msg.height}px`;',
    '    if (msg.type === "icp:selected") console.log(msg.id, msg.name);',
    "    // Fetch a new URL from your server when the session ends.",
    '    if (msg.type === "session:expired") location.reload();',
    "  });",
    "  // Follow your own theme switch:",
    "  // frame.contentWindow.postMessage(",
    '  //   { type: "theme", theme: "dark" }, ICP_STUDIO);',
    "</script>",
  ].join("\n");

  return { server, page };
}
