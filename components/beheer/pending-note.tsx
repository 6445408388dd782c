"use client";

import { useFormStatus } from "react-dom";

// While a form's action runs (a large import file takes a while to read), a line that says so, with an
// indeterminate progress bar; announced politely to screen readers. Without JavaScript the browser's own loading
// indicator does this work.
export function PendingNote({ text }: { text: string }) {
  const { pending } = useFormStatus();
  return (
    <p role="status" className="hint">
      {pending && (
        <>
          <progress aria-label={text} /> {text}
        </>
      )}
    </p>
  );
}
