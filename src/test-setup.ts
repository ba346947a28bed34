// Adds DOM matchers (toBeInTheDocument, …) for component tests running under jsdom.
import "@testing-library/jest-dom/vitest";
