import { notFoundPage } from "@/lib/i18n/not-found-page";
import { EditError } from "@/lib/server/edit/errors";

/**
 * A member-area view for its page: Next.js's 404 page when the data layer says the listing does not exist, `null`
 * when it refused this person (the page then says so with NotAllowed); anything else is a real failure.
 */
export async function viewOrRefused<T>(load: Promise<T>): Promise<T | null> {
  try {
    return await load;
  } catch (e) {
    if (e instanceof EditError && e.status === 404) await notFoundPage();
    if (e instanceof EditError && (e.status === 401 || e.status === 403)) return null;
    throw e;
  }
}
