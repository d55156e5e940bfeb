import { cpus, totalmem } from "node:os";

/** "Machine: 2 cores (model), 24 GiB, Node v20…", printed with every bench's figures. */
export function machineLine(): string {
  return `Machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}
