// Placeholder until the losses explorer lands (issue 4); replaced by its owner.
export function LossesPanel() {
  return <p>The losses explorer is being built.</p>;
}
