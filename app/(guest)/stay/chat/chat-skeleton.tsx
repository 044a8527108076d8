/** Placeholder bubbles while the history loads (the "no messages yet" state would be untrue then). */
export function ChatSkeleton({ failed }: { failed: boolean }) {
  return (
    <div role="status" data-testid="chat-skeleton" className="flex flex-1 flex-col gap-2" aria-busy={!failed}>
      <span className={failed ? "py-2 text-center text-sm text-stone-700" : "sr-only"}>
        {failed ? "You are offline. The conversation will load when you are back online." : "Loading the conversation…"}
      </span>
      {[60, 40, 70].map((w, i) => (
        <div key={w} aria-hidden="true" className={`h-10 animate-pulse rounded-2xl bg-stone-200 ${i % 2 ? "self-end" : "self-start"}`} style={{ width: `${w}%` }} />
      ))}
    </div>
  );
}
