// Shown instead of a panel whose data could not be loaded or which crashed: the reason in plain
// words and a Retry button. role="alert" so screen readers announce it when it appears.
import { useId } from "react";

interface ErrorPanelProps {
  /** What failed, e.g. "The losses data could not be loaded". */
  title: string;
  /** The reason; a DataLoadError's message already names the file and the problem. */
  error: unknown;
  onRetry: () => void;
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === "string" ? error : "Unknown error.";
}

export function ErrorPanel({ title, error, onRetry }: ErrorPanelProps) {
  const id = useId();
  return (
    <div className="error-panel" role="alert" aria-labelledby={`${id}-title`}>
      <p className="error-panel__title" id={`${id}-title`}>
        {title}
      </p>
      <p className="error-panel__reason">{errorMessage(error)}</p>
      <button type="button" className="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
