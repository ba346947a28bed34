// App-wide providers. Server state (the dataset) belongs to TanStack Query; URL state is read
// through useFilters() (no provider needed); passing UI state stays in components.
import { QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { createQueryClient } from "../data/queries/query-client";

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
