// The place search: a type-ahead combobox (WAI-ARIA combobox with a listbox popup). Typing lists the
// matching settlements (name, another spelling, or either in Cyrillic); ↓/↑ move through them, Enter picks, Escape closes
// (or clears). Draws only: the matching is searchPlaces (derive-place-index.ts).
import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { searchPlaces, type PlaceEntry } from "./derive-place-index";

interface Props {
  /** null while the list loads (the first focus asks for it). */
  entries: readonly PlaceEntry[] | null;
  onPick: (entry: PlaceEntry) => void;
  /** Called the first time the field is focused or typed in: the place list is loaded then. */
  onActivate: () => void;
  /** Shown while the list cannot be searched ("Loading the places…", an error). */
  status?: string;
}

export function PlaceSearch({ entries, onPick, onActivate, status }: Props) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => (entries ? searchPlaces(entries, query) : []), [entries, query]);
  const expanded = open && matches.length > 0;
  const optionId = (i: number) => `${id}-opt-${i}`;

  const pick = (entry: PlaceEntry) => {
    setQuery(entry.name);
    setOpen(false);
    onPick(entry);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (a + step + matches.length) % matches.length);
    } else if (e.key === "Enter") {
      const m = matches[active];
      if (expanded && m) {
        e.preventDefault();
        pick(m.entry);
      }
    } else if (e.key === "Escape") {
      if (expanded) setOpen(false);
      else setQuery("");
    }
  };
  const count =
    query.trim() === ""
      ? ""
      : `${matches.length === 0 ? "No" : matches.length} matching place${matches.length === 1 ? "" : "s"}`;

  return (
    <div className="place-search" data-export="skip">
      <label htmlFor={`${id}-input`} className="place-search__label">
        Find a place near the front
      </label>
      <input
        id={`${id}-input`}
        className="place-search__input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        placeholder="e.g. Bakhmut, Artemivsk, Бахмут"
        value={query}
        onFocus={onActivate}
        onChange={(e) => {
          onActivate();
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-hint`} className="place-search__hint">
        {status ??
          "Type a name, in Latin or Cyrillic letters, or another spelling; ↓ ↑ to choose, Enter to show its timeline."}
      </p>
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label="Matching places"
        className="place-search__list"
        hidden={!expanded}
      >
        {matches.map((m, i) => (
          <li
            key={m.entry.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="place-search__option"
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(m.entry);
            }}
            onMouseMove={() => setActive(i)}
          >
            <span className="place-search__name">{m.entry.name}</span>
            <span className="place-search__region">
              {m.matchedAlias ? `${m.matchedAlias} · ` : ""}
              {m.entry.region}
            </span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {open ? count : ""}
      </p>
    </div>
  );
}
