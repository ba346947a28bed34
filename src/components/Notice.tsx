// Tells the reader what the link asked for that the page could not honour (and what it shows
// instead). role="status": announced politely, not an error.
interface NoticeProps {
  notices: readonly string[];
}

export function Notice({ notices }: NoticeProps) {
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p className="notice__title">Some settings in this link could not be used:</p>
      <ul>
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}
