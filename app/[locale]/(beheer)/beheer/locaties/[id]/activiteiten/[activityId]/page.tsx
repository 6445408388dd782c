import { ActivityFormPage } from "../activity-form-page";

type Props = { params: Promise<{ id: string; activityId: string }> };

/** /beheer/locaties/<id>/activiteiten/<activityId>: change one activity of the facility's programme. */
export default async function EditActivityPage({ params }: Props) {
  const { id, activityId } = await params;
  return <ActivityFormPage facilityId={id} activityId={activityId} />;
}
