import type { Metadata } from "next";

import { IcpForm } from "@/components/icps/icp-form";
import {
  getIcpFormConfig,
  icpToFormValues,
} from "@/components/icps/icp-form-config";
import { IcpFormHeader } from "@/components/icps/icp-form-header";

import { loadTeamIcp } from "../load-icp";

type Params = Promise<{ id: string }>;

export async function generateMetadata(props: {
  params: Params;
}): Promise<Metadata> {
  const { icp } = await loadTeamIcp((await props.params).id);
  return { title: `Edit ${icp.name}` };
}

export default async function EditIcpPage(props: { params: Params }) {
  const { icp } = await loadTeamIcp((await props.params).id);
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <IcpFormHeader
        title={`Edit ${icp.name}`}
        description={
          `Version ${icp.version}. Changing criteria or weights makes ` +
          "existing scores out of date until leads are scored again."
        }
        backHref={`/icps/${icp.id}`}
        backLabel={icp.name}
      />
      <IcpForm
        config={getIcpFormConfig()}
        mode="edit"
        icpId={icp.id}
        initialValues={icpToFormValues(icp)}
        cancelHref={`/icps/${icp.id}`}
      />
    </div>
  );
}
