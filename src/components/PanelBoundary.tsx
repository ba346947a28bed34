// Wraps every panel so that one failing panel never blanks the page: a render error shows an
// ErrorPanel whose Retry draws the panel again; while the panel's code loads (React.lazy), a skeleton.
// Data files are waited for inside the panel, by status (Loaded), whose own ErrorPanel refetches them.
import { Component, Suspense, type ErrorInfo, type ReactNode } from "react";
import { ErrorPanel } from "./ErrorPanel";
import { Skeleton } from "./Skeleton";

interface BoundaryProps {
  name: string;
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
    <ErrorBoundary name={name}>
      <Suspense fallback={<Skeleton label={`the ${name} panel`} />}>{children}</Suspense>
    </ErrorBoundary>
  );
}
