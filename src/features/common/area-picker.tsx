import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { areaColours } from '../../format/palette.ts';
import type { CoreBundle } from '../../data/bundle.ts';
import { NATIONAL } from '../../data/national.ts';
import { searchKey } from '../../data/danish-text.ts';
import { areaNamesFor, areaOptions } from '../../i18n/locale.ts';
import { useLocale } from '../../i18n/use-locale.ts';

interface Option {
  code: string;
  name: string;
  detail: string;
  key: string;
}

interface Props {
  core: CoreBundle;
  /** The visible label; "Områder" unless told. */
  label?: string;
  /** The order colours are assigned in, when the chart has areas the picker does not show. */
  colourOrder?: string[];
  selected: string[];
  onChange: (areas: string[]) => void;
}

/** A searchable multi-select of municipalities, Hele landet and benchmark groups (ARIA combobox). */
export function AreaPicker({ core, selected, onChange, label, colourOrder }: Props) {
  const locale = useLocale();
  const t = locale.t;
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const names = useMemo(() => areaNamesFor(core, locale), [core, locale]);
  const colours = areaColours(colourOrder ?? selected);

  const options = useMemo<Option[]>(() => {
    const regions = new Map(core.municipalities.map((m) => [m.code, m.code === NATIONAL ? '' : m.region]));
    return areaOptions(core, locale).map((o) => ({
      code: o.code,
      name: o.name,
      detail: o.kind === 'group' ? t.groupLabel : (regions.get(o.code) ?? ''),
      // Hele landet is found by its name in either language.
      key: searchKey(`${o.name} ${o.code}${o.kind === 'national' ? ` ${locale.t.national} hele landet` : ''}`),
    }));
  }, [core, locale, t.groupLabel]);

  const matches = useMemo(() => {
    const q = searchKey(query);
    const chosen = new Set(selected);
    const free = options.filter((o) => !chosen.has(o.code));
    if (!q) return free;
    // A name typed in full comes first: "Herlev" finds Herlev before "Herlevs naboer".
    const exact = free.filter((o) => searchKey(o.name) === q);
    // Among names that start with what is typed, the shortest first: "herl" finds Herlev before Herlevs naboer.
    const starts = free
      .filter((o) => !exact.includes(o) && (o.key.startsWith(q) || o.key.split(' ').some((w) => w.startsWith(q))))
      .sort((a, b) => Number(!searchKey(a.name).startsWith(q)) - Number(!searchKey(b.name).startsWith(q)) || a.name.length - b.name.length);
    const contains = free.filter((o) => !exact.includes(o) && !starts.includes(o) && o.key.includes(q));
    return [...exact, ...starts, ...contains];
  }, [options, query, selected]);

  const add = (code: string) => {
    onChange([...selected, code]);
    setQuery('');
    setActive(0);
  };
  const remove = (code: string) => onChange(selected.filter((c) => c !== code));

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      const choice = matches[active];
      if (open && choice) {
        e.preventDefault();
        add(choice.code);
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
    } else if (e.key === 'Backspace' && query === '' && selected.length > 0) {
      remove(selected[selected.length - 1]!);
    }
  };

  const listId = `${id}-list`;
  const shown = matches.slice(0, 60);
  return (
    <div className="area-picker">
      <label htmlFor={`${id}-input`} className="control-label">
        {label ?? t.areas}
      </label>
      <ul className="chips" aria-label={label ?? t.areas}>
        {selected.map((code) => (
          <li key={code} className="chip" style={{ borderColor: colours.get(code) }}>
            <span className="swatch" style={{ background: colours.get(code) }} aria-hidden="true" />
            {names.get(code) ?? code}
            <button type="button" className="chip-remove" aria-label={t.removeArea(names.get(code) ?? code)} onClick={() => remove(code)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="combo">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && shown[active] ? `${id}-opt-${shown[active].code}` : undefined}
          aria-describedby={`${id}-hint`}
          placeholder={t.areaSearch}
          value={query}
          autoComplete="off"
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <span id={`${id}-hint`} className="visually-hidden">
          {t.areaSearchHint}
        </span>
        {open && (
          <ul id={listId} role="listbox" className="listbox" aria-label={label ?? t.areas}>
            {shown.length === 0 && <li className="listbox-empty">{t.noMatches}</li>}
            {shown.map((o, i) => (
              <li
                key={o.code}
                id={`${id}-opt-${o.code}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'option active' : 'option'}
                onMouseDown={(e) => {
                  e.preventDefault();
                  add(o.code);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <span>{o.name}</span>
                {o.detail && <span className="option-detail">{o.detail}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
