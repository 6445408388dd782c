"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * false while rendering on the server (and so in the HTML a reader without JavaScript gets), true once hydrated.
 * Buttons that only work with JavaScript render nothing until then, so no one sees a button that does nothing.
 */
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
