// mapshaper ships no type declarations; this is the one entry point the pipeline uses.
declare module "mapshaper" {
  const mapshaper: {
    /** Runs a command line in memory; `input` maps file names to contents, output likewise. */
    applyCommands(
      commands: string,
      input?: Record<string, unknown>,
    ): Promise<Record<string, string | Uint8Array>>;
  };
  export default mapshaper;
}
