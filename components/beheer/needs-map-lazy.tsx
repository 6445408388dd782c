"use client";

import dynamic from "next/dynamic";

import type { NeedPoint } from "../map/needs-map";

const NeedsMap = dynamic(() => import("../map/needs-map"), { ssr: false, loading: () => <p role="status">…</p> });
export const NeedsMapLazy = ({ points }: { points: NeedPoint[] }) => <NeedsMap points={points} />;
