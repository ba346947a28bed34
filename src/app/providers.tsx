// App-wide providers. Server state (the dataset) belongs to TanStack Query; URL state is read
// through useRange() / useUrlState() (filters/use-url-state.ts; no provider needed); passing UI state stays in components.
import { QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import type { QueryClient } from "@tanstack/react-query";
import { createQueryClient } from "../data/queries/query-client";

/** `client`: one the page has already started loading into (main.tsx); a new one by default. */
export function Providers({ children, client: given }: { children: ReactNode; client?: QueryClient }) {
  const [client] = useState(() => given ?? createQueryClient());
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
