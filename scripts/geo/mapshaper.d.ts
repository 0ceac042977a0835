// mapshaper ships no type declarations; only the Node API call used by the geo build is declared here.
declare module 'mapshaper' {
  const mapshaper: {
    /** Runs mapshaper commands on in-memory inputs ({ filename: content }); resolves to { filename: content }. */
    applyCommands(commands: string, input?: Record<string, string>): Promise<Record<string, string | Uint8Array>>;
  };
  export default mapshaper;
}
