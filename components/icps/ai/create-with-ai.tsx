import "server-only";

import { getIcpFormConfig } from "@/components/icps/icp-form-config";
import { DESCRIPTION_MAX, DESCRIPTION_MIN } from "@/lib/ai/schema";

import { CreateWithAiDialog } from "./create-with-ai-dialog";

/**
 * The "Create with AI" button and its dialog, with what they need from
 * the server: the form's vocabularies, the description limits and the
 * configured model (the taxonomy stays out of the browser bundle).
 */
export function CreateWithAi() {
  const config = getIcpFormConfig();
  return (
    <CreateWithAiDialog
      config={config}
      limits={{ min: DESCRIPTION_MIN, max: DESCRIPTION_MAX }}
      model={config.ai?.model ?? null}
    />
  );
}
