/** What a frame shows when its link cannot open the view. */
export function EmbedUnavailable() {
  return (
    <div role="alert" className="grid gap-1 p-4 text-sm">
      <h1 className="font-semibold">This view cannot be shown</h1>
      <p className="text-muted-foreground">
        Embed links work once and for a few minutes, and only while the site
        showing them is allowed. Reload the page to get a new link.
      </p>
    </div>
  );
}
