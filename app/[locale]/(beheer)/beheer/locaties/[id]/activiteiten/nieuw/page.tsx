import { ActivityFormPage } from "../activity-form-page";

type Props = { params: Promise<{ id: string }> };

/** /beheer/locaties/<id>/activiteiten/nieuw: a new activity in the facility's programme. */
export default async function NewActivityPage({ params }: Props) {
  const { id } = await params;
  return <ActivityFormPage facilityId={id} />;
}
