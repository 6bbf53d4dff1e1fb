import { signIn } from "@/app/(auth)/auth";
import { Button } from "@/components/ui/button";

export function OAuthButtons(props: {
  providers: { github: boolean; google: boolean };
  next?: string;
}) {
  const list = (["github", "google"] as const).filter(
    (p) => props.providers[p],
  );
  if (!list.length) return null;
  const redirectTo = props.next?.startsWith("/") ? props.next : "/icps";
  return (
    <div className="grid gap-2">
      {list.map((provider) => (
        <form
          key={provider}
          action={async () => {
            "use server";
            await signIn(provider, { redirectTo });
          }}
        >
          <Button type="submit" variant="outline" className="w-full">
            Continue with {provider === "github" ? "GitHub" : "Google"}
          </Button>
        </form>
      ))}
      <p className="text-center text-xs text-muted-foreground">or</p>
    </div>
  );
}
