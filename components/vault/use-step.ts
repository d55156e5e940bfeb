import { useState } from "react";
import { VaultProblem } from "./vault-problem";

type Message = { status: "error" | "success"; message: string } | null;

/** Runs `step`, showing "working" meanwhile, its returned line as a success, and its VaultProblem (or a generic line) as an error. */
export function useStep() {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  async function run(step: () => Promise<string | void>) {
    setBusy(true);
    setMessage(null);
    try {
      const done = await step();
      if (done) setMessage({ status: "success", message: done });
    } catch (error) {
      setMessage({ status: "error", message: error instanceof VaultProblem ? error.message : "Something went wrong. Please try again." });
      if (!(error instanceof VaultProblem)) console.error(error);
    } finally {
      setBusy(false);
    }
  }
  return { busy, message, setMessage, run };
}
