import { useActionState } from "react";
import { idleFormState, type FormState } from "@/lib/forms/form-state";
import { LOCKED_WORDS } from "@/lib/notes/limits";
import type { SealPurpose } from "@/lib/vault/crypto";
import { useCoupleKey } from "./opened-couple-keys";
import { useLatestKey } from "./use-latest-key";

type Field = { name: string; sealedName: string; purpose: SealPurpose; max: number; empty: string; tooLong: string };
type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * A form's action for words to the partner (`sealFor`: the couple's id when
 * it encrypts its words). Before `action` runs, the field is sealed into its
 * sealed name after the checks the server can no longer make (empty, too
 * long); a problem is shown beside the field instead of sending.
 */
export function useSealingAction(action: FormAction, field: Field, sealFor: string | undefined) {
  const key = useCoupleKey(sealFor);
  const latestKey = useLatestKey(key);
  const [state, formAction, pending] = useActionState(async (previous: FormState, formData: FormData): Promise<FormState> => {
    const problem = sealFor ? await sealWordsIn(formData, field, latestKey.current) : null;
    if (problem) return { status: "error", message: problem, fieldErrors: { [field.name]: problem } };
    return action(previous, formData);
  }, idleFormState);
  return { state, action: formAction, pending, locked: key === null };
}

async function sealWordsIn(formData: FormData, field: Field, key: CryptoKey | null | undefined): Promise<string | null> {
  const words = String(formData.get(field.name) ?? "").trim();
  if (!words) return field.empty;
  if (words.length > field.max) return field.tooLong;
  if (!key) return LOCKED_WORDS;
  const { sealText } = await import("@/lib/vault/crypto");
  formData.set(field.sealedName, await sealText(key, words, field.purpose));
  formData.delete(field.name);
  return null;
}
