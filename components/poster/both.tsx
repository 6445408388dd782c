import type { ReactNode } from "react";

import type { PosterWords } from "./poster-words";

// One text of the poster in its language and, when a second one is asked for, again in that one: in its own
// lang/dir (an Arabic line right to left inside a Dutch poster), after a slash, or on a line of its own when `block`.
export function Both({
  words,
  text,
  block = false,
}: {
  words: readonly PosterWords[];
  text: (w: PosterWords) => ReactNode;
  block?: boolean;
}) {
  const [first, second] = words;
  if (!first) return null;
  return (
    <>
      {text(first)}
      {second &&
        (block ? (
          <span className="poster-second poster-block" lang={second.locale} dir={second.dir}>
            {text(second)}
          </span>
        ) : (
          <>
            <span className="poster-slash" aria-hidden="true">
              {" / "}
            </span>
            <span className="poster-second" lang={second.locale} dir={second.dir}>
              {text(second)}
            </span>
          </>
        ))}
    </>
  );
}

/** Words the organisation wrote: Dutch, marked as such on a poster in another language. */
export function Dutch({ text, locale }: { text: string; locale: string }) {
  return locale === "nl" ? <>{text}</> : <bdi lang="nl">{text}</bdi>;
}
