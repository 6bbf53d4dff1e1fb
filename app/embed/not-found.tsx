import { EmbedUnavailable } from "@/components/embed/embed-unavailable";

export default function EmbedNotFound() {
  return <EmbedUnavailable />;
}
