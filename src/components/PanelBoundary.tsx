// Wraps every panel so that one failing panel never blanks the page: a render error (or a
// suspended query's error) shows an ErrorPanel whose Retry resets the failed queries and the
// boundary; a suspended panel shows a skeleton.
import { QueryErrorResetBoundary } from "@tanstack/react-query";
import { Component, Suspense, type ErrorInfo, type ReactNode } from "react";
import { ErrorPanel } from "./ErrorPanel";
import { Skeleton } from "./Skeleton";

interface BoundaryProps {
  name: string;
  onReset: () => void;
  children: ReactNode;
}

interface BoundaryState {
  error: unknown;
  failed: boolean;
}

class ErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept in the console for whoever debugs the report; the reader sees the ErrorPanel.
    console.warn(`The ${this.props.name} panel failed`, error, info.componentStack);
  }

  private readonly retry = () => {
    this.props.onReset();
    this.setState({ error: null, failed: false });
  };

  override render() {
    if (this.state.failed) {
      return (
        <ErrorPanel
          title={`The ${this.props.name} panel failed`}
          error={this.state.error}
          onRetry={this.retry}
        />
      );
    }
    return this.props.children;
  }
}

interface PanelBoundaryProps {
  /** The panel's name as the reader knows it, e.g. "losses". */
  name: string;
  children: ReactNode;
}

export function PanelBoundary({ name, children }: PanelBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary name={name} onReset={reset}>
          <Suspense fallback={<Skeleton label={`the ${name} panel`} />}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
