import type { Metadata } from "next";

import { IcpForm } from "@/components/icps/icp-form";
import { getIcpFormConfig } from "@/components/icps/icp-form-config";
import { IcpFormHeader } from "@/components/icps/icp-form-header";
import { requireTeamContext } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New ICP" };

export default async function NewIcpPage() {
  await requireTeamContext();
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <IcpFormHeader
        title="New ICP"
        description="Describe who you sell to. Nothing is saved until you Save."
        backHref="/icps"
        backLabel="ICPs"
      />
      <IcpForm config={getIcpFormConfig()} mode="create" cancelHref="/icps" />
    </div>
  );
}
