// The spec's Page wrapper around a list answer: 1-based page numbers; an empty result is one empty page (total_pages
// 0), and a page past the end is empty but still says where the last page is.

export type Page<T> = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
};

export function toPage<T>(contents: T[], totalItems: number, page: { page: number; per_page: number }): Page<T> {
  const totalPages = Math.ceil(totalItems / page.per_page);
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: page.page,
    size: contents.length,
    first_page: page.page === 1,
    last_page: page.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** Rows to skip for a page. */
export const pageOffset = (page: { page: number; per_page: number }): number => (page.page - 1) * page.per_page;
