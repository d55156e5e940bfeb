/** "New" beside something the viewer has not seen before (until the page that showed it has been sent). */
export function NewMark({ isNew }: { isNew: boolean }) {
  return isNew ? <span className="shrink-0 rounded-full bg-clay px-2 py-0.5 text-xs font-bold text-white">New</span> : null;
}
